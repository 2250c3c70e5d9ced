package dev.hotloop.samples;

import dev.hotloop.Hotloop;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Black-Scholes option pricing with a {@code fastmath} kernel ({@link BlackScholesKernels#price}):
 * the loop Numba's users vectorise first, full of {@code Math.log} and {@code Math.exp}.
 *
 * <p>Run it from the repository root:
 * <pre>
 * mvn -q -B -pl samples -am package -DskipTests -Dsample=BlackScholes
 * </pre>
 * or {@code java --add-modules jdk.incubator.vector -cp ... dev.hotloop.samples.BlackScholes [options]}
 * (default 1,000,000 options, Numba's ranges, fixed seed). It prints the time of the first call
 * (compiling, then running while HotSpot still interprets the new code), of the second, and the best
 * of ten more (steady state, once C2 has compiled the kernel: Vector API code is slow until then);
 * a checksum (the sum of all prices), how far fastmath moved the prices from plain Java,
 * {@link Hotloop#report()} and the kernel's {@code explain()}.
 */
public final class BlackScholes {
    static final double RATE = 0.02;
    static final double VOL = 0.30;

    private BlackScholes() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        double[][] in = options(n, 42);
        double[] call = new double[n], put = new double[n];

        long t0 = System.nanoTime();
        BlackScholesKernelsJit.price(in[0], in[1], in[2], RATE, VOL, call, put);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "Elapsed (with compilation) = %.6fs%n", (t1 - t0) / 1e9);

        t0 = System.nanoTime();
        BlackScholesKernelsJit.price(in[0], in[1], in[2], RATE, VOL, call, put);
        t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "Elapsed (after compilation) = %.6fs%n", (t1 - t0) / 1e9);

        long best = Long.MAX_VALUE;
        for (int r = 0; r < 10; r++) {
            t0 = System.nanoTime();
            BlackScholesKernelsJit.price(in[0], in[1], in[2], RATE, VOL, call, put);
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf(Locale.ROOT, "Elapsed (steady state, best of 10) = %.6fs%n", best / 1e9);

        double[] plainCall = new double[n], plainPut = new double[n];
        BlackScholesKernels.price(in[0], in[1], in[2], RATE, VOL, plainCall, plainPut); // plain Java
        double sum = 0, worst = 0;
        for (int i = 0; i < n; i++) {
            sum += call[i] + put[i];
            worst = Math.max(worst, Math.max(Math.abs(call[i] - plainCall[i]), Math.abs(put[i] - plainPut[i])));
        }
        System.out.printf(Locale.ROOT, "checksum = %.6f (%d options, %d threads)%n", sum, n, Hotloop.threads());
        System.out.printf(Locale.ROOT, "fastmath: largest difference from plain Java = %.3g%n", worst);
        System.out.println(Hotloop.report());
        System.out.println(BlackScholesKernelsJit.priceFunction().explain());
    }

    /** {@code n} options: stock price in [5, 30), strike in [1, 100), years in [0.25, 10), as in Numba's example. */
    static double[][] options(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return new double[][] {r.doubles(n, 5, 30).toArray(), r.doubles(n, 1, 100).toArray(),
                r.doubles(n, 0.25, 10).toArray()};
    }
}
