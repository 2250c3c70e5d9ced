package dev.hotloop.vector;

import dev.hotloop.annotations.Jit;

/**
 * Reductions. Integer ones are exact in any order (two's complement wraps the same way), so they
 * vectorise always; floating-point sums without fastmath must keep Java's order, so they stay
 * scalar and give the same bits.
 */
final class ReductionKernels {
    private ReductionKernels() {}

    @Jit
    static int intSum(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    @Jit
    static long longProduct(long[] a) {
        long p = 1;
        for (int i = 0; i < a.length; i++) p *= a[i] | 1;
        return p;
    }

    @Jit
    static long intMinMax(int[] a) {
        int mn = Integer.MAX_VALUE, mx = Integer.MIN_VALUE;
        for (int i = 0; i < a.length; i++) {
            mn = Math.min(mn, a[i]);
            mx = Math.max(mx, a[i]);
        }
        return (long) mx << 32 ^ (mn & 0xFFFF_FFFFL);
    }

    @Jit
    static int bitReductions(int[] a) {
        int and = -1, or = 0, xor = 0;
        for (int i = 0; i < a.length; i++) {
            and &= a[i];
            or |= a[i];
            xor ^= a[i];
        }
        return and * 31 + or * 7 + xor;
    }

    /** A counter under a condition: NaN is not positive. */
    @Jit
    static int countPositive(double[] a) {
        int n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] > 0) n++;
        return n;
    }

    @Jit
    static int countEquals(int[] a, int v) {
        int n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == v) n++;
        return n;
    }

    @Jit
    static int byteSum(byte[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    @Jit
    static int shortMax(short[] a) {
        int m = Short.MIN_VALUE;
        for (int i = 0; i < a.length; i++) m = Math.max(m, a[i]);
        return m;
    }

    /** Not fastmath: the order of the additions is Java's, so the loop must stay scalar. */
    @Jit
    static double strictDoubleSum(double[] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    @Jit
    static float strictFloatDot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** Math.max is exact in any order (NaN wins, +0.0 beats -0.0), so a vectoriser may take it or not. */
    @Jit
    static double strictDoubleMax(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.length; i++) m = Math.max(m, a[i]);
        return m;
    }
}
