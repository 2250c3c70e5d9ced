package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * A {@code double[]} kernel called with arrays of other element types, and its twins written by
 * hand as plain Java doing what DESIGN.md promises: read each element converted to double, write
 * it back with a Java cast, in place (no copy, so a write is visible to a later read as the cast
 * value).
 * <pre>scaleInPlace(float[] a, 2.0)  ==  scaleInPlaceFloat(a, 2.0)</pre>
 */
final class VariantKernels {
    private VariantKernels() {}

    @Jit
    static double scaleInPlace(double[] a, double s) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double v = a[i];
            sum += v;
            a[i] = v * s + 0.5;
        }
        if (a.length > 1) a[0] += a[1];  // reads a value written above: sees the cast
        return sum;
    }

    static double scaleInPlaceFloat(float[] a, double s) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double v = a[i];
            sum += v;
            a[i] = (float) (v * s + 0.5);
        }
        if (a.length > 1) a[0] = (float) ((double) a[0] + (double) a[1]);
        return sum;
    }

    static double scaleInPlaceInt(int[] a, double s) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double v = a[i];
            sum += v;
            a[i] = (int) (v * s + 0.5);
        }
        if (a.length > 1) a[0] = (int) ((double) a[0] + (double) a[1]);
        return sum;
    }

    static double scaleInPlaceLong(long[] a, double s) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double v = a[i];
            sum += v;
            a[i] = (long) (v * s + 0.5);
        }
        if (a.length > 1) a[0] = (long) ((double) a[0] + (double) a[1]);
        return sum;
    }

    /** A kernel with two array parameters and a scalar one, for the mismatch messages. */
    @Jit
    static double mismatch(double[] xs, int count) {
        double s = 0;
        for (int i = 0; i < count && i < xs.length; i++) s += xs[i];
        return s;
    }
}
