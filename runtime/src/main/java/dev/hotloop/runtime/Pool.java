package dev.hotloop.runtime;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dedicated ForkJoin pool of parallel loops, separate from the common pool and sized by
 * {@code Hotloop.threads(n)} / {@code hotloop.threads}. A change of size takes effect at the next
 * parallel loop: a new pool replaces the old one, whose workers end once idle.
 * <pre>Hotloop.threads(7); ... Pool.get().getParallelism() == 7</pre>
 * Workers are daemon threads named {@code hotloop-worker-N}.
 */
final class Pool {
    private static final AtomicInteger WORKERS = new AtomicInteger();
    private static ForkJoinPool pool;

    private Pool() {}

    static synchronized ForkJoinPool get() {
        int size = Engine.global().threads();
        if (pool == null || pool.getParallelism() != size) {
            // the old pool is not shut down: a caller may have just taken it; its idle workers time out
            pool = new ForkJoinPool(size, p -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
                t.setName("hotloop-worker-" + WORKERS.incrementAndGet());
                t.setDaemon(true);
                return t;
            }, null, false);
        }
        return pool;
    }
}
