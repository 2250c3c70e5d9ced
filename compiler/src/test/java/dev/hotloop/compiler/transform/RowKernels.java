package dev.hotloop.compiler.transform;

/**
 * Kernels whose 2-D result {@link AllocateRowsInLoop} may build row by row, run through the whole
 * pipeline in {@link AllocateRowsInLoopTest} against plain Java.
 */
final class RowKernels {
    private RowKernels() {}

    /** go_fast's second half: every row filled from the input plus a constant. */
    static double[][] plus(double[][] a, int m, double t) {
        int n = a.length;
        double[][] r = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) r[i][j] = a[i][j] + t;
        }
        return r;
    }

    /** m as the first row's length (never negative: no check needed), the bound as r.length. */
    static double[][] plusShaped(double[][] a, double t) {
        int m = a.length == 0 ? 0 : a[0].length;
        double[][] r = new double[a.length][m];
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < m; j++) r[i][j] = a[i][j] + t;
        }
        return r;
    }

    /** Odd rows are skipped with continue: they must still be there, all zero. */
    static int[][] evenRows(int n, int m) {
        int[][] r = new int[n][m];
        for (int i = 0; i < n; i++) {
            if ((i & 1) == 1) continue;
            for (int j = 0; j < m; j++) r[i][j] = i * m + j;
        }
        return r;
    }

    /** Integer division by a zero of the input throws in the middle of the loop. */
    static long[][] quotients(int[][] a, int m) {
        long[][] r = new long[a.length][m];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < m; j++) r[i][j] = 1000L / a[i][j];
        }
        return r;
    }

    /** Small element types, the row read back through r[i] after it is written. */
    static byte[][] bytes(int n, int m) {
        byte[][] r = new byte[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) r[i][j] = (byte) (i * 31 + j);
            if (m > 0) r[i][0] += r[i][m - 1];
        }
        return r;
    }

    static float[][] floats(int n, int m) {
        float[][] r = new float[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) r[i][j] = i / (j + 1f);
        return r;
    }

    static boolean[][] flags(int n, int m) {
        boolean[][] r = new boolean[n][m];
        for (int i = 0; i < n; i++) for (int j = i % 3; j < m; j += 3) r[i][j] = true;
        return r;
    }

    static char[][] chars(int n, int m) {
        char[][] r = new char[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) r[i][j] = (char) ('a' + (i + j) % 26);
        return r;
    }

    static short[][] shorts(int n, int m) {
        short[][] r = new short[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) r[i][j] = (short) (i * 1000 - j);
        return r;
    }

    /** The rows are summed after the loop: every row exists then. */
    static double rowsThenSum(int n, int m) {
        double[][] r = new double[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) r[i][j] = i + 0.5 * j;
        double s = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) s += r[i][j];
        return s;
    }

    /** Read before the loop: left alone. */
    static double[][] readFirst(int n, int m) {
        double[][] r = new double[n][m];
        double first = n > 0 && m > 0 ? r[0][0] : -1;
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) r[i][j] = first + j;
        return r;
    }

    /** A break leaves later rows unwritten but allocated: left alone. */
    static double[][] stopAt(int n, int m, int stop) {
        double[][] r = new double[n][m];
        for (int i = 0; i < n; i++) {
            if (i == stop) break;
            for (int j = 0; j < m; j++) r[i][j] = i;
        }
        return r;
    }

    /** The loop over rows runs again for each k: left alone, or the second pass would lose the first. */
    static int[][] twice(int n, int m) {
        int[][] r = new int[n][m];
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) r[i][j] += k + 1;
        }
        return r;
    }

    /** A 3-D array: left alone. */
    static double[][][] cube(int n, int m) {
        double[][][] r = new double[n][m][2];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) r[i][j][1] = i + j;
        return r;
    }

    /** Rows written by another index (a transpose): left alone. */
    static double[][] transposed(double[][] a, int m) {
        double[][] r = new double[m][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < m; j++) r[j][i] = a[i][j];
        return r;
    }

    /** A new array each time round a loop with a plain bound: split. */
    static double sumsPerStep(double[][] a, int m, int steps) {
        double s = 0;
        for (int t = 0; t < steps; t++) {
            double[][] r = new double[a.length][m];
            for (int i = 0; i < a.length; i++) for (int j = 0; j < m; j++) r[i][j] = a[i][j] + t;
            for (int i = 0; i < a.length; i++) for (int j = 0; j < m; j++) s += r[i][j];
        }
        return s;
    }

    /** The same, round a loop that re-reads its bound from a row: left alone, so that it stays counted. */
    static double sumsPerRowStep(double[][] a, int m) {
        double s = 0;
        for (int t = 0; t < a[0].length; t++) {
            double[][] r = new double[a.length][m];
            for (int i = 0; i < a.length; i++) for (int j = 0; j < m; j++) r[i][j] = a[i][j] + t;
            for (int i = 0; i < a.length; i++) for (int j = 0; j < m; j++) s += r[i][j];
        }
        return s;
    }
}
