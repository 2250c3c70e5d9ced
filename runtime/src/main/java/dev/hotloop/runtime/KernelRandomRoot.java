package dev.hotloop.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Where kernel calls get their random streams: the root seed and a counter of calls since it
 * was set. Call {@code c} after {@code seed(s)} draws from the stream keyed
 * {@code derive(s, c)}, whichever thread makes it.
 * <pre>
 * seed(42); nextCallKey()  // derive(42, 0)
 *           nextCallKey()  // derive(42, 1)
 * seed(42); nextCallKey()  // derive(42, 0) again
 * </pre>
 * Seed and counter live in one immutable epoch, swapped as a whole, so no call can pair a new
 * seed with an old count. Without a seed the root is random per JVM, so runs differ.
 */
final class KernelRandomRoot {
    private record Epoch(long root, AtomicLong calls) {}

    private static volatile Epoch epoch = new Epoch(randomRoot(), new AtomicLong());

    private KernelRandomRoot() {}

    static void seed(long seed) {
        epoch = new Epoch(seed, new AtomicLong());
    }

    static long root() {
        return epoch.root();
    }

    /** The key of the next kernel call's stream. */
    static long nextCallKey() {
        Epoch e = epoch;
        return KernelRandom.derive(e.root(), e.calls().getAndIncrement());
    }

    /** Clocks, process id and an object address, mixed: differs between runs, costs no entropy pool. */
    private static long randomRoot() {
        long z = KernelRandom.mix64(System.nanoTime());
        z = KernelRandom.mix64(z ^ System.currentTimeMillis());
        z = KernelRandom.mix64(z ^ ProcessHandle.current().pid());
        return KernelRandom.mix64(z ^ System.identityHashCode(new Object()));
    }
}
