package dev.hotloop.samples;

import dev.hotloop.Hotloop;

import java.util.Locale;

/**
 * Hotloop's first sample: estimate pi with a Monte Carlo loop compiled on first call,
 * and show what the compile cost against what the run cost, like Numba's example.
 *
 * <p>Run it from the repository root (builds everything, then runs this class):
 * <pre>
 * mvn -q install -DskipTests -Dsample=MonteCarloPi
 * </pre>
 * or, once built, {@code java --add-modules jdk.incubator.vector -cp ... dev.hotloop.samples.MonteCarloPi [nsamples]}.
 * It prints
 * <pre>
 * Elapsed (with compilation) = 0.123456s
 * Elapsed (after compilation) = 0.012345s
 * pi ~ 3.1415...
 * </pre>
 * followed by {@link Hotloop#report()}: the first call pays for reading the bytecode,
 * building the IR and defining the hidden class; the second runs the compiled variant.
 * The kernel is {@link PiKernels#monteCarloPi(long)}, called through the generated facade
 * {@code PiKernelsJit}.
 */
public final class MonteCarloPi {
    private static final long DEFAULT_SAMPLES = 10_000_000L;

    private MonteCarloPi() {}

    public static void main(String[] args) {
        long nsamples = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : DEFAULT_SAMPLES;

        long t0 = System.nanoTime();
        double pi = PiKernelsJit.monteCarloPi(nsamples);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "Elapsed (with compilation) = %.6fs%n", (t1 - t0) / 1e9);

        t0 = System.nanoTime();
        pi = PiKernelsJit.monteCarloPi(nsamples);
        t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "Elapsed (after compilation) = %.6fs%n", (t1 - t0) / 1e9);

        System.out.printf(Locale.ROOT, "pi ~ %.6f (%d samples)%n", pi, nsamples);
        System.out.println(Hotloop.report());
    }
}
