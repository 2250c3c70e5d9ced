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

    /**
     * Group soft-thresholding (the proximal step of a group lasso) of the pair {@code (x, y)},
     * giving its x part: {@code x * max(0, 1 - 0.5 / |(x, y)|)}. A ternary, a square root and a
     * division per element: bound by compute rather than by memory at 1M elements.
     */
    @Vectorize
    public static double shrink(double x, double y) {
        double r = Math.sqrt(x * x + y * y);
        return r > 0.5 ? x * (1 - 0.5 / r) : 0;
    }

    /** The same operation as a {@code @Jit} loop. */
    @Jit
    public static void shrinkLoop(double[] x, double[] y, double[] out) {
        for (int i = 0; i < out.length; i++) {
            double r = Math.sqrt(x[i] * x[i] + y[i] * y[i]);
            out[i] = r > 0.5 ? x[i] * (1 - 0.5 / r) : 0;
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
