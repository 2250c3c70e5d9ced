package dev.hotloop.vector;

import dev.hotloop.annotations.Jit;

/**
 * Math calls with exact vector forms, and bodies with if/else and ternaries that a vectoriser
 * turns into masks and blends (if-conversion): conditional stores become masked stores, and
 * conditional sums masked adds. NaN and signed zeros in the data check that Math.min/max and
 * the comparisons keep Java's answers.
 */
final class PredicatedKernels {
    private PredicatedKernels() {}

    @Jit
    static void absMinMax(double[] a, double[] b, double[] out) {
        for (int i = 0; i < out.length; i++) out[i] = Math.max(Math.abs(a[i]), Math.min(a[i], b[i]));
    }

    /** Math.abs(Integer.MIN_VALUE) stays negative. */
    @Jit
    static void intAbsMinMax(int[] a, int[] b, int[] out) {
        for (int i = 0; i < out.length; i++) out[i] = Math.max(Math.abs(a[i]), Math.min(a[i], b[i]));
    }

    @Jit
    static void sqrtFma(double[] a, double[] b, double[] out) {
        for (int i = 0; i < out.length; i++) out[i] = Math.fma(a[i], b[i], Math.sqrt(Math.abs(a[i])));
    }

    /** Nested ternaries; NaN is neither below lo nor above hi, so it passes through. */
    @Jit
    static void clamp(float[] a, float lo, float hi, float[] out) {
        for (int i = 0; i < a.length; i++) out[i] = a[i] < lo ? lo : (a[i] > hi ? hi : a[i]);
    }

    @Jit
    static void collatzStep(int[] a, int[] out) {
        for (int i = 0; i < a.length; i++) out[i] = (a[i] & 1) == 0 ? a[i] >> 1 : 3 * a[i] + 1;
    }

    /** A store under a condition: y keeps its old value where x is not positive. */
    @Jit
    static void keepPositive(double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) y[i] = x[i];
        }
    }

    @Jit
    static int sumAbove(int[] a, int limit) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > limit) s += a[i];
        }
        return s;
    }

    /** A diamond: both branches store, to the same element. */
    @Jit
    static void sqrtOrNegate(double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= 0) out[i] = Math.sqrt(x[i]);
            else out[i] = -x[i];
        }
    }

    /** A load under a condition: b is not touched where a is not positive (it may be null or short then). */
    @Jit
    static int sumWhere(int[] a, int[] b) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > 0) s += b[i];
        }
        return s;
    }

    /** b is read only below its length: a vector load must not run past it. */
    @Jit
    static long guardedLoad(int[] a, int[] b) {
        long s = 0;
        for (int i = 0; i < a.length; i++) s += i < b.length ? b[i] : a[i];
        return s;
    }
}
