package dev.hotloop.bench;

import dev.hotloop.annotations.Jit;

/**
 * The kernels every benchmark runs three ways: as plain Java (call these methods
 * directly), interpreted (the same calls under {@code -Xint}), and compiled by Hotloop
 * (through the generated {@code BenchKernelsJit} facade or a {@code MethodHandle} from
 * {@code JitFunction.handle}).
 */
public final class BenchKernels {
    private BenchKernels() {}

    /** Numba's first example: four times the share of random points inside the unit circle. */
    @Jit
    public static double monteCarloPi(long nsamples) {
        long acc = 0;
        for (long i = 0; i < nsamples; i++) {
            double x = Math.random();
            double y = Math.random();
            if (x * x + y * y < 1.0) acc += 1;
        }
        return 4.0 * acc / nsamples;
    }

    /** A reduction: C2 keeps it scalar (the sum order is fixed), the Vector API need not. */
    @Jit
    public static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** STREAM's triad, {@code a = b + s*c}: element-wise, C2 auto-vectorises it. */
    @Jit
    public static void triad(double[] a, double[] b, double[] c, double s) {
        for (int i = 0; i < a.length; i++) {
            a[i] = b[i] + s * c[i];
        }
    }

    /** A ternary per element: a blend once vectorised. */
    @Jit
    public static void clampSelect(double[] out, double[] x, double lo) {
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i] < lo ? lo : x[i] * 2.0;
        }
    }

    /** The smallest kernel: what one call through each entry point costs. */
    @Jit
    public static int add1(int x) {
        return x + 1;
    }
}
