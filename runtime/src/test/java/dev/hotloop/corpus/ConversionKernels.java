package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * Conversions: saturating d2i/d2l/f2i/f2l (NaN to 0, out of range to the extremes), the
 * rounding of l2f, l2d and i2f, and the narrowing i2b, i2c, i2s, also behind a d2i.
 */
final class ConversionKernels {
    private ConversionKernels() {}

    @Jit
    static long[] fromDouble(double d) {
        return new long[] {(int) d, (long) d, (char) d, (short) d, (byte) d, Float.floatToRawIntBits((float) d)};
    }

    @Jit
    static long[] fromFloat(float f) {
        return new long[] {(int) f, (long) f, (char) f, (short) f, (byte) f, Double.doubleToRawLongBits(f)};
    }

    @Jit
    static double[] fromLong(long l) {
        return new double[] {(float) l, (double) l, (int) l, (short) l, (char) l, (float) (l >>> 1)};
    }

    @Jit
    static int[] fromInt(int i) {
        return new int[] {(byte) i, (short) i, (char) i, (int) (float) i, (int) (double) i,
            Float.floatToRawIntBits(i), (int) (long) i, (byte) (char) i};
    }

    @Jit
    static int[] narrowArray(double[] a) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) out[i] = (int) (a[i] * 1e9);
        return out;
    }

    @Jit
    static void widenArrays(int[] a, long[] b, float[] fa, double[] da) {
        int n = Math.min(Math.min(a.length, b.length), Math.min(fa.length, da.length));
        for (int i = 0; i < n; i++) {
            fa[i] = a[i] + (float) b[i];
            da[i] = b[i] * 0.25 + a[i];
            b[i] = (long) (fa[i] * 3.0f);
        }
    }

    @Jit
    static double bytesToDoubles(byte[] b, double[] out) {
        double s = 0;
        for (int i = 0; i < b.length; i++) {
            out[i] = (b[i] & 0xFF) / 255.0;
            s += (char) b[i];
        }
        return s;
    }

    @Jit
    static float[] toFloats(long[] a) {
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i];
        return out;
    }
}
