package dev.hotloop.bench;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/**
 * Kernels for {@link ParallelBench}, each twice with the same body: {@code xSerial} is plain
 * {@code @Jit} (its {@code @Parallel} is ignored, the loop runs as written) and {@code xParallel}
 * is {@code @Jit(parallel = true)}. Both are called through the generated {@code ParallelKernelsJit},
 * so the only difference a benchmark sees is the parallel split.
 */
public final class ParallelKernels {
    private ParallelKernels() {}

    /** Numba's first example: four times the share of random points inside the unit circle. */
    @Jit
    public static double piSerial(long nsamples) {
        long acc = 0;
        for (@Parallel long i = 0; i < nsamples; i++) {
            double x = Math.random();
            double y = Math.random();
            if (x * x + y * y < 1.0) acc += 1;
        }
        return 4.0 * acc / nsamples;
    }

    @Jit(parallel = true)
    public static double piParallel(long nsamples) {
        long acc = 0;
        for (@Parallel long i = 0; i < nsamples; i++) {
            double x = Math.random();
            double y = Math.random();
            if (x * x + y * y < 1.0) acc += 1;
        }
        return 4.0 * acc / nsamples;
    }

    /** Mandelbrot escape counts, one {@code @Parallel} row per iteration (uneven work per row); returns their sum. */
    @Jit
    public static long mandelbrotSerial(int[] counts, int width, int height, int maxIter) {
        long total = 0;
        for (@Parallel int y = 0; y < height; y++) {
            double ci = -1.2 + 2.4 * y / height;
            for (int x = 0; x < width; x++) {
                int k = escapeSteps(-2.0 + 3.0 * x / width, ci, maxIter);
                counts[y * width + x] = k;
                total += k;
            }
        }
        return total;
    }

    @Jit(parallel = true)
    public static long mandelbrotParallel(int[] counts, int width, int height, int maxIter) {
        long total = 0;
        for (@Parallel int y = 0; y < height; y++) {
            double ci = -1.2 + 2.4 * y / height;
            for (int x = 0; x < width; x++) {
                int k = escapeSteps(-2.0 + 3.0 * x / width, ci, maxIter);
                counts[y * width + x] = k;
                total += k;
            }
        }
        return total;
    }

    /** The same image with {@code @Parallel} over pixels: enough iterations for many chunks. */
    @Jit
    public static long mandelbrotPixelsSerial(int[] counts, int width, int height, int maxIter) {
        long total = 0;
        for (@Parallel int p = 0; p < width * height; p++) {
            int k = escapeSteps(-2.0 + 3.0 * (p % width) / width, -1.2 + 2.4 * (p / width) / height, maxIter);
            counts[p] = k;
            total += k;
        }
        return total;
    }

    @Jit(parallel = true)
    public static long mandelbrotPixelsParallel(int[] counts, int width, int height, int maxIter) {
        long total = 0;
        for (@Parallel int p = 0; p < width * height; p++) {
            int k = escapeSteps(-2.0 + 3.0 * (p % width) / width, -1.2 + 2.4 * (p / width) / height, maxIter);
            counts[p] = k;
            total += k;
        }
        return total;
    }

    /** All-pairs gravity: the acceleration of every body from all the others (softened by {@code eps2}). */
    @Jit
    public static void nbodySerial(double[] x, double[] y, double[] z, double[] m,
                                   double[] ax, double[] ay, double[] az, double eps2) {
        for (@Parallel int i = 0; i < x.length; i++) {
            double sx = 0.0, sy = 0.0, sz = 0.0;
            for (int j = 0; j < x.length; j++) {
                double dx = x[j] - x[i], dy = y[j] - y[i], dz = z[j] - z[i];
                double inv = 1.0 / Math.sqrt(dx * dx + dy * dy + dz * dz + eps2);
                double s = m[j] * inv * inv * inv;
                sx += dx * s;
                sy += dy * s;
                sz += dz * s;
            }
            ax[i] = sx;
            ay[i] = sy;
            az[i] = sz;
        }
    }

    @Jit(parallel = true)
    public static void nbodyParallel(double[] x, double[] y, double[] z, double[] m,
                                     double[] ax, double[] ay, double[] az, double eps2) {
        for (@Parallel int i = 0; i < x.length; i++) {
            double sx = 0.0, sy = 0.0, sz = 0.0;
            for (int j = 0; j < x.length; j++) {
                double dx = x[j] - x[i], dy = y[j] - y[i], dz = z[j] - z[i];
                double inv = 1.0 / Math.sqrt(dx * dx + dy * dy + dz * dz + eps2);
                double s = m[j] * inv * inv * inv;
                sx += dx * s;
                sy += dy * s;
                sz += dz * s;
            }
            ax[i] = sx;
            ay[i] = sy;
            az[i] = sz;
        }
    }

    /** A sum over 1,000 elements: below the smallest chunk, so the parallel kernel runs it inline. */
    @Jit
    public static double tinySumSerial(double[] a) {
        double s = 0.0;
        for (@Parallel int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    @Jit(parallel = true)
    public static double tinySumParallel(double[] a) {
        double s = 0.0;
        for (@Parallel int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    /**
     * The inner loop of the Mandelbrot kernels: steps of {@code z = z*z + c} from 0 until
     * {@code |z| > 2} or {@code maxIter}. Hotloop inlines it, so the twins share it.
     */
    static int escapeSteps(double cr, double ci, int maxIter) {
        double zr = 0.0;
        double zi = 0.0;
        int k = 0;
        while (k < maxIter && zr * zr + zi * zi <= 4.0) {
            double t = zr * zr - zi * zi + cr;
            zi = 2.0 * zr * zi + ci;
            zr = t;
            k++;
        }
        return k;
    }
}
