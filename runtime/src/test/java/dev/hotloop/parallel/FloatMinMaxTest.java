package dev.hotloop.parallel;

import dev.hotloop.Hotloop;
import dev.hotloop.HotloopCompileException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code if (x < m) m = x} on doubles and floats in a parallel loop: the same bits as plain Java,
 * NaN never taken, -0.0 against 0.0 decided by which comes first or last, on any thread count.
 */
class FloatMinMaxTest {
    private static final int[] SIZES = {0, 1, 7, 1025, 5000, 100_003};
    private final int threadsBefore = Hotloop.threads();

    @AfterEach
    void restoreThreads() {
        Hotloop.threads(threadsBefore);
    }

    /** Values with many ties, both zeros, infinities and NaN, so that tie-breaking shows. */
    static double[] awkward(int n, long seed) {
        Random r = new Random(seed);
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, -1.0};
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = r.nextInt(4) == 0 ? special[r.nextInt(special.length)] : r.nextInt(5) - 2;
        return a;
    }

    @Test
    void doublesMatchPlainJavaBitForBitOnAnyThreadCount() {
        for (int n : SIZES) {
            for (long seed = 0; seed < 4; seed++) {
                double[] a = awkward(n, seed * 31 + n);
                if (seed == 3) for (int i = 0; i < n; i++) if (Double.isNaN(a[i]) || Double.isInfinite(a[i])) a[i] = 0.0;
                double[] want = new double[4];
                FloatMinMaxKernels.doubles(a, want);
                for (int threads : new int[] {1, 2, 7}) {
                    Hotloop.threads(threads);
                    double[] got = new double[4];
                    Hotloop.jit(FloatMinMaxKernels.class, "doubles").invoke(a, got);
                    for (int k = 0; k < 4; k++) {
                        assertEquals(Double.doubleToRawLongBits(want[k]), Double.doubleToRawLongBits(got[k]),
                                "result " + k + " n=" + n + " seed=" + seed + " threads=" + threads + ": " + want[k] + " vs " + got[k]);
                    }
                }
            }
        }
    }

    @Test
    void floatsStartingFromTheArgumentsIncludingNaN() {
        for (int n : SIZES) {
            double[] d = awkward(n, n);
            float[] a = new float[n];
            for (int i = 0; i < n; i++) a[i] = (float) d[i];
            for (float start : new float[] {Float.NaN, 0.0f, -0.0f, 5f}) {
                float[] want = {start, -start};
                FloatMinMaxKernels.floats(a, want);
                float[] got = {start, -start};
                Hotloop.jit(FloatMinMaxKernels.class, "floats").invoke(a, got);
                assertEquals(Float.floatToRawIntBits(want[0]), Float.floatToRawIntBits(got[0]), "lo n=" + n + " start=" + start);
                assertEquals(Float.floatToRawIntBits(want[1]), Float.floatToRawIntBits(got[1]), "hi n=" + n + " start=" + start);
            }
        }
    }

    @Test
    void explainNamesTheConditionalForms() {
        var f = Hotloop.jit(FloatMinMaxKernels.class, "doubles");
        f.invoke(new double[3], new double[4]);
        String text = f.explain();
        assertTrue(text.contains("reduction lt: min (if x < m"), text);
        assertTrue(text.contains("reduction le: min (if x <= m"), text);
        assertTrue(text.contains("reduction gt: max (if x > m"), text);
        assertTrue(text.contains("reduction ge: max (if x >= m"), text);
    }

    @Test
    void aFormThatTakesNaNIsNotAReduction() {
        HotloopCompileException e = assertThrows(HotloopCompileException.class,
                () -> Hotloop.jit(FloatMinMaxKernels.class, "nanTaking").invoke((Object) new double[3]));
        assertTrue(e.getMessage().contains("variable m") && e.getMessage().contains("FloatMinMaxKernels.java:"), e.getMessage());
    }
}
