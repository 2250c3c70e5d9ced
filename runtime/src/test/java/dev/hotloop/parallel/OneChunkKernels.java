package dev.hotloop.parallel;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/**
 * Parallel loops with none, one and two reductions, for {@link OneChunkTest}: at or below their
 * grain they run as one chunk, called straight from the kernel.
 */
final class OneChunkKernels {
    private OneChunkKernels() {}

    /** No reduction. A zero in {@code b} throws {@code ArithmeticException} after the writes before it. */
    @Jit(parallel = true)
    static void divide(int[] a, int[] b, int[] out) {
        for (@Parallel int i = 0; i < a.length; i++) out[i] = a[i] / b[i];
    }

    /** One floating-point sum from a non-zero start (grain 65536, like {@code ParallelKernels.sum}). */
    @Jit(parallel = true)
    static double sumFrom(double[] a, double s0) {
        double s = s0;
        for (@Parallel int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    /** One {@code short} sum: the partial is truncated, so must the combination be. */
    @Jit(parallel = true)
    static short shortSum(short[] a, short s0) {
        short s = s0;
        for (@Parallel int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    /** Two reductions of other operators and types: a float product and an int maximum. */
    @Jit(parallel = true)
    static double productAndMax(float[] f, int[] a) {
        float p = 1.5f;
        int m = Integer.MIN_VALUE;
        for (@Parallel int i = 0; i < a.length; i++) {
            p *= f[i];
            m = Math.max(m, a[i]);
        }
        return p + (double) m;
    }

    /** Two more: a long xor and a first-minimum ({@code <}) of doubles, gathered through {@code idx}. */
    @Jit(parallel = true)
    static double xorAndFirstMin(long[] bits, double[] a, int[] idx) {
        long x = 0x5555L;
        double lo = Double.POSITIVE_INFINITY;
        for (@Parallel int i = 0; i < idx.length; i++) {
            x ^= bits[i];
            double v = a[idx[i]];
            if (v < lo) lo = v;
        }
        return lo + (double) x;
    }

    /** A heavy body (an inner loop): grain 1, so only a loop of one row is one chunk. */
    @Jit(parallel = true)
    static double rowTotal(double[][] rows, double t0) {
        double t = t0;
        for (@Parallel int i = 0; i < rows.length; i++) {
            double r = 0;
            for (int j = 0; j < rows[i].length; j++) r += rows[i][j];
            t += r;
        }
        return t;
    }
}
