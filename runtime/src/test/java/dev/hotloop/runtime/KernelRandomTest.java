package dev.hotloop.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The generator on its own: the JDK's outputs for one state, the ranges and rough uniformity
 * of each draw, independence of split streams, and the seeding contract of {@code forCall}.
 * Statistical bounds are many standard deviations wide: a correct generator never trips them
 * (the streams are fixed by their keys, so each test is deterministic anyway).
 */
class KernelRandomTest {
    private static final int N = 200_000;

    @AfterEach
    void unseed() {
        KernelRandom.seed(System.nanoTime());
    }

    @Test
    void matchesJdkL64X128MixRandom() {
        // new jdk.internal.random.L64X128MixRandom(0x1234567L, 42L, 7L, 9L).nextLong(), four times (JDK 25)
        KernelRandom r = KernelRandom.ofState(0x1234567L, 42L, 7L, 9L);
        assertEquals(0x5dbd931733795383L, r.nextLong());
        assertEquals(0x0a1798867122e9b3L, r.nextLong());
        assertEquals(0x83f296efb1a7bbb6L, r.nextLong());
        assertEquals(0x7d1c296696c7d422L, r.nextLong());
    }

    @Test
    void sameKeySameStream() {
        KernelRandom a = KernelRandom.of(7), b = KernelRandom.of(7), c = KernelRandom.of(8);
        long[] xs = new long[100];
        for (int i = 0; i < xs.length; i++) xs[i] = a.nextLong();
        for (long x : xs) assertEquals(x, b.nextLong());
        int same = 0;
        for (long x : xs) if (x == c.nextLong()) same++;
        assertEquals(0, same);
    }

    @Test
    void nextDoubleIsUniformOnUnitInterval() {
        KernelRandom r = KernelRandom.of(1);
        double sum = 0;
        int[] deciles = new int[10];
        for (int i = 0; i < N; i++) {
            double d = r.nextDouble();
            assertTrue(d >= 0 && d < 1, "draw " + d);
            sum += d;
            deciles[(int) (d * 10)]++;
        }
        // sd of the mean: sqrt(1/12 / N) ~ 0.00065
        assertEquals(0.5, sum / N, 0.005);
        for (int k : deciles) assertEquals(N / 10.0, k, N / 10.0 * 0.05);
    }

    @Test
    void nextFloatIsUniformOnUnitInterval() {
        KernelRandom r = KernelRandom.of(2);
        double sum = 0;
        for (int i = 0; i < N; i++) {
            float f = r.nextFloat();
            assertTrue(f >= 0 && f < 1, "draw " + f);
            sum += f;
        }
        assertEquals(0.5, sum / N, 0.005);
    }

    @Test
    void nextIntBoundedStaysInRangeAndHitsEveryValueEvenly() {
        KernelRandom r = KernelRandom.of(3);
        for (int bound : new int[] {1, 2, 3, 7, 10, 1000}) {
            int[] counts = new int[bound];
            int draws = Math.max(1000, bound * 200);
            for (int i = 0; i < draws; i++) {
                int x = r.nextInt(bound);
                assertTrue(x >= 0 && x < bound, x + " not in [0, " + bound + ")");
                counts[x]++;
            }
            double expected = (double) draws / bound;
            for (int c : counts) assertEquals(expected, c, expected * 0.35 + 5, "bound " + bound);
        }
        // a bound just above 2^31 / 2 rejects often: still in range
        for (int i = 0; i < 1000; i++) {
            int x = r.nextInt((1 << 30) + 1);
            assertTrue(x >= 0 && x <= 1 << 30);
        }
        int max = r.nextInt(Integer.MAX_VALUE);
        assertTrue(max >= 0);
    }

    @Test
    void nextIntRejectsNonPositiveBoundsLikeThreadLocalRandom() {
        KernelRandom r = KernelRandom.of(4);
        for (int bound : new int[] {0, -1, Integer.MIN_VALUE}) {
            var e = assertThrows(IllegalArgumentException.class, () -> r.nextInt(bound));
            assertEquals("bound must be positive", e.getMessage());
        }
    }

    @Test
    void nextIntAndNextLongUseAllBits() {
        KernelRandom r = KernelRandom.of(5);
        long orL = 0, andL = -1;
        int orI = 0, andI = -1;
        int negatives = 0;
        for (int i = 0; i < 1000; i++) {
            long l = r.nextLong();
            int x = r.nextInt();
            orL |= l;
            andL &= l;
            orI |= x;
            andI &= x;
            if (x < 0) negatives++;
        }
        assertEquals(-1L, orL);
        assertEquals(0L, andL);
        assertEquals(-1, orI);
        assertEquals(0, andI);
        assertEquals(500, negatives, 80);
    }

    @Test
    void splitStreamsAreUncorrelated() {
        KernelRandom call = KernelRandom.of(6);
        KernelRandom c0 = call.split(0), c1 = call.split(1);
        double sx = 0, sy = 0, sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < N; i++) {
            double x = c0.nextDouble(), y = c1.nextDouble();
            sx += x;
            sy += y;
            sxy += x * y;
            sxx += x * x;
            syy += y * y;
        }
        double cov = sxy / N - (sx / N) * (sy / N);
        double corr = cov / Math.sqrt((sxx / N - sx * sx / N / N) * (syy / N - sy * sy / N / N));
        // sd of the sample correlation of independent streams: 1/sqrt(N) ~ 0.0022
        assertEquals(0, corr, 0.015);
    }

    @Test
    void splitIsAPureFunctionOfTheStreamAndTheIndex() {
        KernelRandom call = KernelRandom.of(9);
        call.nextLong();   // drawing from the parent does not move its chunks
        long first = call.split(3).nextLong();
        assertEquals(first, KernelRandom.of(9).split(3).nextLong());
        Set<Long> firsts = new HashSet<>();
        for (int k = 0; k < 1000; k++) firsts.add(call.split(k).nextLong());
        assertEquals(1000, firsts.size());
        assertNotEquals(call.split(0).nextLong(), KernelRandom.of(10).split(0).nextLong());
    }

    @Test
    void seedRestartsTheSequenceOfCalls() {
        KernelRandom.seed(42);
        long a0 = KernelRandom.forCall().nextLong();
        long a1 = KernelRandom.forCall().nextLong();
        KernelRandom.seed(42);
        assertEquals(a0, KernelRandom.forCall().nextLong());
        assertEquals(a1, KernelRandom.forCall().nextLong());
        assertNotEquals(a0, a1, "successive calls draw fresh numbers");
        KernelRandom.seed(43);
        assertNotEquals(a0, KernelRandom.forCall().nextLong());
        assertEquals(43, KernelRandom.rootSeed());
    }

    @Test
    void callsOnManyThreadsGetDistinctStreams() throws InterruptedException {
        KernelRandom.seed(1);
        Set<Long> firsts = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 1000; i++) firsts.add(KernelRandom.forCall().nextLong());
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        assertEquals(4000, firsts.size());
        // the same 4000 calls, serially: the same set of streams
        KernelRandom.seed(1);
        Set<Long> serial = new HashSet<>();
        for (int i = 0; i < 4000; i++) serial.add(KernelRandom.forCall().nextLong());
        assertEquals(serial, firsts);
    }
}
