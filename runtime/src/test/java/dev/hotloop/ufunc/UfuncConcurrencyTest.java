package dev.hotloop.ufunc;

import dev.hotloop.Hotloop;
import dev.hotloop.Ufunc;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Many threads make a ufunc's first call at once: one compile per loop, every result right. */
class UfuncConcurrencyTest {
    @Test
    void concurrentFirstCallsCompileOnce() throws Exception {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "racy");
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                double[] x = new double[100 + t], y = new double[100 + t];
                for (int i = 0; i < x.length; i++) {
                    x[i] = i + t;
                    y[i] = 2 * i;
                }
                results.add(pool.submit(() -> {
                    go.await();
                    return (double[]) u.apply(x, y);
                }));
            }
            go.countDown();
            for (int t = 0; t < threads; t++) {
                double[] got = results.get(t).get();
                double[] want = new double[100 + t];
                for (int i = 0; i < want.length; i++) want[i] = UfuncKernels.racy(i + t, 2 * i);
                assertArrayEquals(want, got);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, u.stats().size(), "one map loop for double[] arguments: " + u.stats());
    }
}
