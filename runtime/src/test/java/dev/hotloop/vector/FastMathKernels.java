package dev.hotloop.vector;

import dev.hotloop.annotations.Jit;

/**
 * {@code fastmath = true}: sums may be reassociated (vector accumulators) and FMA-contracted, and
 * exp/log/sin/tanh may come from the Vector API. Compared with plain Java within the tolerances
 * of {@link Tolerance}; {@link #strictExp} is the same loop without fastmath and must keep the bits.
 */
final class FastMathKernels {
    private FastMathKernels() {}

    @Jit(fastmath = true)
    static double fastSum(double[] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    @Jit(fastmath = true)
    static double fastDot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    @Jit(fastmath = true)
    static float fastFloatSum(float[] a) {
        float s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    @Jit(fastmath = true)
    static void fastExp(double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) out[i] = Math.exp(x[i]);
    }

    @Jit(fastmath = true)
    static void fastLog(double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) out[i] = Math.log(x[i]);
    }

    @Jit(fastmath = true)
    static void fastSin(double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) out[i] = Math.sin(x[i]);
    }

    @Jit(fastmath = true)
    static void fastTanh(double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) out[i] = Math.tanh(x[i]);
    }

    /** tanh in double, stored as float. */
    @Jit(fastmath = true)
    static void fastTanhFloat(float[] x, float[] out) {
        for (int i = 0; i < x.length; i++) out[i] = (float) Math.tanh(x[i]);
    }

    /** Without fastmath Math.exp has no exact vector form: scalar, and the bits of Math.exp. */
    @Jit
    static void strictExp(double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) out[i] = Math.exp(x[i]);
    }
}
