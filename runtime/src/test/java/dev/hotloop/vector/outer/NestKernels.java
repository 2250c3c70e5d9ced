package dev.hotloop.vector.outer;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/**
 * Loop nests Hotloop vectorises whole (a lane per outer iteration): Mandelbrot rows and images,
 * n-body accelerations, an early-exit search per element; serial and {@code @Parallel}.
 */
final class NestKernels {
    private NestKernels() {}

    /** One row of escape counts at imaginary part {@code ci}; the escape loop is data-dependent. */
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

    /** A whole image, rows in parallel: the x loop inside each chunk is the one vectorised. */
    @Jit(parallel = true)
    static long mandelImage(int[] counts, int width, int maxIter) {
        long total = 0;
        int height = width == 0 ? 0 : counts.length / width;
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

    static int escapeSteps(double cr, double ci, int maxIter) {
        double zr = 0.0, zi = 0.0;
        int k = 0;
        while (k < maxIter && zr * zr + zi * zi <= 4.0) {
            double t = zr * zr - zi * zi + cr;
            zi = 2.0 * zr * zi + ci;
            zr = t;
            k++;
        }
        return k;
    }

    /** All-pairs accelerations, summed in order of j per body: exact without fastmath. */
    @Jit
    static void nbody(double[] x, double[] y, double[] z, double[] m, double[] ax, double[] ay, double[] az, double eps2) {
        for (int i = 0; i < x.length; i++) {
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
    static void nbodyParallel(double[] x, double[] y, double[] z, double[] m, double[] ax, double[] ay, double[] az, double eps2) {
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

    /** For each value, the first j with table[j] above it (or the table's length): an early exit per lane. */
    @Jit
    static long firstAbove(double[] values, double[] table, int[] out) {
        long sum = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            int j = 0;
            while (j < table.length && table[j] <= v) j++;
            out[i] = j;
            sum += j;
        }
        return sum;
    }

    /** A search whose table is shorter than its cap: j runs past the end for some lanes, which throws. */
    @Jit
    static void searchPastEnd(double[] values, double[] table, int[] out, int cap) {
        for (int i = 0; i < values.length; i++) {
            int j = 0;
            while (j < cap && table[j] <= values[i]) j++;
            out[i] = j;
        }
    }

    /** A draw before the escape loop: each lane starts from a number of its own (Hotloop's generator). */
    @Jit
    static void randomStart(int[] steps, int maxIter) {
        for (int i = 0; i < steps.length; i++) {
            double u = Math.random();
            int k = 0;
            while (k < maxIter && u < 0.9) {
                u = u * 1.1 + 0.01;
                k++;
            }
            steps[i] = k;
        }
    }
}
