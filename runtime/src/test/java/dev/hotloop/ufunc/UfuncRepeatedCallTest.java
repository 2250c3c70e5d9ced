package dev.hotloop.ufunc;

import dev.hotloop.Hotloop;
import dev.hotloop.KernelStats;
import dev.hotloop.Ufunc;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A repeated call takes the last call's loop after checking only classes and lengths: every call
 * that differs (shape, types, scalars that widen, nulls, parallel split, vector width) must still
 * get the full path's result or error, and nothing written to {@code out} before the checks pass.
 */
class UfuncRepeatedCallTest {
    final Random rnd = new Random(7);

    double[] doubles(int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = rnd.nextInt(5) == 0 ? 0 : rnd.nextGaussian();
        return a;
    }

    static double[] relDiff(double[] x, double[] y) {
        double[] r = new double[x.length];
        for (int i = 0; i < r.length; i++) r[i] = UfuncKernels.relDiff(x[i], y[i]);
        return r;
    }

    private static void says(Throwable e, String... parts) {
        for (String p : parts) assertTrue(e.getMessage().contains(p), "'" + e.getMessage() + "' should say '" + p + "'");
    }

    @Test
    void repeatedIntoChecksShapesAndLeavesOutUntouched() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "relDiff");
        for (int round = 0; round < 3; round++) {
            for (int n : new int[] {0, 5, 17, 1000}) {
                double[] x = doubles(n), y = doubles(n), out = new double[n];
                u.into(out, x, y);
                assertArrayEquals(relDiff(x, y), out, "n=" + n);
            }
        }
        double[] x = doubles(4), out = {7, 7, 7, 7};
        says(assertThrows(IllegalArgumentException.class, () -> u.into(out, x, new double[5])), "parameter 1", "[5]", "[4]");
        says(assertThrows(IllegalArgumentException.class, () -> u.into(out, new double[3], new double[3])), "out", "[4]", "[3]");
        says(assertThrows(NullPointerException.class, () -> u.into(out, x, null)), "parameter 1", "null");
        says(assertThrows(IllegalArgumentException.class, () -> u.into(new float[4], x, x)), "out is float[]");
        assertArrayEquals(new double[] {7, 7, 7, 7}, out);
    }

    @Test
    void repeatedApplyGivesNewArraysOfEachLength() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "relDiff");
        double[] x = doubles(9), y = doubles(9);
        double[] a = (double[]) u.apply(x, y), b = (double[]) u.apply(x, y);
        assertNotSame(a, b);
        assertArrayEquals(relDiff(x, y), b);
        double[] x2 = doubles(33), y2 = doubles(33);
        assertArrayEquals(relDiff(x2, y2), (double[]) u.apply(x2, y2));
        says(assertThrows(IllegalArgumentException.class, () -> u.apply(x, y2)), "parameter 1", "[33]", "[9]");
    }

    @Test
    void otherArgumentKindsAfterARepeatedCall() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "add");
        double[] x = doubles(20);
        for (int i = 0; i < 3; i++) u.apply(x, 2.0);
        // an int scalar widens to double: not the memo's Double
        double[] want = new double[20];
        for (int i = 0; i < 20; i++) want[i] = x[i] + 3;
        assertArrayEquals(want, (double[]) u.apply(x, 3));
        // an array where a scalar was
        for (int i = 0; i < 20; i++) want[i] = x[i] + x[i];
        assertArrayEquals(want, (double[]) u.apply(x, x));
        // float arrays pick the float variant
        float[] f = {1.5f, 2.5f};
        assertArrayEquals(new float[] {3f, 5f}, (float[]) u.apply(f, f));
        assertArrayEquals(new float[] {3f, 5f}, (float[]) u.apply(f, f));
        // 2-D arrays take the full path, rows checked
        double[][] m = {{1, 2}, {3, 4}};
        assertArrayEquals(new double[] {2, 4}, ((double[][]) u.apply(m, m))[0]);
        says(assertThrows(IllegalArgumentException.class, () -> u.apply(new double[][] {{1, 2}, {3}}, 1.0)), "ragged");
        // all scalars: a scalar
        assertEquals(5.0, (double) u.apply(2.0, 3.0));
    }

    @Test
    void repeatedReduceAndItsEdges() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "add");
        double[] x = doubles(100);
        double want = x[0];
        for (int i = 1; i < x.length; i++) want += x[i];
        for (int i = 0; i < 3; i++) assertEquals(want, (double) u.reduce(x));
        assertEquals(0.0, (double) u.reduce(new double[0]));
        assertEquals(4.0, (double) u.reduce(new double[] {4}));
        assertEquals(6f, (float) u.reduce(new float[] {1, 2, 3}));
        assertArrayEquals(new double[] {4, 6}, (double[]) u.reduce(new double[][] {{1, 2}, {3, 4}}));
        assertThrows(NullPointerException.class, () -> u.reduce(null));
        Ufunc noIdentity = Hotloop.ufunc(UfuncKernels.class, "minusHalf");
        noIdentity.reduce(new double[] {1, 2});
        says(assertThrows(IllegalArgumentException.class, () -> noIdentity.reduce(new double[0])), "empty", "identity");
    }

    @Test
    void aParallelUfuncSplitsByLengthOnRepeatedCalls() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "parPoly");
        int threads = Hotloop.threads();
        try {
            Hotloop.threads(2);
            for (int n : new int[] {10, 100_000, 10, 100_000, 100_000}) {
                double[] x = doubles(n), y = doubles(n), want = new double[n];
                for (int i = 0; i < n; i++) want[i] = UfuncKernels.parPoly(x[i], y[i]);
                assertArrayEquals(want, (double[]) u.apply(x, y), "n=" + n);
            }
        } finally {
            Hotloop.threads(threads);
        }
        assertTrue(u.stats().stream().anyMatch(s -> s.kernel().endsWith("map") && s.signature().contains("double[]")),
                u.stats().toString());
    }

    @Test
    void repeatedCallsAreCountedAndANewVectorWidthBuildsANewLoop() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "clip");
        double[] x = doubles(50), out = new double[50];
        long before = calls(u);
        for (int i = 0; i < 10; i++) u.into(out, x, -0.5, 0.5);
        assertEquals(before + 10, calls(u));
        int loops = u.stats().size();
        String old = System.getProperty("hotloop.vector.bits");
        try {
            System.setProperty("hotloop.vector.bits", "0");
            u.into(out, x, -0.5, 0.5);
            u.into(out, x, -0.5, 0.5);
        } finally {
            if (old == null) System.clearProperty("hotloop.vector.bits");
            else System.setProperty("hotloop.vector.bits", old);
        }
        assertTrue(u.stats().size() > loops || !dev.hotloop.runtime.VectorSupport.modulePresent(), u.stats().toString());
        for (int i = 0; i < 50; i++) assertEquals(Math.min(0.5, Math.max(-0.5, x[i])), out[i], 0.0, "i=" + i);
    }

    private static long calls(Ufunc u) {
        return u.stats().stream().mapToLong(KernelStats::calls).sum();
    }
}
