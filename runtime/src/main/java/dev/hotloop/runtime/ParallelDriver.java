package dev.hotloop.runtime;

import java.lang.invoke.MethodHandle;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Runs the chunks of a {@code @Parallel} loop. Compiled kernels call it (the compiler knows these
 * methods only by name, see {@code dev.hotloop.compiler.transform.ParallelNames}):
 * <pre>
 * long trips = ParallelDriver.trips(0, n, 1, 0);      // iterations of for (i = 0; i < n; i++)
 * if (trips > 0 && trips <= grain) {               // one chunk: single(trips, grain), tested inline
 *     s = ParallelCombine.add(s0, chunk(0, trips, 0, a));  // no array, no driver
 * } else {
 *     double[] p = new double[ParallelDriver.chunks(trips, grain)];
 *     ParallelDriver.launch(chunkEntry, trips, grain, args, null); // chunkEntry: (long lo, long hi, int chunk, Object[] args)void
 *     s = ParallelCombine.add(s0, p);
 * }
 * </pre>
 * Chunk boundaries depend only on the trip count and the loop's grain (a constant the compiler
 * picks per loop: 1 when the body has an inner loop or a call, {@link #MIN_CHUNK} to 65536 for
 * straight-line bodies, by their estimated cost; a heavy loop of 128 iterations or more gets at least 8 a chunk, so that an
 * outer-loop vectorised body runs whole vectors): at most {@link #MAX_CHUNKS} chunks of at least
 * {@code grain} iterations, balanced to within one iteration. A loop of one chunk runs inline, without
 * tasks (a compiled kernel tests {@link #single} itself and then calls the chunk directly, unless it draws
 * random numbers; {@link #launch} runs one chunk on the caller too); so does every chunk
 * of a kernel called from inside the pool (a parallel kernel inside a parallel kernel), which
 * cannot deadlock. Otherwise the caller and {@code threads - 1} pool workers claim chunks in index
 * order ({@link ChunkJob}); the caller never waits for a task that has not started, so 32
 * callers at once share the pool without deadlock. An exception from a chunk reaches the caller as itself; when several chunks
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

    /**
     * True when the loop is exactly one chunk (none at all for an empty loop): exactly when
     * {@code 0 < trips <= grain}, the test compiled kernels do inline before calling the chunk directly.
     */
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
        launch(chunk, trips, grain, null, null);
    }

    /**
     * The launching call's random stream, inside a chunk of a loop that draws: the chunk splits
     * it by its index ({@code KernelRandom.split}), so its numbers do not depend on the thread.
     */
    public static Object stream() {
        return STREAM.get();
    }

    /**
     * One chunk, with {@code stream} as {@link #stream()} while it runs: {@code chunk.invokeExact(lo, hi, k, args)},
     * or {@code chunk.invokeExact(lo, hi, k)} when {@code args} is null.
     */
    static void chunk(MethodHandle chunk, Object[] args, Object stream, long lo, long hi, int k) throws Throwable {
        if (stream == null) {
            invoke(chunk, args, lo, hi, k);
            return;
        }
        Object outer = STREAM.get();
        STREAM.set(stream);
        try {
            invoke(chunk, args, lo, hi, k);
        } finally {
            STREAM.set(outer);
        }
    }

    private static void invoke(MethodHandle chunk, Object[] args, long lo, long hi, int k) throws Throwable {
        if (args == null) chunk.invokeExact(lo, hi, k);
        else chunk.invokeExact(lo, hi, k, args);
    }

    /**
     * Runs every chunk of a compiled loop: {@code chunk} is a constant handle on the kernel class's
     * {@code (long lo, long hi, int chunk, Object[] args)void} entry of the chunk method, which
     * unpacks {@code args} (the loop's live-ins and partial arrays). One handle per loop, not one
     * bound per call: the JDK customises a handle's code after 127 invocations, which cost
     * 0.3-0.4 ms in every call of a loop of more chunks when each call bound a fresh handle.
     * {@code stream} is the call's random stream when the chunks draw, else null.
     */
    public static void launch(MethodHandle chunk, long trips, long grain, Object[] args, Object stream) throws Throwable {
        int n = chunks(trips, grain);
        if (n == 0) return;
        ForkJoinPool pool = n > 1 ? Pool.get() : null;
        if (pool != null && ForkJoinTask.getPool() == pool) pool = null; // a kernel inside a chunk on a worker runs inline
        int helpers = pool == null ? 0 : Math.min(n - 1, pool.getParallelism() - 1);
        ChunkJob job = new ChunkJob(chunk, args, stream, trips, n);
        // the caller is one of the threads: Hotloop.threads(t) runs a loop on the caller and t - 1 workers
        for (int h = 0; h < helpers; h++) pool.execute(job);
        job.work();
        job.await();
        Throwable first = job.failure();
        if (first != null) throw first;
    }
}
