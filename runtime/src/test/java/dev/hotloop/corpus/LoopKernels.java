package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * Loops a vectoriser could get wrong: bounds past the array (the exception must come at the same
 * element), reversed and offset accesses that overlap when arrays alias, conditional stores,
 * integer reductions that overflow, mixed-precision accumulation, and NaN-sensitive reductions.
 */
final class LoopKernels {
    private LoopKernels() {}

    @Jit
    static void fillUpTo(double[] a, int n) {
        for (int i = 0; i < n; i++) a[i] = i * 0.5;
    }

    @Jit
    static void reverseCopy(double[] a, double[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) b[i] = a[n - 1 - i] + 1;
    }

    @Jit
    static void shiftLeft(float[] a, float[] b) {
        for (int i = 1; i < a.length && i < b.length; i++) b[i - 1] = a[i] * 3;
    }

    @Jit
    static int conditionalStore(int[] a, int[] out, int t) {
        int stored = 0;
        for (int i = 0; i < a.length && i < out.length; i++) {
            if (a[i] > t) {
                out[i] = a[i] - t;
                stored++;
            }
        }
        return stored;
    }

    @Jit
    static long intReductions(int[] a) {
        int sum = 0, prod = 1, xor = 0, and = -1;
        for (int i = 0; i < a.length; i++) {
            sum += a[i];
            prod *= a[i] | 1;
            xor ^= a[i];
            and &= a[i];
        }
        return (long) sum * 31 + prod ^ (long) xor << 32 ^ and;
    }

    @Jit
    static double mixedPrecision(float[] a, double[] b) {
        float fs = 0;
        double ds = 0;
        for (int i = 0; i < a.length && i < b.length; i++) {
            fs += a[i] * (float) b[i];
            ds += a[i] * b[i];
        }
        return fs + ds;
    }

    @Jit
    static double[] nanReductions(double[] a) {
        double mn = Double.POSITIVE_INFINITY, mx = Double.NEGATIVE_INFINITY, prod = 1;
        for (int i = 0; i < a.length; i++) {
            mn = Math.min(mn, a[i]);
            mx = Math.max(mx, a[i]);
            prod *= a[i] == 0 ? 1 : a[i] / 8;
        }
        return new double[] {mn, mx, prod};
    }

    @Jit
    static void gatherScatter(int[] idx, double[] src, double[] dst) {
        for (int i = 0; i < idx.length; i++) {
            int j = Math.floorMod(idx[i], dst.length);
            dst[j] += src[i];
        }
    }

    @Jit
    static long longTrip(long[] a, int step) {
        long s = 0;
        int k = Math.max(1, step & 7);
        for (int i = a.length - 1; i >= 0; i -= k) s = s * 3 + a[i];
        return s;
    }

    @Jit
    static void byteSaturate(byte[] a, byte[] b, byte[] out) {
        for (int i = 0; i < a.length; i++) {
            int v = a[i] + b[i];
            out[i] = (byte) (v > 127 ? 127 : v < -128 ? -128 : v);
        }
    }
}
