package dev.hotloop.vector;

import dev.hotloop.annotations.Jit;

/**
 * How a vector loop reads and writes memory: loads at offsets, rows of 2-D arrays, one array
 * shifted onto itself (a loop-carried dependence through memory when read behind the write),
 * two parameters that may be the same array, a bound past the end (the exception must come at
 * the same element after the same stores), a division that throws, and early exits, which must
 * not vectorise at all.
 */
final class AccessKernels {
    private AccessKernels() {}

    /** Loads at i-1, i and i+1 with i from 1; when out is a, each store feeds the next load. */
    @Jit
    static void stencil3(double[] a, double[] out) {
        for (int i = 1; i < a.length - 1; i++) out[i] = a[i - 1] + a[i] + a[i + 1];
    }

    /** The row is invariant in the inner loop; a null row throws after the rows before it are done. */
    @Jit
    static void rowsScale(double[][] m, double s) {
        for (int r = 0; r < m.length; r++) {
            for (int j = 0; j < m[r].length; j++) m[r][j] = m[r][j] * s + 1.0;
        }
    }

    /** Reads ahead of the write: plain Java shifts the array left by one. */
    @Jit
    static void shiftLeftSelf(double[] a) {
        for (int i = 0; i < a.length - 1; i++) a[i] = a[i + 1];
    }

    /** Reads behind the write: plain Java copies a[0] everywhere; a naive vector loop would not. */
    @Jit
    static void shiftRightSelf(double[] a) {
        for (int i = 1; i < a.length; i++) a[i] = a[i - 1];
    }

    /** Row r from row r-1 shifted by one: when the two rows are one array, a dependence through memory. */
    @Jit
    static void rowShift(double[][] m) {
        for (int r = 1; r < m.length; r++) {
            double[] dst = m[r], src = m[r - 1];
            int n = Math.min(dst.length, src.length);
            for (int j = 1; j < n; j++) dst[j] = src[j - 1] * 0.5;
        }
    }

    /** Harmless unless dst is src (the harness passes the same array for both too). */
    @Jit
    static void copyNext(double[] src, double[] dst) {
        for (int i = 0; i < src.length - 1; i++) dst[i] = src[i + 1];
    }

    @Jit
    static void copyPrev(double[] src, double[] dst) {
        for (int i = 1; i < src.length; i++) dst[i] = src[i - 1];
    }

    /** n may pass either array's end: the exception comes at element n of the shorter. */
    @Jit
    static void copyN(double[] src, double[] dst, int n) {
        for (int i = 0; i < n; i++) dst[i] = src[i] * 2;
    }

    /** A zero divisor throws at its element, after the quotients before it are stored. */
    @Jit
    static void intQuotients(int[] a, int[] b, int[] out) {
        for (int i = 0; i < out.length; i++) out[i] = a[i] / b[i];
    }

    /** An inclusive bound: last + 1 iterations, and last = a.length throws at a.length. */
    @Jit
    static void fillInclusive(double[] a, int last) {
        for (int i = 0; i <= last; i++) a[i] = i * 0.5;
    }

    /** A new row per outer iteration and an inclusive inner bound (the shape of a grid of n x (n + 1)). */
    @Jit
    static float[][] gridInclusive(int n, float step) {
        float[][] g = new float[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= n; j++) g[i][j] = i * step - j / step;
        }
        return g;
    }

    /** An early exit: the trip count depends on the data. */
    @Jit
    static int firstNegative(double[] a) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] < 0) return i;
        }
        return -1;
    }

    /** An early-exit inner loop per row; only the outer loop could be vectorised (whole). */
    @Jit
    static long firstNegativeRows(double[][] m) {
        long sum = 0;
        for (int r = 0; r < m.length; r++) {
            double[] row = m[r];
            int j = 0;
            while (j < row.length && row[j] >= 0) j++;
            sum = sum * 31 + j;
        }
        return sum;
    }
}
