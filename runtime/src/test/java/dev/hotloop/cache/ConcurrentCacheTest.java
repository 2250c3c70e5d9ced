package dev.hotloop.cache;

import dev.hotloop.KernelStats;
import dev.hotloop.runtime.CacheTestAccess;
import dev.hotloop.runtime.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static dev.hotloop.cache.CacheFixture.XS;
import static dev.hotloop.cache.CacheFixture.call;
import static dev.hotloop.cache.CacheFixture.entries;
import static dev.hotloop.cache.CacheFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many threads making a cached kernel's first call at once: one compile (or one load), one entry. */
class ConcurrentCacheTest {
    private static final int THREADS = 8;

    @TempDir
    Path dir;

    @Test
    void concurrentFirstCallsCompileOnceThenLoadOnce() throws Exception {
        Engine cold = CacheTestAccess.engine(dir);
        assertAllSame(callAtOnce(cold));
        KernelStats made = only(cold, "sum");
        assertFalse(made.cached());
        assertEquals(THREADS, made.calls());
        assertEquals(1, entries(dir).size());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temp file left behind");
        }

        Engine warm = CacheTestAccess.engine(dir);
        assertAllSame(callAtOnce(warm));
        KernelStats loaded = only(warm, "sum");
        assertTrue(loaded.cached());
        assertEquals(THREADS, loaded.calls());
    }

    @Test
    void twoEnginesWritingTheSameEntryLeaveOneGoodEntry() throws Exception {
        // two "JVMs" compiling the same variant at the same time both write: the renames are atomic
        Engine a = CacheTestAccess.engine(dir);
        Engine b = CacheTestAccess.engine(dir);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Object> fa = pool.submit(() -> { start.await(); return call(a, "sum", XS); });
            Future<Object> fb = pool.submit(() -> { start.await(); return call(b, "sum", XS); });
            assertEquals(fa.get(), fb.get());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, entries(dir).size());
        Engine c = CacheTestAccess.engine(dir);
        assertEquals(CacheKernels.sum(XS), call(c, "sum", XS));
        assertTrue(only(c, "sum").cached());
    }

    private static List<Object> callAtOnce(Engine e) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call(e, "sum", XS);
                }));
            }
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : results) out.add(f.get());
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static void assertAllSame(List<Object> results) {
        for (Object r : results) assertEquals(CacheKernels.sum(XS), r);
    }
}
