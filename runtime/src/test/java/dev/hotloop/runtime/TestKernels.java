package dev.hotloop.runtime;

import dev.hotloop.annotations.Jit;

/** Kernels for the runtime tests; the fake compiler's classes call them. */
final class TestKernels {
    private TestKernels() {}

    static long add(long a, long b) { return a + b; }

    static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return s;
    }

    static double matrixSum(double[][] m) {
        double s = 0;
        for (double[] row : m) s += sum(row);
        return s;
    }

    static boolean any(boolean[] bs) {
        for (boolean b : bs) if (b) return true;
        return false;
    }

    static int at(int[] xs, int i) { return xs[i]; }

    static void scale(double[] xs, double k) {
        for (int i = 0; i < xs.length; i++) xs[i] *= k;
    }

    /** Private: only a nestmate may call it. */
    private static int secret(int x) { return 3 * x; }

    static int callsSecret(int x) { return secret(x) + 1; }

    @Jit(fallback = true)
    static double fallbackSum(double[] xs) { return sum(xs); }

    @Jit(fallback = true)
    static void fallbackScale(double[] xs, double k) { scale(xs, k); }

    @Jit(fallback = true)
    static long fallbackAdd(long a, long b) { return a + b; }

    @Jit(signatures = {"long(int, int)", "long(long, long)"})
    static long eager(long a, long b) { return a - b; }

    /** Bad {@code @Jit(signatures)} are javac errors (annotation processor): tests give them to {@link Kernel} directly. */
    static long identity(long a) { return a; }

    @Jit(parallel = true, fastmath = true, cache = true)
    static double options(double x) { return x; }

    static int overloaded(int x) { return x; }

    static long overloaded(long x) { return x; }

    int instance(int x) { return x; }

    static String notAKernel(String s) { return s; }
}
