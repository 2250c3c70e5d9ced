package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Type;

/**
 * The names through which parallel loops reach the runtime, in one place: the compiler emits
 * calls to them but does not link against the runtime.
 * <pre>
 * v9 = call dev/hotloop/runtime/ParallelDriver.trips(JJJI)J v7, v8, 1, 0
 * call $hotloop/chunk.parallel$0(J[D...)V v9, ...     the back end's launcher of chunk$0
 * v12 = call dev/hotloop/runtime/ParallelCombine.add(D[D)D 0.0, v10
 * </pre>
 * A chunk function is a helper of the program under {@code CHUNK_OWNER.chunk$k}, with parameters
 * {@code (long lo, long hi, int chunk, live-ins...)} and one reduction's partial as its result (or
 * none, or several reductions' partial arrays as more parameters, see {@code ChunkBuilder}). A loop of
 * one chunk is a direct call of it in the kernel; otherwise the kernel calls its launcher
 * {@code CHUNK_OWNER.parallel$k(long trips, long grain, live-ins..., partial arrays...)}, which the
 * back end emits next to it: it packs them into an {@code Object[]} and calls
 * {@code ParallelDriver.launch} with a constant handle on the chunk's entry, which unpacks them
 * (and stores a returned partial into {@code partials[chunk]}).
 */
public final class ParallelNames {
    private ParallelNames() {}

    /** Owner of chunk functions and their launchers; stands for the class being emitted. */
    public static final String CHUNK_OWNER = "$hotloop/chunk";
    public static final String CHUNK_PREFIX = "chunk$";
    public static final String LAUNCH_PREFIX = "parallel$";
    public static final String DRIVER = "dev/hotloop/runtime/ParallelDriver";
    public static final String COMBINE = "dev/hotloop/runtime/ParallelCombine";
    /**
     * {@code ParallelDriver.launch(MethodHandle entry, long trips, long grain, Object[] args, Object stream)}: {@code entry}
     * is {@code (long lo, long hi, int chunk, Object[] args)void}; {@code stream} is null unless the chunks draw (they split it).
     */
    public static final String LAUNCH_DESC = "(Ljava/lang/invoke/MethodHandle;JJ[Ljava/lang/Object;Ljava/lang/Object;)V";

    /**
     * Fewest iterations per chunk of a loop whose body is straight-line code: the work of a
     * chunk must outweigh what a parallel run costs (measured on 2 cores: microseconds to wake the
     * pool and for each chunk, against about 0.15 ns a vectorised triad iteration), so a chunk gets
     * about {@link #CHUNK_WORK} units of {@link #cost}, as a power of two from {@link #MIN_LIGHT_GRAIN}
     * to {@link #MAX_LIGHT_GRAIN}. A loop of at most one grain runs inline. A body with an inner
     * loop or a call gets {@link #HEAVY_GRAIN}: its iterations are worth a chunk each
     * (Mandelbrot's rows, n-body's bodies). With chunks of 8192 a parallel triad of 8,193 to
     * 40,000 doubles was 1.2-2.9x slower than serial; with 32768 it was not slower at any size measured (1,000 to 1M)
     * ({@code ParallelBench.triad20k}, {@code triad60k}).
     * <pre>lightGrain(10)  ==> 32768   (a[i] = b[i] + s * c[i])
     *lightGrain(150) ==> 2048    (a body with a Math.exp)</pre>
     */
    public static long lightGrain(int cost) {
        long g = Long.highestOneBit(CHUNK_WORK / Math.max(1, cost));
        return Math.max(MIN_LIGHT_GRAIN, Math.min(MAX_LIGHT_GRAIN, g));
    }

    /** Estimated cost of one instruction of a loop body, in units of a simple operation (vectorised, a few hundredths of a ns). */
    public static int cost(Instr i) {
        return switch (i.op()) {
            case PHI, JUMP, GETSTATIC -> 0;
            case DIV, REM -> 32;
            case RANDOM -> 32;
            case CALL -> 128;                                  // Math.exp, Math.sin, ...: a few ns
            default -> 1;
        };
    }

    /** Units of {@link #cost} a chunk of a straight-line loop should hold. */
    public static final long CHUNK_WORK = 1L << 19;
    /** Bounds of {@link #lightGrain}; the smallest equals the runtime's {@code ParallelDriver.MIN_CHUNK}. */
    public static final long MIN_LIGHT_GRAIN = 1024;
    public static final long MAX_LIGHT_GRAIN = 65536;
    public static final long HEAVY_GRAIN = 1;
    /** Most chunks per loop: enough to balance 64 threads with uneven chunks. Kept equal to the driver's. */
    public static final int MAX_CHUNKS = 256;

    public static final MethodRef TRIPS = new MethodRef(DRIVER, "trips", "(JJJI)J");
    public static final MethodRef CHUNKS = new MethodRef(DRIVER, "chunks", "(JJ)I");

    /** {@code ParallelCombine.<operator>(T init, T[] partials)}. */
    public static MethodRef combine(String operator, Type t) {
        String d = t.descriptor();
        return new MethodRef(COMBINE, operator.equals("sub") ? "add" : operator, "(" + d + "[" + d + ")" + d);
    }

    /**
     * {@code ParallelCombine.<operator>(T init, T partial)}: the combination of a loop of one chunk,
     * the same bits as {@link #combine} of a one-element array.
     */
    public static MethodRef combineOne(String operator, Type t) {
        String d = t.descriptor();
        return new MethodRef(COMBINE, operator.equals("sub") ? "add" : operator, "(" + d + d + ")" + d);
    }

    /**
     * The launcher of the chunk helper {@code chunk}: same owner, {@code parallel$k},
     * {@code (J trips, J grain, live-ins, partials)V}; a chunk that returns its partial gets its array
     * as the launcher's last parameter.
     * <pre>chunk$0(JJI[D)D ==> parallel$0(JJ[D[D)V       chunk$1(JJI[D[J[J)V ==> parallel$1(JJ[D[J[J)V</pre>
     */
    public static MethodRef launcherOf(MethodRef chunk) {
        int close = chunk.desc().indexOf(')');
        String params = chunk.desc().substring(1, close);
        String result = chunk.desc().substring(close + 1);
        // drop (J lo, J hi, I chunk); the launcher takes the trip count and the grain
        return new MethodRef(CHUNK_OWNER, LAUNCH_PREFIX + chunk.name().substring(CHUNK_PREFIX.length()),
                "(JJ" + params.substring(3) + (result.equals("V") ? "" : "[" + result) + ")V");
    }

    public static boolean isChunk(MethodRef ref) {
        return ref.owner().equals(CHUNK_OWNER) && ref.name().startsWith(CHUNK_PREFIX);
    }
}
