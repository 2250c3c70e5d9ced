package dev.hotloop.parallel;

import dev.hotloop.Hotloop;
import dev.hotloop.runtime.ParallelDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A loop of one chunk (at most its grain of trips) is called straight from the kernel, with no
 * partials array: it must give what the launched chunks gave, which is plain Java's result where
 * the operators are exact, and {@code init + partial} (the partial summed from -0.0) for a
 * floating-point sum. Sizes straddle every light grain (1024 to 65536): one below, exactly at, one above.
 */
class OneChunkTest {
    private static final int[] SIZES = sizes();
    private final int threadsBefore = Hotloop.threads();

    @AfterEach
    void restoreThreads() {
        Hotloop.threads(threadsBefore);
    }

    private static int[] sizes() {
        List<Integer> out = new ArrayList<>(List.of(0, 1, 2, 3, 100));
        for (int g = 1024; g <= 65536; g *= 2) out.addAll(List.of(g - 1, g, g + 1));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Object call(String kernel, Object... args) {
        return Hotloop.jit(OneChunkKernels.class, kernel).invoke(args);
    }

    /** What the parallel sum computes, chunk by chunk as the driver splits the loop: {@code ((s0 + p0) + p1) + ...}. */
    private static double chunkedSum(double[] a, double s0, long grain) {
        int n = ParallelDriver.chunks(a.length, grain);
        double s = s0;
        for (int k = 0; k < n; k++) {
            long lo = (long) a.length / n * k + Math.min(k, a.length % n), hi = (long) a.length / n * (k + 1) + Math.min(k + 1, a.length % n);
            double p = -0.0;
            for (long i = lo; i < hi; i++) p += a[(int) i];
            s += p;
        }
        return s;
    }

    @Test
    void oneReductionGivesTheLaunchedResult() {
        for (int threads : new int[] {1, 4}) {
            Hotloop.threads(threads);
            for (int n : SIZES) {
                Random r = new Random(n);
                double[] a = r.doubles(n, -1e6, 1e6).toArray();
                for (double s0 : new double[] {0.0, -0.0, 1.0 / 3, 1e300}) {
                    double want = chunkedSum(a, s0, 65536);
                    if (n <= 65536 && s0 == 0.0) assertEquals(OneChunkKernels.sumFrom(a, s0), want, 0.0, "model n=" + n);
                    assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits((double) call("sumFrom", a, s0)),
                            "sumFrom n=" + n + " s0=" + s0 + " threads=" + threads);
                }
                short[] s = new short[n];
                for (int i = 0; i < n; i++) s[i] = (short) r.nextInt();
                for (short s0 : new short[] {0, Short.MAX_VALUE}) {
                    assertEquals(OneChunkKernels.shortSum(s, s0), call("shortSum", s, s0), "shortSum n=" + n);
                }
            }
        }
    }

    @Test
    void twoReductionsEqualPlainJava() {
        for (int threads : new int[] {1, 4}) {
            Hotloop.threads(threads);
            for (int n : SIZES) {
                Random r = new Random(n + 1);
                // powers of two, rarely away from 1: every product is exact, in any order
                float[] f = new float[n];
                for (int i = 0; i < n; i++) f[i] = switch (r.nextInt(64)) { case 0 -> 2f; case 1 -> 0.5f; default -> 1f; };
                int[] a = r.ints(n).toArray();
                assertEquals(OneChunkKernels.productAndMax(f, a), call("productAndMax", f, a), "productAndMax n=" + n);
                long[] bits = r.longs(n).toArray();
                double[] v = r.doubles(n + 5, -1, 1).toArray();
                int[] idx = r.ints(n, 0, n + 5).toArray();
                assertEquals(OneChunkKernels.xorAndFirstMin(bits, v, idx), call("xorAndFirstMin", bits, v, idx),
                        "xorAndFirstMin n=" + n);
            }
        }
    }

    @Test
    void noReductionWritesWhatPlainJavaWrites() {
        for (int n : SIZES) {
            int[] a = new Random(n).ints(n).toArray(), b = new Random(n + 2).ints(n, 1, 100).toArray();
            int[] want = new int[n], got = new int[n];
            OneChunkKernels.divide(a, b, want);
            call("divide", a, b, got);
            assertArrayEquals(want, got, "n=" + n);
        }
    }

    @Test
    void aHeavyLoopOfOneRowIsOneChunk() {
        for (int n = 0; n <= 3; n++) {
            double[][] rows = new double[n][];
            for (int i = 0; i < n; i++) rows[i] = new Random(i).doubles(7 + i, -1, 1).toArray();
            for (double t0 : new double[] {0.0, -0.0, 0.1}) {
                assertEquals(Double.doubleToRawLongBits(OneChunkKernels.rowTotal(rows, t0)),
                        Double.doubleToRawLongBits((double) call("rowTotal", rows, t0)), "rows=" + n + " t0=" + t0);
            }
        }
    }

    @Test
    void exceptionsInOneChunkAreThoseOfPlainJava() {
        for (int n : new int[] {1, 100, 1024, 8192, 8193}) {
            int[] a = new Random(n).ints(n).toArray(), b = new int[n];
            Arrays.fill(b, 3);
            b[n / 2] = 0;
            int[] want = new int[n], got = new int[n];
            assertThrows(ArithmeticException.class, () -> OneChunkKernels.divide(a, b, want));
            assertThrows(ArithmeticException.class, () -> call("divide", a, b, got));
            // in order, one chunk stops where plain Java stops
            if (n <= 1024) assertArrayEquals(want, got, "writes before the throw, n=" + n);
            int[] shortB = new int[n - 1];
            Arrays.fill(shortB, 3);
            assertThrows(ArrayIndexOutOfBoundsException.class, () -> OneChunkKernels.divide(a, shortB, want));
            assertThrows(ArrayIndexOutOfBoundsException.class, () -> call("divide", a, shortB, got));
            int[] idx = new int[n];
            idx[n - 1] = n + 5;
            assertThrows(ArrayIndexOutOfBoundsException.class,
                    () -> call("xorAndFirstMin", new long[n], new double[n + 5], idx));
            assertThrows(NullPointerException.class, () -> call("productAndMax", null, new int[n]));
            assertThrows(NullPointerException.class, () -> call("sumFrom", null, 1.0));
        }
        double[][] rows = {null};
        assertThrows(NullPointerException.class, () -> call("rowTotal", rows, 0.0));
    }

    @Test
    void theDriverCountsOneChunkExactlyWhenTheKernelTestsSo() {
        // the kernel tests 0 < trips <= grain inline, instead of asking ParallelDriver.single
        for (long grain : new long[] {1, 2, 1024, 65536}) {
            for (long trips = 0; trips <= 3 * grain + 300; trips += trips < 300 ? 1 : grain / 4 + 1) {
                assertEquals(trips > 0 && trips <= grain, ParallelDriver.single(trips, grain), "trips=" + trips + " grain=" + grain);
            }
        }
    }
}
