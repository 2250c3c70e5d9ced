package dev.hotloop.vector;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Vectorised loops that {@code StripMineVectorLoops} runs in block methods, for
 * {@link StripMineTest}: reductions (one and several), stores that fail part-way, random draws,
 * nests vectorised whole (a lane per outer iteration) and loops inside parallel chunks.
 */
final class StripKernels {
    private StripKernels() {}

    @Jit
    static int intSum(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    @Jit(fastmath = true)
    static double fastSum(double[] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    /** Two reductions: the blocks carry them through one-element arrays. */
    @Jit
    static long minMax(int[] a) {
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (int i = 0; i < a.length; i++) {
            lo = Math.min(lo, a[i]);
            hi = Math.max(hi, a[i]);
        }
        return (long) lo << 32 | (hi & 0xffffffffL);
    }

    @Jit
    static double doubleMax(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.length; i++) m = Math.max(m, a[i]);
        return m;
    }

    /** Stores up to {@code n}: past {@code y}'s end it throws at the element plain Java throws at. */
    @Jit
    static void triad(double[] x, double[] y, double a, int n) {
        for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i];
    }

    /** A loop starting at {@code from} with step 1 and the induction variable read after it. */
    @Jit
    static int scaleFrom(float[] x, float k, int from) {
        int i = from;
        for (; i < x.length; i++) x[i] = x[i] * k;
        return i;
    }

    /** Points inside the quarter circle: the draws run as vector draws in each block. */
    @Jit
    static int piHits(int n) {
        int hits = 0;
        for (int i = 0; i < n; i++) {
            double x = Math.random(), y = Math.random();
            if (x * x + y * y <= 1.0) hits++;
        }
        return hits;
    }

    /** The same over a long loop variable (Numba's monte_carlo_pi): the block tests that variable itself. */
    @Jit
    static int piHitsLong(long n) {
        int hits = 0;
        for (long i = 0; i < n; i++) {
            double x = Math.random(), y = Math.random();
            if (x * x + y * y <= 1.0) hits++;
        }
        return hits;
    }

    /** The same in parallel chunks: each chunk's stream goes on to its blocks. */
    @Jit(parallel = true)
    static int piHitsParallel(int n) {
        int hits = 0;
        for (@Parallel int i = 0; i < n; i++) {
            double x = ThreadLocalRandom.current().nextDouble(), y = ThreadLocalRandom.current().nextDouble();
            if (x * x + y * y <= 1.0) hits++;
        }
        return hits;
    }

    /** A parallel dot product: the loop of each chunk runs in blocks. */
    @Jit(parallel = true, fastmath = true)
    static double parallelDot(double[] x, double[] y) {
        double s = 0;
        for (@Parallel int i = 0; i < x.length; i++) s += x[i] * y[i];
        return s;
    }

    /** One row of Mandelbrot escape counts: the x loop is vectorised outer, in blocks of 64. */
    @Jit
    static long mandelRow(int[] counts, int maxIter, double ci) {
        long total = 0;
        int width = counts.length;
        for (int x = 0; x < width; x++) {
            double cr = -2.0 + 3.0 * x / width;
            double zr = 0.0, zi = 0.0;
            int k = 0;
            while (k < maxIter && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                k++;
            }
            counts[x] = k;
            total += k;
        }
        return total;
    }

    /** Rows of a matrix: the inner loop is vectorised and stripped, once per row. */
    @Jit
    static void rowScale(double[][] m, double[] k) {
        for (int r = 0; r < m.length; r++) {
            double[] row = m[r];
            for (int c = 0; c < row.length; c++) row[c] = row[c] * k[c];
        }
    }
}
