package dev.hotloop.compiler.transform;

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
 * {@code (long lo, long hi, int chunk, live-ins..., partial arrays...)}; the kernel calls its
 * launcher {@code CHUNK_OWNER.parallel$k(long trips, live-ins..., partial arrays...)}, which the
 * back end emits next to it: it binds the live-ins to a handle on the chunk and calls
 * {@code ParallelDriver.run(MethodHandle, long)}.
 */
public final class ParallelNames {
    private ParallelNames() {}

    /** Owner of chunk functions and their launchers; stands for the class being emitted. */
    public static final String CHUNK_OWNER = "$hotloop/chunk";
    public static final String CHUNK_PREFIX = "chunk$";
    public static final String LAUNCH_PREFIX = "parallel$";
    public static final String DRIVER = "dev/hotloop/runtime/ParallelDriver";
    public static final String COMBINE = "dev/hotloop/runtime/ParallelCombine";
    /** {@code ParallelDriver.run(MethodHandle chunk, long trips)}. */
    public static final String RUN_DESC = "(Ljava/lang/invoke/MethodHandle;J)V";
    /** {@code ParallelDriver.run(MethodHandle chunk, long trips, Object stream)}: chunks that draw split {@code stream}. */
    public static final String RUN_RANDOM_DESC = "(Ljava/lang/invoke/MethodHandle;JLjava/lang/Object;)V";

    public static final MethodRef TRIPS = new MethodRef(DRIVER, "trips", "(JJJI)J");
    public static final MethodRef CHUNKS = new MethodRef(DRIVER, "chunks", "(J)I");

    /** {@code ParallelCombine.<operator>(T init, T[] partials)}. */
    public static MethodRef combine(String operator, Type t) {
        String d = t.descriptor();
        return new MethodRef(COMBINE, operator.equals("sub") ? "add" : operator, "(" + d + "[" + d + ")" + d);
    }

    /** The launcher of the chunk helper {@code chunk}: same owner, {@code parallel$k}, {@code (J live-ins partials)V}. */
    public static MethodRef launcherOf(MethodRef chunk) {
        String params = chunk.desc().substring(1, chunk.desc().indexOf(')'));
        // drop (J lo, J hi, I chunk), keep a J for the trip count
        return new MethodRef(CHUNK_OWNER, LAUNCH_PREFIX + chunk.name().substring(CHUNK_PREFIX.length()),
                "(J" + params.substring(3) + ")V");
    }

    public static boolean isChunk(MethodRef ref) {
        return ref.owner().equals(CHUNK_OWNER) && ref.name().startsWith(CHUNK_PREFIX);
    }
}
