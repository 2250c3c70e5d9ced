package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * Comparisons: every relation on float and double with NaN (fcmpl vs fcmpg), signed zeros and
 * infinities, the negated forms ({@code !(a < b)} is not {@code a >= b} for NaN), long and int
 * compares, and NaN-sensitive min/max and blends in loops.
 */
final class CompareKernels {
    private CompareKernels() {}

    @Jit
    static int doubleCompares(double a, double b) {
        int m = 0;
        if (a < b) m |= 1;
        if (a <= b) m |= 2;
        if (a > b) m |= 4;
        if (a >= b) m |= 8;
        if (a == b) m |= 16;
        if (a != b) m |= 32;
        if (!(a < b)) m |= 64;
        if (!(a >= b)) m |= 128;
        m |= (a > b ? 1 : 0) << 8;
        m |= (a < 0.0 ? 1 : 0) << 9;
        return m;
    }

    @Jit
    static int floatCompares(float a, float b) {
        int m = 0;
        if (a < b) m |= 1;
        if (a <= b) m |= 2;
        if (a > b) m |= 4;
        if (a >= b) m |= 8;
        if (a == b) m |= 16;
        if (a != b) m |= 32;
        if (!(a <= b)) m |= 64;
        if (!(a > b)) m |= 128;
        m |= (a == 0.0f ? 1 : 0) << 8;
        return m;
    }

    @Jit
    static int integralCompares(long a, long b, int c, int d) {
        int m = 0;
        if (a < b) m |= 1;
        if (a >= b) m |= 2;
        if (a == b) m |= 4;
        if (c < d) m |= 8;
        if (c >= d) m |= 16;
        if (c != d) m |= 32;
        if (c < 0) m |= 64;
        if (a > 0) m |= 128;
        if ((a < b) == (c < d)) m |= 256;
        return m;
    }

    @Jit
    static int countSpecials(double[] a) {
        int nans = 0, zeros = 0, negZeros = 0, infs = 0;
        for (int i = 0; i < a.length; i++) {
            double x = a[i];
            if (x != x) nans++;
            if (x == 0.0) zeros++;
            if (x == 0.0 && 1.0 / x < 0) negZeros++;
            if (x == Double.POSITIVE_INFINITY || x == Double.NEGATIVE_INFINITY) infs++;
        }
        return nans | zeros << 8 | negZeros << 16 | infs << 24;
    }

    @Jit
    static double[] manualMinMax(double[] a) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, hi2 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < lo) lo = a[i];
            hi = a[i] > hi ? a[i] : hi;
            hi2 = hi2 >= a[i] ? hi2 : a[i];
        }
        return new double[] {lo, hi, hi2};
    }

    @Jit
    static void selectBlend(float[] a, float[] b, float[] out) {
        for (int i = 0; i < out.length; i++) out[i] = a[i] > b[i] ? a[i] : b[i] * 0.5f;
    }
}
