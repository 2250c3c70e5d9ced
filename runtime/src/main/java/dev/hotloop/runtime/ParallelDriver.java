package dev.hotloop.runtime;

import java.lang.invoke.MethodHandle;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * Runs the chunks of a {@code @Parallel} loop. Compiled kernels call it (the compiler knows these
 * methods only by name, see {@code dev.hotloop.compiler.transform.ParallelNames}):
 * <pre>
 * long trips = ParallelDriver.trips(0, n, 1, 0);      // iterations of for (i = 0; i < n; i++)
 * double[] p = new double[ParallelDriver.chunks(trips, grain)];
 * ParallelDriver.run(chunkHandle, trips, grain);       // chunkHandle: (long lo, long hi, int chunk)void
 * </pre>
 * Chunk boundaries depend only on the trip count and the loop's grain (a constant the compiler
 * picks per loop: 1 when the body has an inner loop or a call, {@link #MIN_CHUNK} to 16384 for
 * straight-line bodies, by their estimated cost; a heavy loop of 128 iterations or more gets at least 8 a chunk, so that an
 * outer-loop vectorised body runs whole vectors): at most {@link #MAX_CHUNKS} chunks of at least
 * {@code grain} iterations, balanced to within one iteration. A loop of one chunk runs inline, without
 * tasks (the compiled launcher then calls the chunk directly); so does every chunk
 * of a kernel called from inside the pool (a parallel kernel inside a parallel kernel), which
 * cannot deadlock. An exception from a chunk reaches the caller as itself; when several chunks
 * fail, the lowest chunk's exception wins and the others are added to it as suppressed.
 */
public final class ParallelDriver {
    /** Smallest grain of straight-line loop bodies: below that, task overhead outweighs the work. Kept equal to the compiler's {@code ParallelNames.MIN_LIGHT_GRAIN}. */
    public static final long MIN_CHUNK = 1024;
    /** Most chunks per loop: enough to balance 64 threads with uneven chunks. */
    public static final int MAX_CHUNKS = 256;

    private ParallelDriver() {}

    /**
     * Iterations of a counted loop from {@code init} by {@code step} while {@code iv < bound}
     * ({@code step > 0}) or {@code iv > bound} ({@code step < 0}); {@code inclusive != 0} for
     * {@code <=} and {@code >=}. Never negative.
     */
    public static long trips(long init, long bound, long step, int inclusive) {
        long distance = step > 0 ? bound - init : init - bound; // exact for bounds of the iv's own type
        long by = Math.abs(step);
        if (inclusive != 0) {
            if (distance < 0) return 0;
            return distance / by + 1;
        }
        if (distance <= 0) return 0;
        return (distance - 1) / by + 1;
    }

    /**
     * Iterations a chunk of a heavy loop (grain 1) gets at least once the loop has
     * {@link #VECTOR_CHUNKS} chunks of them: whole vectors for an outer-loop vectorised body
     * (8 lanes of doubles at 512 bits), where chunks of one or a few iterations would run scalar.
     */
    static final long VECTOR_GRAIN = 8;
    static final long VECTOR_CHUNKS = 16;

    /** How many chunks a loop of {@code trips} iterations is split into: 0 for none. */
    public static int chunks(long trips, long grain) {
        if (trips <= 0) return 0;
        if (grain == 1 && trips >= VECTOR_GRAIN * VECTOR_CHUNKS) return (int) Math.min(MAX_CHUNKS, trips / VECTOR_GRAIN);
        long n = trips / grain + (trips % grain == 0 ? 0 : 1);
        return (int) Math.min(MAX_CHUNKS, n);
    }

    /** True when the loop is exactly one chunk: the launcher then calls it directly (no chunk at all for an empty loop). */
    public static boolean single(long trips, long grain) {
        return chunks(trips, grain) == 1;
    }

    /** First iteration of chunk {@code k} of {@code n}: the first {@code trips % n} chunks get one more. */
    static long start(long trips, int n, int k) {
        return trips / n * k + Math.min(k, trips % n);
    }

    /** The random stream of the call whose chunk runs on this thread (see {@link #stream()}). */
    private static final ThreadLocal<Object> STREAM = new ThreadLocal<>();

    /** Runs {@code chunk.invokeExact(lo, hi, k)} for every chunk {@code k} of the loop. */
    public static void run(MethodHandle chunk, long trips, long grain) throws Throwable {
        run(chunk, trips, grain, null);
    }

    /**
     * The launching call's random stream, inside a chunk of a loop that draws: the chunk splits
     * it by its index ({@code KernelRandom.split}), so its numbers do not depend on the thread.
     */
    public static Object stream() {
        return STREAM.get();
    }

    /** One chunk, with {@code stream} as {@link #stream()} while it runs. */
    private static void chunk(MethodHandle chunk, Object stream, long lo, long hi, int k) throws Throwable {
        if (stream == null) {
            chunk.invokeExact(lo, hi, k);
            return;
        }
        Object outer = STREAM.get();
        STREAM.set(stream);
        try {
            chunk.invokeExact(lo, hi, k);
        } finally {
            STREAM.set(outer);
        }
    }

    /** {@link #run(MethodHandle, long, long)} for chunks that draw random numbers from {@code stream}. */
    public static void run(MethodHandle chunk, long trips, long grain, Object stream) throws Throwable {
        int n = chunks(trips, grain);
        if (n == 0) return;
        if (n == 1 || ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == Pool.get()) {
            for (int k = 0; k < n; k++) chunk(chunk, stream, start(trips, n, k), start(trips, n, k + 1), k);
            return;
        }
        Throwable[] failures = new Throwable[n];
        ForkJoinPool pool = Pool.get();
        pool.invoke(new Chunks(chunk, stream, trips, n, 0, n, failures));
        Throwable first = null;
        for (Throwable t : failures) {
            if (t == null) continue;
            if (first == null) first = t;
            else if (t != first) first.addSuppressed(t);
        }
        if (first != null) throw first;
    }

    /** Chunks {@code [from, to)}, split in halves down to single chunks. */
    private static final class Chunks extends RecursiveAction {
        private final MethodHandle chunk;
        private final Object stream;
        private final long trips;
        private final int n;
        private final int from;
        private final int to;
        private final Throwable[] failures;

        Chunks(MethodHandle chunk, Object stream, long trips, int n, int from, int to, Throwable[] failures) {
            this.chunk = chunk;
            this.stream = stream;
            this.trips = trips;
            this.n = n;
            this.from = from;
            this.to = to;
            this.failures = failures;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                try {
                    chunk(chunk, stream, start(trips, n, from), start(trips, n, from + 1), from);
                } catch (Throwable t) {
                    failures[from] = t; // kept, not thrown: the caller picks the lowest chunk's
                }
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Chunks(chunk, stream, trips, n, from, mid, failures), new Chunks(chunk, stream, trips, n, mid, to, failures));
        }
    }
}
