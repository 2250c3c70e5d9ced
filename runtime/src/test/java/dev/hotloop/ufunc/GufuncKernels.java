package dev.hotloop.ufunc;

import dev.hotloop.annotations.GuVectorize;
import dev.hotloop.annotations.Target;

/** Gufunc bodies under test. */
public final class GufuncKernels {
    private GufuncKernels() {}

    @GuVectorize(layout = "(n),(n)->()")
    static void rowDot(double[] x, double[] y, double[] out) {
        double s = 0;
        for (int i = 0; i < x.length; i++) s += x[i] * y[i];
        out[0] = s;
    }

    /** Each row divided by its Euclidean norm (zero rows stay zero). */
    @GuVectorize(layout = "(n)->(n)", target = Target.PARALLEL)
    static void normalize(double[] x, double[] out) {
        double s = 0;
        for (int i = 0; i < x.length; i++) s += x[i] * x[i];
        double inv = s == 0 ? 0 : 1 / Math.sqrt(s);
        for (int i = 0; i < x.length; i++) out[i] = x[i] * inv;
    }

    /** Two outputs and a scalar input: min and max of a row, each shifted. */
    @GuVectorize(layout = "(n),()->(),()")
    static void minMax(int[] x, int shift, int[] lo, int[] hi) {
        int a = Integer.MAX_VALUE, b = Integer.MIN_VALUE;
        for (int v : x) {
            a = Math.min(a, v);
            b = Math.max(b, v);
        }
        lo[0] = a + shift;
        hi[0] = b + shift;
    }

    /** An output dimension that no input names. */
    @GuVectorize(layout = "(n)->(m)")
    static void fill(float[] x, float[] out) {
        for (int i = 0; i < out.length; i++) out[i] = x.length;
    }

    /** A matrix times a vector: the matrix is a 2-D core, broadcast to every looped vector. */
    @GuVectorize(layout = "(m,n),(n)->(m)")
    static void matVec(double[][] a, double[] x, double[] out) {
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) s += a[i][j] * x[j];
            out[i] = s;
        }
    }

    /** An outer product: a 2-D core output. */
    @GuVectorize(layout = "(m),(n)->(m,n)")
    static void outer(int[] a, int[] b, int[][] out) {
        for (int i = 0; i < a.length; i++) for (int j = 0; j < b.length; j++) out[i][j] = a[i] * b[j];
    }
}
