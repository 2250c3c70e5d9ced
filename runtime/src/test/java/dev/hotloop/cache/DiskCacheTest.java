package dev.hotloop.cache;

import dev.hotloop.KernelStats;
import dev.hotloop.runtime.CacheEntry;
import dev.hotloop.runtime.CacheTestAccess;
import dev.hotloop.runtime.Engine;
import dev.hotloop.runtime.VectorSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.hotloop.cache.CacheFixture.XS;
import static dev.hotloop.cache.CacheFixture.call;
import static dev.hotloop.cache.CacheFixture.dispatcher;
import static dev.hotloop.cache.CacheFixture.entries;
import static dev.hotloop.cache.CacheFixture.only;
import static dev.hotloop.cache.CacheFixture.stderrOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code @Jit(cache = true)}: a compile writes an entry; a fresh engine over the same directory (a
 * new JVM's state: nothing in memory) loads it instead of compiling, and gets the same results.
 */
class DiskCacheTest {
    @TempDir
    Path dir;

    @Test
    void compileWritesAnEntryThatAFreshEngineLoads() {
        Engine first = CacheTestAccess.engine(dir);
        Object compiled = call(first, "sum", XS);
        KernelStats made = only(first, "sum");
        assertFalse(made.cached());
        assertTrue(made.phaseNanos().containsKey("codegen"), made.toString());
        assertEquals(1, entries(dir).size(), entries(dir).toString());

        Engine second = CacheTestAccess.engine(dir);
        Object loaded = call(second, "sum", XS);
        KernelStats hit = only(second, "sum");
        assertTrue(hit.cached(), hit.toString());
        assertTrue(hit.compiled());
        assertEquals(List.of("cache"), List.copyOf(hit.phaseNanos().keySet()));
        assertTrue(hit.compileNanos() > 0);
        assertEquals(compiled, loaded);
        assertEquals(CacheKernels.sum(XS), (double) loaded);
        assertEquals(1, hit.calls());
    }

    @Test
    void explainAndReportSayTheVariantWasLoaded() {
        call(CacheTestAccess.engine(dir), "sum", XS);
        Engine e = CacheTestAccess.engine(dir);
        call(e, "sum", XS);
        Path entry = entries(dir).get(0);
        String explain = dispatcher(e, "sum").explain();
        assertTrue(explain.contains("double(double[]):\n  loaded from the disk cache " + entry + "\n"), explain);
        assertTrue(explain.contains("CacheKernels.java:"), explain); // the loop reports came along
        String report = e.report();
        assertTrue(report.contains("(cached)"), report);
    }

    @Test
    void kernelsWithoutCacheTrueWriteNothing() {
        Engine e = CacheTestAccess.engine(dir);
        call(e, "notCached", XS);
        assertFalse(only(e, "notCached").cached());
        assertEquals(List.of(), entries(dir));
    }

    @Test
    void disableWinsOverTheCache() {
        call(CacheTestAccess.engine(dir), "sum", XS);
        Engine off = CacheTestAccess.disabledEngine(dir);
        assertEquals(CacheKernels.sum(XS), call(off, "sum", XS));
        KernelStats s = only(off, "sum");
        assertFalse(s.cached());
        assertFalse(s.compiled(), s.toString()); // the original method runs
    }

    @Test
    void otherArgumentTypesMiss() {
        call(CacheTestAccess.engine(dir), "sum", XS);
        Engine e = CacheTestAccess.engine(dir);
        float[] fs = {1.5f, 2f, -3f};
        assertEquals(0.5, (double) call(e, "sum", fs));
        assertFalse(only(e, "sum").cached());
        assertEquals(2, entries(dir).size());
        // and both are found by the next engine
        Engine third = CacheTestAccess.engine(dir);
        call(third, "sum", fs);
        call(third, "sum", XS);
        assertTrue(dispatcher(third, "sum").stats().stream().allMatch(KernelStats::cached));
    }

    @Test
    void otherOptionsMiss() {
        Assumptions.assumeTrue(VectorSupport.modulePresent(), "needs two vector widths");
        atWidth(0, () -> call(CacheTestAccess.engine(dir), "sum", XS));
        Engine e = CacheTestAccess.engine(dir);
        atWidth(256, () -> assertEquals(CacheKernels.sum(XS), call(e, "sum", XS)));
        atWidth(256, () -> assertFalse(only(e, "sum").cached()));
        assertEquals(2, entries(dir).size());
        Engine again = CacheTestAccess.engine(dir);
        atWidth(0, () -> call(again, "sum", XS));
        atWidth(0, () -> assertTrue(only(again, "sum").cached()));
    }

    /** Runs {@code r} with {@code hotloop.vector.bits} set: the runtime reads it at each new variant. */
    private static synchronized void atWidth(int bits, Runnable r) {
        String old = System.getProperty(VectorSupport.BITS);
        System.setProperty(VectorSupport.BITS, Integer.toString(bits));
        try {
            r.run();
        } finally {
            if (old == null) System.clearProperty(VectorSupport.BITS);
            else System.setProperty(VectorSupport.BITS, old);
        }
    }

    @Test
    void anEntryUnderAnotherKeysNameMisses() throws IOException {
        call(CacheTestAccess.engine(dir), "sum", XS);
        Path entry = entries(dir).get(0);
        // the same bytes where the float[] variant would be: its key text does not match, so it is not used
        Path other = dir.resolve(CacheTestAccess.fileName(CacheFixture.kernel("sum"),
                List.of(dev.hotloop.compiler.ir.Type.array(dev.hotloop.compiler.ir.Type.F32)),
                CacheFixture.dispatcher(CacheTestAccess.engine(dir), "sum").kernel()
                        .options(dev.hotloop.runtime.VectorSupport.bits())));
        Files.copy(entry, other);
        Engine e = CacheTestAccess.engine(dir);
        String err = stderrOf(() -> call(e, "sum", new float[] {1f, 2f}));
        assertFalse(only(e, "sum").cached());
        assertEquals("", err);
        assertEquals(CacheEntry.fromBytes(Files.readAllBytes(other)).signature().toString(), "double(float[])");
    }

    @Test
    void entryRecordsTheHelperClassesItInlined() throws IOException {
        call(CacheTestAccess.engine(dir), "sumOfSquares", XS);
        CacheEntry e = CacheEntry.fromBytes(Files.readAllBytes(entries(dir).get(0)));
        assertTrue(e.classesRead().containsKey("dev/hotloop/cache/CacheKernels"), e.classesRead().toString());
        assertTrue(e.classesRead().containsKey("dev/hotloop/cache/CacheHelpers"), e.classesRead().toString());
        assertTrue(e.key().contains("kernel dev/hotloop/cache/CacheKernels.sumOfSquares([D)D\n"), e.key());
        assertTrue(e.key().contains("args ([D)\n"), e.key());
        assertTrue(e.key().contains("jdk " + Runtime.version().feature() + "\n"), e.key());
    }

    @Test
    void aChangedHelperClassMisses() throws IOException {
        Engine first = CacheTestAccess.engine(dir);
        Object expected = call(first, "sumOfSquares", XS);
        Path path = entries(dir).get(0);
        CacheEntry e = CacheEntry.fromBytes(Files.readAllBytes(path));
        Map<String, String> changed = new LinkedHashMap<>(e.classesRead());
        changed.put("dev/hotloop/cache/CacheHelpers", "0".repeat(64)); // as if CacheHelpers had been edited since
        Files.write(path, new CacheEntry(e.key(), changed, e.className(), e.entry(), e.raw(), e.signature(),
                e.loops(), e.classBytes()).toBytes());

        Engine second = CacheTestAccess.engine(dir);
        String err = stderrOf(() -> assertEquals(expected, call(second, "sumOfSquares", XS)));
        assertFalse(only(second, "sumOfSquares").cached());
        assertEquals("", err); // a stale entry is a plain miss, not a warning
        // the compile replaced the stale entry
        Engine third = CacheTestAccess.engine(dir);
        assertEquals(expected, call(third, "sumOfSquares", XS));
        assertTrue(only(third, "sumOfSquares").cached());
    }

    @Test
    void aStaleOwnerHashMisses() throws IOException {
        call(CacheTestAccess.engine(dir), "sum", XS);
        Path path = entries(dir).get(0);
        CacheEntry e = CacheEntry.fromBytes(Files.readAllBytes(path));
        String key = e.key().replaceAll("owner [0-9a-f]+", "owner " + "1".repeat(64));
        Files.write(path, new CacheEntry(key, e.classesRead(), e.className(), e.entry(), e.raw(), e.signature(),
                e.loops(), e.classBytes()).toBytes());
        Engine second = CacheTestAccess.engine(dir);
        call(second, "sum", XS);
        assertFalse(only(second, "sum").cached());
    }
}
