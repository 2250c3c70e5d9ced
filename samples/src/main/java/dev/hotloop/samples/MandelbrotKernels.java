package dev.hotloop.samples;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/**
 * The kernel of the {@link Mandelbrot} sample: escape counts of the Mandelbrot set over a grid,
 * with the rows run in parallel. Rows through the set take up to {@code maxIter} steps per pixel,
 * rows far from it a few, so the work per row is uneven. The annotation processor generates
 * {@code MandelbrotKernelsJit.escapeCounts(int[], int, int, int)}.
 *
 * <p>{@code explain()} lists the store {@code counts[y * width + x]} as a suspected race: the check
 * only recognises writes at {@code y} plus a constant. Each row writes its own {@code width} cells,
 * so no two iterations write the same element.
 */
public final class MandelbrotKernels {
    private MandelbrotKernels() {}

    /**
     * Fills {@code counts[y * width + x]} with the number of steps of {@code z = z*z + c} before
     * {@code |z| > 2} (at most {@code maxIter}), for {@code c} on a {@code width x height} grid over
     * [-2, 1] x [-1.2, 1.2]; returns the sum of the counts as a checksum.
     */
    @Jit(parallel = true)
    public static long escapeCounts(int[] counts, int width, int height, int maxIter) {
        long total = 0;
        for (@Parallel int y = 0; y < height; y++) {
            double ci = -1.2 + 2.4 * y / height;
            for (int x = 0; x < width; x++) {
                double cr = -2.0 + 3.0 * x / width;
                double zr = 0.0;
                double zi = 0.0;
                int k = 0;
                while (k < maxIter && zr * zr + zi * zi <= 4.0) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2.0 * zr * zi + ci;
                    zr = t;
                    k++;
                }
                counts[y * width + x] = k;
                total += k;
            }
        }
        return total;
    }
}
