package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/**
 * {@code @Parallel} loops under {@code @Jit(parallel = true)} whose result does not depend on how
 * the iterations are split: element-wise maps, independent rows, and reductions whose operator is
 * exactly associative (integer sum and xor wrap the same in any order; {@code Math.max} of doubles
 * picks the same value). DESIGN.md lets floating-point sums differ per chunk, so none are here.
 */
final class ParallelKernels {
    private ParallelKernels() {}

    @Jit(parallel = true)
    static void parallelMap(double[] a, double[] out, double s) {
        for (@Parallel int i = 0; i < a.length; i++) out[i] = Math.sqrt(Math.abs(a[i])) * s + a[i];
    }

    @Jit(parallel = true)
    static void parallelRows(double[][] m, double[] rowMax) {
        for (@Parallel int i = 0; i < m.length; i++) {
            double mx = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < m[i].length; j++) mx = Math.max(mx, m[i][j]);
            rowMax[i] = mx;
        }
    }

    @Jit(parallel = true)
    static long parallelIntSum(int[] a) {
        long sum = 0;
        int x = 0;
        for (@Parallel int i = 0; i < a.length; i++) {
            sum += a[i];
            x ^= a[i] * 0x9E3779B9;
        }
        return sum * 31 + x;
    }

    @Jit(parallel = true)
    static double parallelMax(double[] a) {
        double mx = Double.NEGATIVE_INFINITY;
        for (@Parallel int i = 0; i < a.length; i++) mx = Math.max(mx, a[i] * a[i]);
        return mx;
    }

    @Jit(parallel = true)
    static int[] parallelHistogramFree(int[] a, int bins) {
        int[] out = new int[a.length];
        int b = Math.max(1, bins & 15);
        for (@Parallel int i = 0; i < a.length; i++) out[i] = Math.floorMod(a[i], b);
        return out;
    }

    /** A new 2-D result filled row by row (each row is allocated in the loop when compiled). */
    @Jit(parallel = true)
    static double[][] parallelGrid(double[][] m, double s) {
        int n = m.length;
        int w = n == 0 ? 0 : m[0].length;
        double[][] r = new double[n][w];
        for (@Parallel int i = 0; i < n; i++) {
            for (int j = 0; j < w; j++) r[i][j] = m[i][j] * s + i;
        }
        return r;
    }

    /** Lengths from the caller (negative ones throw before the loop); odd rows skipped but still allocated. */
    @Jit(parallel = true)
    static int[][] parallelTable(int n, int m) {
        int[][] t = new int[n][m];
        for (@Parallel int i = 0; i < n; i++) {
            if ((i & 1) == 1) continue;
            for (int j = 0; j < m; j++) t[i][j] = i * 31 ^ j;
        }
        return t;
    }
}
