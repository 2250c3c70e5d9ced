package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * Kernels that call helpers of their own class (recursive, mutually recursive, a helper calling a
 * helper, overloads told apart by descriptor, helpers that write arrays or return new ones) and
 * read static final fields: compile-time constants, computed primitives, and primitive arrays.
 */
final class HelperKernels {
    private HelperKernels() {}

    static final int SIZE_BIAS = 3;                                   // inlined by javac
    static final double SCALE = Math.sqrt(2.0);                       // a real getstatic
    static final long SALT = Long.reverse(0x1234_5678L);             // a real getstatic
    static final int[] TABLE = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3};
    static final double[] WEIGHTS = {0.5, -0.25, 0.125, Double.NaN, -0.0};
    static final double[][] GRID = {{1, 2, 3}, {4, 5}, {6}};

    @Jit
    static long fibKernel(int n) {
        return fib(n) + SIZE_BIAS;
    }

    private static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    @Jit
    static int parity(int n) {
        return isEven(n) ? 1 : isOdd(n) ? 2 : 3;
    }

    private static boolean isEven(int n) {
        return n == 0 || n > 0 && isOdd(n - 1);
    }

    private static boolean isOdd(int n) {
        return n != 0 && n > 0 && isEven(n - 1);
    }

    @Jit
    static double normalize(double[] a) {
        double n = norm(a);
        for (int i = 0; i < a.length; i++) a[i] = a[i] / n;
        return n;
    }

    private static double norm(double[] a) {
        double s = 0;
        for (double v : a) s += sq(v);
        return Math.sqrt(s);
    }

    private static double sq(double x) {
        return x * x;
    }

    @Jit
    static double overloads(int x, double y) {
        return h(x) + h(y) + h((long) x);
    }

    private static double h(int x) { return x * 2; }

    private static double h(double x) { return x * 3; }

    static double h(long x) { return x * 5.0; }

    @Jit
    static double[] helperArrays(double[] a, double[] b) {
        axpyInto(a, b, SCALE);
        return twice(b);
    }

    private static void axpyInto(double[] x, double[] y, double alpha) {
        for (int i = 0; i < x.length && i < y.length; i++) y[i] += alpha * x[i];
    }

    private static double[] twice(double[] x) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) r[i] = 2 * x[i];
        return r;
    }

    @Jit
    static long tableLookup(int[] idx) {
        long s = SALT;
        for (int i = 0; i < idx.length; i++) s += TABLE[idx[i] & 15] * (long) TABLE.length;
        return s;
    }

    @Jit
    static double weightsAndGrid(int i, int j) {
        double w = WEIGHTS[Math.floorMod(i, WEIGHTS.length)] * SCALE;
        return w + GRID[i][j] + GRID.length;
    }
}
