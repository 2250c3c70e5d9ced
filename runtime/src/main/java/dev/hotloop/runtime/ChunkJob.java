package dev.hotloop.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * The chunks of one parallel loop call, claimed one at a time in index order by the calling thread
 * and by helper tasks on the pool: whoever is free takes the next chunk, so uneven chunks balance
 * themselves, and the caller starts at once instead of waiting for a parked worker to wake
 * (measured: 100-200 us on this machine, at each end of a call).
 * <pre>
 * ChunkJob job = new ChunkJob(chunk, args, stream, trips, n);
 * pool.execute(job);        // helpers: as many as the pool has threads to spare
 * job.work();               // the caller claims chunks too
 * job.await();              // then waits for chunks other threads still run
 * </pre>
 * Which thread runs a chunk does not matter: its bounds and its random stream depend only on its
 * index. A failing chunk's exception is kept by index ({@link #failure}) and the others still run.
 */
final class ChunkJob implements Runnable {
    private static final VarHandle NEXT;
    private static final VarHandle DONE;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            NEXT = l.findVarHandle(ChunkJob.class, "next", int.class);
            DONE = l.findVarHandle(ChunkJob.class, "done", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * How long the caller spins for chunks still running elsewhere before it parks: a chunk is
     * short, and a parked caller takes 100-200 us to wake.
     */
    private static final long SPIN_NANOS = 200_000;

    private final MethodHandle chunk;
    /** Bound arguments of {@code chunk}, a {@code (long, long, int, Object[])void} handle; null for a {@code (long, long, int)void} one. */
    private final Object[] args;
    private final Object stream;
    private final long trips;
    private final int n;
    private final Throwable[] failures;
    @SuppressWarnings("unused") private volatile int next;
    @SuppressWarnings("unused") private volatile int done;
    private volatile Thread waiter;

    ChunkJob(MethodHandle chunk, Object[] args, Object stream, long trips, int n) {
        this.chunk = chunk;
        this.args = args;
        this.stream = stream;
        this.trips = trips;
        this.n = n;
        this.failures = new Throwable[n];
    }

    /** A helper task on the pool: claims chunks like the caller does. */
    @Override
    public void run() {
        work();
    }

    /** Claims and runs chunks until none is left. */
    void work() {
        for (int k; (k = (int) NEXT.getAndAdd(this, 1)) < n; ) {
            try {
                ParallelDriver.chunk(chunk, args, stream, ParallelDriver.start(trips, n, k), ParallelDriver.start(trips, n, k + 1), k);
            } catch (Throwable t) {
                failures[k] = t; // kept, not thrown: the caller picks the lowest chunk's
            }
            if ((int) DONE.getAndAdd(this, 1) + 1 == n) {
                Thread w = waiter;
                if (w != null) LockSupport.unpark(w);
            }
        }
    }

    /** Returns once every chunk has run: spins briefly (the last chunks are short), then parks. */
    void await() {
        if (done == n) return;
        long until = System.nanoTime() + SPIN_NANOS;
        while (done < n) {
            if (System.nanoTime() < until) {
                Thread.onSpinWait();
                continue;
            }
            waiter = Thread.currentThread(); // written before done is read again: the last chunk sees it or we see done == n
            while (done < n) LockSupport.park(this);
        }
    }

    /** The lowest failing chunk's exception with the later ones suppressed, or null. Only after {@link #await}. */
    Throwable failure() {
        Throwable first = null;
        for (Throwable t : failures) {
            if (t == null) continue;
            if (first == null) first = t;
            else if (t != first) first.addSuppressed(t);
        }
        return first;
    }
}
