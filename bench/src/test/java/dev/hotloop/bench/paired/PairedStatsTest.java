package dev.hotloop.bench.paired;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arithmetic of a paired run: medians, ratios, the fork line, the summary, the warm-up rule. */
class PairedStatsTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, Stats.median(new double[] {3.0, 1.0, 2.0}));
        assertEquals(2.5, Stats.median(new double[] {4.0, 1.0, 3.0, 2.0}));
        assertEquals(7.0, Stats.median(new double[] {7.0}));
        assertThrows(IllegalArgumentException.class, () -> Stats.median(new double[0]));
    }

    @Test
    void medianIgnoresOneSlowRound() {
        // the mean of these is 1.4; one slow round must not decide the fork
        assertEquals(1.0, Stats.median(new double[] {1.0, 1.0, 5.0, 0.99, 1.01}));
    }

    @Test
    void medianDoesNotReorderItsInput() {
        double[] v = {3.0, 1.0, 2.0};
        Stats.median(v);
        assertArrayEquals(new double[] {3.0, 1.0, 2.0}, v);
    }

    @Test
    void ratiosAreHotloopOverPlainRoundByRound() {
        assertArrayEquals(new double[] {0.95, 1.05}, Stats.ratios(new double[] {100, 200}, new double[] {95, 210}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Stats.ratios(new double[] {1}, new double[] {1, 2}));
        assertEquals(0.5, Stats.min(new double[] {1.0, 0.5, 2.0}));
        assertEquals(2.0, Stats.max(new double[] {1.0, 0.5, 2.0}));
    }

    @Test
    void forkLineRoundTrips() {
        ForkResult r = new ForkResult("triad/1000", 512, 140.25, 157.5, 1.1234, 10, 1800, "a@8 b@3928 c@3752");
        String line = r.toLine();
        assertEquals("PAIRED case=triad/1000 pad=512 plain=140.25 hotloop=157.50 ratio=1.1234 rounds=10 warmup=1800"
                + " placement=a@8,b@3928,c@3752", line);
        ForkResult back = ForkResult.parse(line).orElseThrow();
        assertEquals(new ForkResult("triad/1000", 512, 140.25, 157.5, 1.1234, 10, 1800, "a@8,b@3928,c@3752"), back);
        assertTrue(ForkResult.parse("WARNING: Using incubator modules").isEmpty());
    }

    @Test
    void summaryJudgesTheMedianOverForks() {
        Map<String, List<ForkResult>> byCase = new LinkedHashMap<>();
        byCase.put("dot/1000", List.of(fork("dot/1000", 1.02), fork("dot/1000", 0.98), fork("dot/1000", 1.30)));
        byCase.put("triad/1000", List.of(fork("triad/1000", 1.10), fork("triad/1000", 1.06)));
        String table = Summary.table(byCase);
        String dot = table.lines().filter(l -> l.startsWith("dot/1000")).findFirst().orElseThrow();
        assertEquals(List.of("dot/1000", "3", "1.020", "0.980", "1.300", "yes", "100.00", "102.00", "1.020", "0.980", "1.300"),
                List.of(dot.trim().split("\\s+")));
        String triad = table.lines().filter(l -> l.startsWith("triad/1000")).findFirst().orElseThrow();
        assertTrue(triad.contains(" 1.080 ") && triad.contains(" NO "), triad);
    }

    @Test
    void handCasesAreJudgedAgainstIssue4sTargetAndRunOnlyWhenNamed() {
        Map<String, List<ForkResult>> byCase = new LinkedHashMap<>();
        byCase.put("dotHand/1000", List.of(fork("dotHand/1000", 1.08), fork("dotHand/1000", 1.09)));
        String row = Summary.table(byCase).lines().filter(l -> l.startsWith("dotHand/1000")).findFirst().orElseThrow();
        assertTrue(row.contains(" 1.085 ") && row.contains(" yes "), row);
        assertEquals(List.of("dotHand/1000", "triadHand/1000"), KernelCase.matching("Hand").stream().map(KernelCase::id).toList());
        assertTrue(KernelCase.matching(".").stream().noneMatch(KernelCase::hand));
    }

    private static ForkResult fork(String id, double ratio) {
        return new ForkResult(id, 0, 100.0, 100.0 * ratio, ratio, 10, 1000, "");
    }

    @Test
    void sweepPadsCoverAPageInCacheLines() {
        assertEquals(List.of(0, 512, 1024, 1536, 2048, 2560, 3072, 3584),
                java.util.stream.IntStream.range(0, 8).map(k -> PairedRun.padFor(k, 8)).boxed().toList());
        assertEquals(320, PairedRun.padFor(1, 12)); // 341 rounded down to a cache line
    }

    @Test
    void kernelCasesAreSelectedByRegex() {
        assertEquals(List.of("triad/1000", "triad/1000000"), KernelCase.matching("triad").stream().map(KernelCase::id).toList());
        assertEquals(List.of("dot/1000", "triad/1000", "clampSelect/1000", "monteCarloPi/1000"),
                KernelCase.matching("/1000$").stream().map(KernelCase::id).toList());
        assertEquals(new KernelCase("clampSelect", 1_000_000), KernelCase.of("clampSelect/1000000"));
    }

    @Test
    void batchSizeAimsAtTheRoundAndGrowsAtMostSixteenfold() {
        assertEquals(16, PairedFork.batchSize(1_000_000, 10.0, 1));        // would want 100,000
        assertEquals(100_000, PairedFork.batchSize(1_000_000, 10.0, 50_000));
        assertEquals(1, PairedFork.batchSize(1_000_000, 5e6, 100));       // a call longer than a round
    }

    @Test
    void warmupWaitsUntilNeitherSideGetsFaster() {
        Warmup w = new Warmup(0, Long.MAX_VALUE, 0, () -> 0L);
        // side 0 settled at 100 ns; side 1 still improving
        for (int i = 0; i < 2 * Warmup.WINDOW; i++) {
            w.record(0, 100.0 + (i % 2), 1);
            w.record(1, 1000.0 - 50 * i, 1);
        }
        assertTrue(w.settled(0));
        assertFalse(w.settled(1));
        for (int i = 0; i < Warmup.WINDOW; i++) w.record(1, 400.0, 1);
        assertFalse(w.settled(1), "the window still holds nothing better, but the best before it is 450");
        for (int i = 0; i < Warmup.WINDOW; i++) w.record(1, 399.0, 1);
        assertTrue(w.settled(1));
    }

    @Test
    void warmupIsNeverDoneWhileTheJitKeepsCompiling() {
        long[] compileMillis = {0};
        Warmup w = new Warmup(0, Long.MAX_VALUE, 0, () -> compileMillis[0]++);
        for (int i = 0; i < 3 * Warmup.WINDOW; i++) {
            w.record(0, 100.0, 1);
            w.record(1, 100.0, 1);
        }
        assertTrue(w.settled(0) && w.settled(1));
        assertFalse(w.done());
        assertFalse(w.done());
    }

    @Test
    void warmupWaitsForEnoughCallsWhenCallsAreShort() throws InterruptedException {
        Warmup w = new Warmup(0, Long.MAX_VALUE, 100, () -> 0L);
        for (int i = 0; i < 2 * Warmup.WINDOW; i++) {
            w.record(0, 100.0, 10);
            w.record(1, 100.0, 5);
        }
        w.done(); // starts the quiet-JIT clock
        Thread.sleep(Warmup.QUIET_MILLIS + 50);
        assertFalse(w.done(), "side 1 was called 60 times, fewer than 100");
        for (int i = 0; i < Warmup.WINDOW; i++) w.record(1, 100.0, 10);
        assertTrue(w.done());
    }
}
