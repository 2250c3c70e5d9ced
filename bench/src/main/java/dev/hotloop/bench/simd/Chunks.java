package dev.hotloop.bench.simd;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;

/**
 * The ForkJoin split the hand-written kernels share: a range {@code [0, n)} cut into at most
 * {@link #MAX_CHUNKS} balanced chunks of at least {@code grain} iterations, run by a
 * {@link RecursiveAction} that halves the chunk list on a dedicated pool of one worker per core
 * (the common pool has one worker fewer than there are cores, Hotloop's pool has one per core).
 * <pre>
 * long[] part = new long[Chunks.count(n, grain)];
 * Chunks.run(n, grain, (k, lo, hi) -> part[k] = work(lo, hi));   // then combine part[0..] in order
 * </pre>
 * Boundaries depend only on {@code n} and {@code grain}, so a reduction combined in chunk order
 * gives the same result on any number of threads. A range of one chunk runs on the caller.
 */
final class Chunks {
    /** Most chunks per range: enough to balance uneven chunks (Mandelbrot rows) on a few cores. */
    static final int MAX_CHUNKS = 64;

    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), p -> {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
        t.setName("hand-worker-" + t.getPoolIndex());
        t.setDaemon(true);
        return t;
    }, null, false);

    /** The work of one chunk: iterations {@code [lo, hi)}, chunk number {@code k}. */
    @FunctionalInterface
    interface Body {
        void run(int k, long lo, long hi);
    }

    private Chunks() {}

    /** How many chunks {@code [0, n)} is cut into: 0 when {@code n <= 0}. */
    static int count(long n, long grain) {
        if (n <= 0) return 0;
        return (int) Math.min(MAX_CHUNKS, (n + grain - 1) / grain);
    }

    /** First iteration of chunk {@code k} of {@code chunks}: the first {@code n % chunks} chunks get one more. */
    static long start(long n, int chunks, int k) {
        return n / chunks * k + Math.min(k, n % chunks);
    }

    /** Runs {@code body} on every chunk of {@code [0, n)}, in parallel when there is more than one. */
    static void run(long n, long grain, Body body) {
        int chunks = count(n, grain);
        if (chunks == 0) return;
        if (chunks == 1 || ForkJoinTask.getPool() == POOL) {
            for (int k = 0; k < chunks; k++) body.run(k, start(n, chunks, k), start(n, chunks, k + 1));
            return;
        }
        POOL.invoke(new Split(body, n, chunks, 0, chunks));
    }

    /** Chunks {@code [from, to)}: halved until one is left. */
    private static final class Split extends RecursiveAction {
        private final Body body;
        private final long n;
        private final int chunks;
        private final int from;
        private final int to;

        Split(Body body, long n, int chunks, int from, int to) {
            this.body = body;
            this.n = n;
            this.chunks = chunks;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                body.run(from, start(n, chunks, from), start(n, chunks, from + 1));
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Split(body, n, chunks, from, mid), new Split(body, n, chunks, mid, to));
        }
    }
}
