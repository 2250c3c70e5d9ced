package dev.hotloop.ufunc;

import dev.hotloop.GUfunc;
import dev.hotloop.Hotloop;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gufuncs against plain Java loops over rows calling the same method. */
class GufuncTest {
    final Random rnd = new Random(11);

    double[][] matrix(int rows, int cols) {
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) m[r] = rnd.doubles(cols, -5, 5).toArray();
        return m;
    }

    private static void says(Throwable e, String... parts) {
        for (String p : parts) assertTrue(e.getMessage().contains(p), "'" + e.getMessage() + "' should say '" + p + "'");
    }

    @Test
    void rowDotLoopsOverRowsAndBroadcasts() {
        GUfunc g = Hotloop.gufunc(GufuncKernels.class, "rowDot");
        assertEquals("(n),(n)->()", g.layout());
        for (int rows : new int[] {0, 1, 5, 64}) {
            double[][] x = matrix(rows, 9), y = matrix(rows, 9);
            double[] w = rnd.doubles(9).toArray();
            double[] want = new double[rows], wantW = new double[rows];
            for (int r = 0; r < rows; r++) {
                double[] t = new double[1];
                GufuncKernels.rowDot(x[r], y[r], t);
                want[r] = t[0];
                GufuncKernels.rowDot(x[r], w, t);
                wantW[r] = t[0];
            }
            assertArrayEquals(want, (double[]) g.apply(x, y));
            assertArrayEquals(wantW, (double[]) g.apply(x, w));
            double[] out = new double[rows];
            g.into(out, w, x);
            assertArrayEquals(wantW, out);
        }
        double[] a = {1, 2, 3}, b = {4, 5, 6};
        assertArrayEquals(new double[] {32}, (double[]) g.apply(a, b), "no looped input: one call, a length-1 output");
    }

    @Test
    void normalizeRowsInParallel() {
        GUfunc g = Hotloop.gufunc(GufuncKernels.class, "normalize");
        double[][] x = matrix(2000, 33);
        x[3] = new double[33];
        double[][] got = (double[][]) g.apply((Object) x);
        for (int r = 0; r < x.length; r++) {
            double[] want = new double[33];
            GufuncKernels.normalize(x[r], want);
            assertArrayEquals(want, got[r], "row " + r);
        }
        double[] one = (double[]) g.apply((Object) new double[] {3, 4});
        assertArrayEquals(new double[] {0.6, 0.8}, one, 1e-15);
    }

    @Test
    void severalOutputsAndAScalarInput() {
        GUfunc g = Hotloop.gufunc(GufuncKernels.class, "minMax");
        int[][] x = {{3, 1, 2}, {-5, 9, 0}};
        Object[] outs = g.applyAll(x, 10);
        assertArrayEquals(new int[] {11, 5}, (int[]) outs[0]);
        assertArrayEquals(new int[] {13, 19}, (int[]) outs[1]);
        int[] lo = new int[2];
        Object[] again = g.intoAll(new Object[] {lo, null}, x, 0);
        assertArrayEquals(new int[] {1, -5}, lo);
        assertArrayEquals(new int[] {3, 9}, (int[]) again[1]);
    }

    @Test
    void outputDimensionsFromGivenOutputs() {
        GUfunc g = Hotloop.gufunc(GufuncKernels.class, "fill");
        says(assertThrows(IllegalArgumentException.class, () -> g.apply((Object) new float[3])), "dimension m", "into");
        float[][] out = new float[2][4];
        g.into(out, (Object) new float[2][3]);
        assertArrayEquals(new float[][] {{3, 3, 3, 3}, {3, 3, 3, 3}}, out);
    }

    @Test
    void dimensionMismatchesNameBothArguments() {
        GUfunc g = Hotloop.gufunc(GufuncKernels.class, "rowDot");
        says(assertThrows(IllegalArgumentException.class, () -> g.apply(new double[3], new double[4])),
                "dimension n", "4", "3", "parameter 1", "parameter 0");
        says(assertThrows(IllegalArgumentException.class, () -> g.apply(new double[2][3], new double[5][3])),
                "rows", "[5, 3]", "[2, 3]");
        says(assertThrows(IllegalArgumentException.class, () -> g.apply(new double[2][3], 1.0)),
                "parameter 1", "wants 1 or 2 dimensions");
        double[] out = {7, 7, 7};
        says(assertThrows(IllegalArgumentException.class, () -> g.into(out, new double[2][3], new double[3])),
                "shape [3]", "expected [2]");
        assertArrayEquals(new double[] {7, 7, 7}, out);
        says(assertThrows(IllegalArgumentException.class, () -> g.into(new boolean[2], new double[2][3], new double[3])),
                "boolean[]", "expected double[]");
        says(assertThrows(IllegalArgumentException.class, () -> g.apply(new boolean[2][3], new double[3])),
                "parameter 0", "boolean[][]");
        says(assertThrows(IllegalArgumentException.class, () -> g.apply(new double[][] {{1, 2}, {3}}, new double[2])),
                "ragged");
        says(assertThrows(NullPointerException.class, () -> g.apply(null, new double[2])), "parameter 0");
    }

    @Test
    void otherElementTypesAreReadAndWrittenConverted() {
        GUfunc g = Hotloop.gufunc(GufuncKernels.class, "rowDot");
        float[][] x = {{1.5f, 2}, {3, 4}};
        int[] w = {2, 3};
        assertArrayEquals(new double[] {9, 18}, (double[]) g.apply(x, w));
        float[] out = new float[2];
        g.into(out, x, w);
        assertArrayEquals(new float[] {9, 18}, out);
        GUfunc mm = Hotloop.gufunc(GufuncKernels.class, "minMax");
        Object[] outs = mm.applyAll(new short[][] {{3, -1}}, (byte) 1);
        assertArrayEquals(new int[] {0}, (int[]) outs[0]);
        GUfunc n = Hotloop.gufunc(GufuncKernels.class, "normalize");
        float[][] unit = new float[1][2];
        n.into(unit, (Object) new long[][] {{3, 4}});
        assertArrayEquals(new float[][] {{0.6f, 0.8f}}, unit);
    }

    @Test
    void twoDimensionalCores() {
        GUfunc mv = Hotloop.gufunc(GufuncKernels.class, "matVec");
        double[][] a = {{1, 2, 3}, {4, 5, 6}};
        double[][] xs = {{1, 0, 0}, {0, 1, 1}, {1, 1, 1}, {2, 0, 1}};
        double[][] got = (double[][]) mv.apply(a, xs);
        for (int r = 0; r < xs.length; r++) {
            double[] want = new double[2];
            GufuncKernels.matVec(a, xs[r], want);
            assertArrayEquals(want, got[r]);
        }
        assertArrayEquals(new double[] {6, 15}, (double[]) mv.apply(a, new double[] {1, 1, 1}));
        says(assertThrows(IllegalArgumentException.class, () -> mv.apply(a, new double[] {1, 1})),
                "dimension n", "2", "3");
        GUfunc outer = Hotloop.gufunc(GufuncKernels.class, "outer");
        assertArrayEquals(new int[][] {{3, 4}, {6, 8}, {9, 12}}, (int[][]) outer.apply(new int[] {1, 2, 3}, new int[] {3, 4}));
        says(assertThrows(IllegalArgumentException.class, () -> outer.apply(new int[2][3], new int[2][2])), "2-D core");
    }
}
