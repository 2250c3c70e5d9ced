package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * Arrays: allocation ({@code new double[n][m]}, {@code new double[n][]} filled row by row),
 * loads, stores, length, enhanced for, jagged rows, arrays (and rows of arguments) returned,
 * and loops whose arrays may alias: a loop-carried dependence only appears when {@code a == b}.
 */
final class ArrayKernels {
    private ArrayKernels() {}

    @Jit
    static double[][] alloc2D(int n, int m) {
        double[][] g = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) g[i][j] = i * m + j + 0.5;
        }
        return g;
    }

    @Jit
    static double[][] triangleRows(int n) {
        double[][] t = new double[n][];
        for (int i = 0; i < n; i++) {
            t[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) t[i][j] = j == 0 || j == i ? 1 : t[i - 1][j - 1] + t[i - 1][j];
        }
        return t;
    }

    @Jit
    static double jaggedSum(double[][] m) {
        double s = 0;
        int cells = 0;
        for (double[] row : m) {
            for (double v : row) s += v;
            cells += row.length;
        }
        return s + cells + m.length;
    }

    @Jit
    static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) t[j][i] = m[i][j];
        }
        return t;
    }

    @Jit
    static double[][] matmul(double[][] a, double[][] b) {
        int n = a.length, k = b.length, m = k == 0 ? 0 : b[0].length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                double aip = a[i][p];
                for (int j = 0; j < m; j++) c[i][j] += aip * b[p][j];
            }
        }
        return c;
    }

    @Jit
    static void rowSums(double[][] m, double[] out) {
        for (int i = 0; i < m.length; i++) {
            double s = 0;
            for (int j = 0; j < m[i].length; j++) s += m[i][j];
            out[i] = s;
        }
    }

    @Jit
    static long enhancedForInts(int[] a) {
        long s = 0;
        for (int x : a) s = s * 31 + x;
        return s;
    }

    @Jit
    static double[] reverseInPlace(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    @Jit
    static void prefixSum(double[] a, double[] out) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
            out[i] = s;
        }
    }

    @Jit
    static void copyShifted(double[] a, double[] b) {
        for (int i = 0; i + 1 < a.length && i + 1 < b.length; i++) b[i + 1] = a[i] * 2 + 1;
    }

    @Jit
    static void saxpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) y[i] += a * x[i];
    }

    @Jit
    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    @Jit
    static float floatSum(float[] a) {
        float s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    @Jit
    static long[] longMulAdd(long[] a, long[] b) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] * b[i] + (a[i] >>> 3);
        return out;
    }

    @Jit
    static double load(double[] a, int i) {
        return a[i] * 2;
    }

    @Jit
    static void store(int[] a, int i, int v) {
        a[i] = v;
        a[0] += 1;
    }

    @Jit
    static void stencil(double[][] in, double[][] out) {
        for (int i = 1; i + 1 < in.length; i++) {
            for (int j = 1; j + 1 < in[i].length; j++) {
                out[i][j] = 0.25 * (in[i - 1][j] + in[i + 1][j] + in[i][j - 1] + in[i][j + 1]);
            }
        }
    }

    @Jit
    static long allTypes(int n) {
        byte[] b = new byte[n];
        short[] s = new short[n];
        char[] c = new char[n];
        boolean[] z = new boolean[n];
        float[] f = new float[n];
        long[] l = new long[n];
        int[][] g = new int[2][n];
        long acc = 0;
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 37);
            s[i] = (short) (i * 4099);
            c[i] = (char) (i * 7919);
            z[i] = i % 3 == 0;
            f[i] = i / 3.0f;
            l[i] = (long) i << 40;
            g[i & 1][i] = i;
            acc += b[i] + s[i] + c[i] + (z[i] ? 1 : 0) + (long) f[i] + l[i] + g[0][i] + g[1][i];
        }
        return acc + b.length + g.length + g[1].length;
    }

    @Jit
    static int shapeOf(int[][] m) {
        int s = m.length;
        for (int i = 0; i < m.length; i++) s = s * 31 + m[i].length;
        return s;
    }

    @Jit
    static int[][] timesTable(int n) {
        int[][] t = new int[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) t[i][j] = (i + 1) * (j + 1);
        return t;
    }

    @Jit
    static double[] scaleRow(double[][] m, int r) {
        double[] row = m[r];
        for (int j = 0; j < row.length; j++) row[j] *= 2;
        return row;
    }

    @Jit
    static double[] concat(double[] a, double[] b) {
        double[] c = new double[a.length + b.length];
        for (int i = 0; i < a.length; i++) c[i] = a[i];
        for (int i = 0; i < b.length; i++) c[a.length + i] = b[i];
        return c;
    }
}
