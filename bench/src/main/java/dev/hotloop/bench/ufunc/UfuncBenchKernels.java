package dev.hotloop.bench.ufunc;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Vectorize;

/**
 * The kernels of {@link UfuncBench}: one element-wise function as a {@code @Vectorize} ufunc and as
 * a {@code @Jit} loop, and a sum as a fastmath ufunc reduce and as a fastmath {@code @Jit} loop.
 */
public final class UfuncBenchKernels {
    private UfuncBenchKernels() {}

    /** A ternary: C2 does not vectorise a plain Java loop calling it. */
    @Vectorize
    public static double relDiff(double x, double y) {
        double d = Math.abs(x) + Math.abs(y);
        return d == 0 ? 0 : (x - y) / d;
    }

    /** The same operation as a {@code @Jit} loop. */
    @Jit
    public static void relDiffLoop(double[] x, double[] y, double[] out) {
        for (int i = 0; i < out.length; i++) {
            double d = Math.abs(x[i]) + Math.abs(y[i]);
            out[i] = d == 0 ? 0 : (x[i] - y[i]) / d;
        }
    }

    @Vectorize(fastmath = true, identity = "0")
    public static double add(double x, double y) {
        return x + y;
    }

    @Jit(fastmath = true)
    public static double sum(double[] x) {
        double s = 0;
        for (int i = 0; i < x.length; i++) s += x[i];
        return s;
    }
}
