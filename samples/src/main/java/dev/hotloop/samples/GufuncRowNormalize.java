package dev.hotloop.samples;

import dev.hotloop.GUfunc;
import dev.hotloop.Hotloop;

import java.util.Locale;
import java.util.Random;

/**
 * Normalises every row of a matrix with a {@code @GuVectorize} gufunc of layout {@code (n)->(n)}:
 * the body is written for one row, Hotloop compiles the loop over rows (split over the pool,
 * {@code target = PARALLEL}) and allocates the output.
 *
 * <p>Run it from the repository root:
 * <pre>
 * mvn -q -B -pl samples -am package -DskipTests -Dsample=GufuncRowNormalize
 * </pre>
 * It prints the first call (compiling) against the next ones and a plain Java loop over rows.
 */
public final class GufuncRowNormalize {
    private GufuncRowNormalize() {}

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int cols = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Random rnd = new Random(1);
        double[][] m = new double[rows][cols];
        for (double[] row : m) for (int j = 0; j < cols; j++) row[j] = rnd.nextGaussian();
        GUfunc normalize = GufuncRowNormalizeKernelsJit.normalizeGufunc();

        long t0 = System.nanoTime();
        double[][] unit = (double[][]) normalize.apply((Object) m);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "Elapsed (with compilation) = %.6fs%n", (t1 - t0) / 1e9);
        long best = Long.MAX_VALUE;
        for (int rep = 0; rep < reps; rep++) {
            t0 = System.nanoTime();
            normalize.into(unit, (Object) m);
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf(Locale.ROOT, "Elapsed (after compilation, best of %d) = %.6fs%n", reps, best / 1e9);

        double[][] plain = new double[rows][cols];
        long plainBest = Long.MAX_VALUE;
        for (int rep = 0; rep < reps; rep++) {
            t0 = System.nanoTime();
            for (int i = 0; i < rows; i++) GufuncRowNormalizeKernels.normalize(m[i], plain[i]);
            plainBest = Math.min(plainBest, System.nanoTime() - t0);
        }
        System.out.printf(Locale.ROOT, "Plain Java loop over rows (best of %d) = %.6fs%n", reps, plainBest / 1e9);
        double norm = 0;
        for (double x : unit[rows / 2]) norm += x * x;
        System.out.printf(Locale.ROOT, "|row %d|^2 = %.15f (%dx%d, %d threads)%n", rows / 2, norm, rows, cols, Hotloop.threads());
        System.out.println(Hotloop.report());
        System.out.println(normalize.explain());
    }
}
