package dev.hotloop.samples;

import dev.hotloop.Hotloop;

import java.util.Locale;

/**
 * Escape counts of the Mandelbrot set, one {@code @Parallel} row per iteration: a loop whose
 * iterations cost very different amounts, so it shows how the chunks share uneven work.
 *
 * <p>Run it from the repository root:
 * <pre>
 * mvn -q -B -pl samples -am package -DskipTests -Dsample=Mandelbrot
 * </pre>
 * or {@code java --add-modules jdk.incubator.vector -cp ... dev.hotloop.samples.Mandelbrot [width height maxIter]}.
 * It prints the time of the first call (compiling) and the second, the checksum (the sum of all
 * counts), {@link Hotloop#report()} and the kernel's {@code explain()}.
 */
public final class Mandelbrot {
    private Mandelbrot() {}

    public static void main(String[] args) {
        int width = args.length > 0 ? Integer.parseInt(args[0]) : 1600;
        int height = args.length > 1 ? Integer.parseInt(args[1]) : 1200;
        int maxIter = args.length > 2 ? Integer.parseInt(args[2]) : 256;
        int[] counts = new int[width * height];

        long t0 = System.nanoTime();
        long total = MandelbrotKernelsJit.escapeCounts(counts, width, height, maxIter);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "Elapsed (with compilation) = %.6fs%n", (t1 - t0) / 1e9);

        t0 = System.nanoTime();
        total = MandelbrotKernelsJit.escapeCounts(counts, width, height, maxIter);
        t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "Elapsed (after compilation) = %.6fs%n", (t1 - t0) / 1e9);

        long inside = 0;
        for (int c : counts) if (c == maxIter) inside++;
        System.out.printf(Locale.ROOT, "checksum = %d (%dx%d, %d iterations, %d points inside, %d threads)%n",
                total, width, height, maxIter, inside, Hotloop.threads());
        System.out.println(Hotloop.report());
        System.out.println(MandelbrotKernelsJit.escapeCountsFunction().explain());
    }
}
