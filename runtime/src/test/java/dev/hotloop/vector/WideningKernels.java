package dev.hotloop.vector;

import dev.hotloop.annotations.Jit;

/**
 * Loops that read one element width and compute or store in another: the vector code needs the
 * Vector API's conversions (lane counts differ between the species of the two widths).
 */
final class WideningKernels {
    private WideningKernels() {}

    /** float[] in, double math, double[] out. */
    @Jit
    static void floatToDouble(float[] x, double[] out) {
        for (int i = 0; i < x.length; i++) out[i] = x[i] * 0.1 + 1.0;
    }

    /** int[] summed into a long: the sum must not wrap at 32 bits. */
    @Jit
    static long intToLongSum(int[] a) {
        long s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    @Jit
    static void bytesToInts(byte[] a, int[] out) {
        for (int i = 0; i < a.length; i++) out[i] = a[i] * 3 + 1;
    }

    @Jit
    static void doubleToFloat(double[] x, float[] out) {
        for (int i = 0; i < x.length; i++) out[i] = (float) (x[i] * 2.0);
    }

    @Jit
    static void intToDouble(int[] a, double[] out) {
        for (int i = 0; i < a.length; i++) out[i] = a[i] * 0.5;
    }

    /** chars widen without sign extension. */
    @Jit
    static void charToInt(char[] c, int[] out) {
        for (int i = 0; i < c.length; i++) out[i] = c[i] - 'a';
    }

    @Jit
    static void longToInt(long[] a, int[] out) {
        for (int i = 0; i < a.length; i++) out[i] = (int) (a[i] >> 3);
    }
}
