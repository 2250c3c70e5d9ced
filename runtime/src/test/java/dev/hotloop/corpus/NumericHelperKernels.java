package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * The static numeric helpers of {@code Integer}, {@code Long}, {@code Float} and {@code Double}:
 * bit counts and rotations, unsigned arithmetic, three-way compares, NaN tests and the raw and
 * canonical bit views of floating-point values.
 */
final class NumericHelperKernels {
    private NumericHelperKernels() {}

    @Jit
    static int[] intHelpers(int a, int b) {
        return new int[] {Integer.bitCount(a), Integer.numberOfLeadingZeros(a), Integer.numberOfTrailingZeros(a),
            Integer.rotateLeft(a, b), Integer.rotateRight(a, b), Integer.reverse(a), Integer.reverseBytes(a),
            Integer.highestOneBit(a), Integer.lowestOneBit(a), Integer.signum(a), Integer.compare(a, b),
            Integer.compareUnsigned(a, b), Integer.max(a, b), Integer.sum(a, b), Integer.min(a, b)};
    }

    @Jit
    static int unsignedDiv(int a, int b) {
        return Integer.divideUnsigned(a, b) ^ Integer.remainderUnsigned(a, b) << 3;
    }

    @Jit
    static long[] longHelpers(long a, int b) {
        return new long[] {Long.bitCount(a), Long.numberOfLeadingZeros(a), Long.numberOfTrailingZeros(a),
            Long.rotateLeft(a, b), Long.rotateRight(a, b), Long.reverse(a), Long.reverseBytes(a),
            Long.highestOneBit(a), Long.lowestOneBit(a), Long.signum(a), Long.compare(a, b),
            Long.compareUnsigned(a, b), Integer.toUnsignedLong((int) a), Long.max(a, b), Long.sum(a, b)};
    }

    @Jit
    static long[] unsignedLongs(long a, long b) {
        return new long[] {Long.divideUnsigned(a, b), Long.remainderUnsigned(a, b), Long.compareUnsigned(b, a),
            Integer.toUnsignedLong((int) b) * 3};
    }

    @Jit
    static int[] floatHelpers(float f) {
        return new int[] {Float.floatToRawIntBits(f), Float.floatToIntBits(f), Float.isNaN(f) ? 1 : 0,
            Float.isInfinite(f) ? 1 : 0, Float.isFinite(f) ? 1 : 0, Float.compare(f, 0.0f), Float.compare(-0.0f, f),
            Float.floatToRawIntBits(Float.intBitsToFloat(Float.floatToRawIntBits(f) ^ 0x8000_0000)),
            Float.floatToRawIntBits(Float.max(f, -0.0f)), Float.floatToRawIntBits(Float.sum(f, 1.0f)),
            Float.floatToIntBits(Float.min(f, Float.NaN))};
    }

    @Jit
    static long[] doubleHelpers(double d) {
        long bits = Double.doubleToRawLongBits(d);
        return new long[] {bits, Double.doubleToLongBits(d), Double.isNaN(d) ? 1 : 0, Double.isInfinite(d) ? 1 : 0,
            Double.isFinite(d) ? 1 : 0, Double.compare(d, -0.0), Double.compare(0.0, d),
            Double.doubleToRawLongBits(Double.longBitsToDouble(bits ^ Long.MIN_VALUE)),
            Double.doubleToRawLongBits(Double.min(d, 0.0)), Double.doubleToRawLongBits(Double.sum(d, d)),
            Math.getExponent(d)};
    }

    @Jit
    static int popcountArray(long[] a, int[] out) {
        int total = 0;
        for (int i = 0; i < a.length; i++) {
            out[i] = Long.bitCount(a[i]) + Long.numberOfTrailingZeros(a[i]) + Integer.bitCount((int) a[i]);
            total += out[i];
        }
        return total;
    }

    @Jit
    static int countNaN(float[] a, double[] b) {
        int c = 0;
        for (int i = 0; i < a.length; i++) if (Float.isNaN(a[i])) c++;
        for (int i = 0; i < b.length; i++) if (Double.isNaN(b[i]) || Double.compare(b[i], 0.0) == 0) c += 2;
        return c;
    }
}
