package dev.hotloop.parallel;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/**
 * Parallel loops that fill a new 2-D array row by row: the compiler allocates each row inside the
 * loop ({@code AllocateRowsInLoop}), so these must still equal plain Java on every shape, with
 * the same exceptions at the same moments.
 */
final class RowKernels {
    private RowKernels() {}

    /** Numba's go_fast, as in the benchmark: a trace, then every element plus the trace. */
    @Jit(parallel = true)
    static double[][] goFast(double[][] a) {
        double trace = 0.0;
        for (@Parallel int i = 0; i < a.length; i++) trace += Math.tanh(a[i][i]);
        int n = a.length;
        int m = n == 0 ? 0 : a[0].length;
        double[][] r = new double[n][m];
        for (@Parallel int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) r[i][j] = a[i][j] + trace;
        }
        return r;
    }

    /** m given by the caller: negative m must throw before the loop, with plain Java's message. */
    @Jit(parallel = true)
    static double[][] plus(double[][] a, int m, double t) {
        double[][] r = new double[a.length][m];
        for (@Parallel int i = 0; i < a.length; i++) {
            for (int j = 0; j < m; j++) r[i][j] = a[i][j] + t;
        }
        return r;
    }

    /** Rows of multiples of 3 are skipped with continue: they must still be there, all zero. */
    @Jit(parallel = true)
    static int[][] skipThirds(int n, int m) {
        int[][] r = new int[n][m];
        for (@Parallel int i = 0; i < n; i++) {
            if (i % 3 == 0) continue;
            for (int j = 0; j < m; j++) r[i][j] = i * m + j;
        }
        return r;
    }

    /** A zero in the input throws in the middle of the loop: the caller sees plain Java's exception. */
    @Jit(parallel = true)
    static long[][] quotients(int[][] a, int m) {
        long[][] r = new long[a.length][m];
        for (@Parallel int i = 0; i < a.length; i++) {
            for (int j = 0; j < m; j++) r[i][j] = 1000L / a[i][j];
        }
        return r;
    }

    /** float rows, read back through r[i] after they are written. */
    @Jit(parallel = true)
    static float[][] floatRows(int n, int m) {
        float[][] r = new float[n][m];
        for (@Parallel int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) r[i][j] = i / (j + 1f);
            if (m > 1) r[i][0] += r[i][m - 1];
        }
        return r;
    }
}
