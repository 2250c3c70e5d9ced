package dev.hotloop.vector;

import dev.hotloop.annotations.Jit;

/**
 * Element-wise loops over every primitive element type: the simplest inner loops a vectoriser
 * must take, at 128, 256 and 512 bits, with tails of every length. Exact arithmetic only, so
 * the vector code must give the bits of plain Java.
 */
final class ElementwiseKernels {
    private ElementwiseKernels() {}

    @Jit
    static void triad(double[] a, double[] b, double[] c, double s) {
        for (int i = 0; i < a.length; i++) a[i] = b[i] + s * c[i];
    }

    @Jit
    static void saxpy(float alpha, float[] x, float[] y) {
        for (int i = 0; i < y.length; i++) y[i] += alpha * x[i];
    }

    @Jit
    static void scale(double[] x, double[] out, double s) {
        for (int i = 0; i < x.length; i++) out[i] = x[i] * s;
    }

    @Jit
    static void addFloats(float[] a, float[] b, float[] out) {
        for (int i = 0; i < out.length; i++) out[i] = a[i] + b[i];
    }

    @Jit
    static void addInts(int[] a, int[] b, int[] out) {
        for (int i = 0; i < out.length; i++) out[i] = a[i] + b[i];
    }

    @Jit
    static void addLongs(long[] a, long[] b, long[] out) {
        for (int i = 0; i < out.length; i++) out[i] = a[i] + b[i];
    }

    /** Java adds bytes as ints and the cast wraps: the vector code must wrap the same way. */
    @Jit
    static void addBytes(byte[] a, byte[] b, byte[] out) {
        for (int i = 0; i < out.length; i++) out[i] = (byte) (a[i] + b[i]);
    }

    @Jit
    static void addShorts(short[] a, short[] b, short[] out) {
        for (int i = 0; i < out.length; i++) out[i] = (short) (a[i] + b[i]);
    }

    /** chars are unsigned: there is no CharVector, a vectoriser reads them as shorts. */
    @Jit
    static void addChars(char[] a, char[] b, char[] out) {
        for (int i = 0; i < out.length; i++) out[i] = (char) (a[i] + b[i]);
    }

    /** In place: the stored array is the loaded one at the same index. */
    @Jit
    static void doubleInPlace(double[] a) {
        for (int i = 0; i < a.length; i++) a[i] = a[i] * 2;
    }
}
