package dev.hotloop.parallel;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/** Floating-point conditional minima and maxima as people write them, for {@link FloatMinMaxTest}. */
final class FloatMinMaxKernels {
    private FloatMinMaxKernels() {}

    /** All four comparisons, as ifs and as ternaries, with the running value on either side. */
    @Jit(parallel = true)
    static void doubles(double[] a, double[] out) {
        double lt = Double.POSITIVE_INFINITY, le = Double.POSITIVE_INFINITY;
        double gt = Double.NEGATIVE_INFINITY, ge = -1e300;
        for (@Parallel int i = 0; i < a.length; i++) {
            double x = a[i];
            if (x < lt) lt = x;
            le = x <= le ? x : le;
            if (gt < x) gt = x;
            ge = ge <= x ? x : ge;
        }
        out[0] = lt;
        out[1] = le;
        out[2] = gt;
        out[3] = ge;
    }

    @Jit(parallel = true)
    static void floats(float[] a, float[] out) {
        float lo = out[0], hi = out[1];
        for (@Parallel int i = 0; i < a.length; i++) {
            if (a[i] <= lo) lo = a[i];
            if (a[i] > hi) hi = a[i];
        }
        out[0] = lo;
        out[1] = hi;
    }

    /** Takes x when the test is false, so a NaN replaces m: no order of chunks can reproduce that. */
    @Jit(parallel = true)
    static double nanTaking(double[] a) {
        double m = 0;
        for (@Parallel int i = 0; i < a.length; i++) {
            double x = a[i];
            m = m < x ? m : x;
        }
        return m;
    }
}
