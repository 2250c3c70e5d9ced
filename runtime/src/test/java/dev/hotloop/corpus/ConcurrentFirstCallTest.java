package dev.hotloop.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.Hotloop;
import dev.hotloop.JitFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * 32 threads make the first call of a fresh kernel at the same moment: every result must be
 * right and the kernel compiled once, to one variant that counts all 32 calls.
 */
class ConcurrentFirstCallTest {
    private static final int THREADS = 32;

    @Test
    void firstCallsThroughOneFunctionCompileOnce() throws Exception {
        JitFunction f = Hotloop.jit(ConcurrencyKernels.class, "sharedFunction");
        List<Object> results = race(t -> f.invoke(input(t), t));
        for (int t = 0; t < THREADS; t++) {
            assertNull(Same.diff(ConcurrencyKernels.sharedFunction(input(t), t), results.get(t), "thread " + t));
        }
        assertOneVariantWithAllCalls(f);
    }

    @Test
    void firstCallsThroughPerThreadLookupsCompileOnce() throws Exception {
        List<Object> results = race(t -> Hotloop.jit(ConcurrencyKernels.class, "lookedUpPerThread").invoke(longInput(t), (long) t));
        for (int t = 0; t < THREADS; t++) {
            assertNull(Same.diff(ConcurrencyKernels.lookedUpPerThread(longInput(t), t), results.get(t), "thread " + t));
        }
        assertOneVariantWithAllCalls(Hotloop.jit(ConcurrencyKernels.class, "lookedUpPerThread"));
    }

    private static void assertOneVariantWithAllCalls(JitFunction f) {
        assertEquals(1, f.signatures().size(), "one variant: " + f.signatures());
        assertEquals(1, f.stats().size(), "one stats entry: " + f.stats());
        Object calls = f.stats().get(0).calls();
        assertEquals(THREADS, ((Number) calls).longValue(), "calls counted: " + f.stats().get(0));
    }

    /** Runs {@code call(t)} on 32 threads released together; returns each thread's result, rethrowing any failure. */
    private static List<Object> race(IntFunction<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS), start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int id = t;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.apply(id);
                }));
            }
            assertTrue(ready.await(60, TimeUnit.SECONDS), "threads did not start");
            start.countDown();
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : futures) out.add(f.get(120, TimeUnit.SECONDS));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] input(int t) { return Values.doubles(new Random(t), 20 + t); }

    private static long[] longInput(int t) { return Values.longs(new Random(t), 5 + 3 * t); }
}
