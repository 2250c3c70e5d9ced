package dev.hotloop.samples;

import dev.hotloop.Hotloop;
import dev.hotloop.Ufunc;

import java.util.Locale;
import java.util.Random;

/**
 * Prices a million European calls with a {@code @Vectorize} ufunc (Numba's classic
 * {@code @vectorize} example): the scalar formula is written once, Hotloop compiles the loop
 * around it, and the rate and volatility are scalars broadcast against the option arrays.
 *
 * <p>Run it from the repository root:
 * <pre>
 * mvn -q -B -pl samples -am package -DskipTests -Dsample=UfuncBlackScholes
 * </pre>
 * It prints the first call (which compiles the loop) against the next ones (best of 20, or the second argument), a plain Java loop
 * calling the same method, the float variant, {@link Hotloop#report()} and {@code explain()}.
 */
public final class UfuncBlackScholes {
    private UfuncBlackScholes() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Random rnd = new Random(42);
        double[] s = new double[n], k = new double[n], t = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = 5 + 25 * rnd.nextDouble();
            k[i] = 1 + 99 * rnd.nextDouble();
            t[i] = 0.25 + 9.75 * rnd.nextDouble();
        }
        double r = 0.02, v = 0.30;
        Ufunc price = UfuncBlackScholesKernelsJit.callPriceUfunc();

        long t0 = System.nanoTime();
        double[] calls = (double[]) price.apply(s, k, t, r, v);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "Elapsed (with compilation) = %.6fs%n", (t1 - t0) / 1e9);
        long best = Long.MAX_VALUE;
        for (int rep = 0; rep < reps; rep++) {
            t0 = System.nanoTime();
            price.into(calls, s, k, t, r, v);
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf(Locale.ROOT, "Elapsed (after compilation, best of %d) = %.6fs%n", reps, best / 1e9);

        double[] plain = new double[n];
        long plainBest = Long.MAX_VALUE;
        for (int rep = 0; rep < reps; rep++) {
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) plain[i] = UfuncBlackScholesKernels.callPrice(s[i], k[i], t[i], r, v);
            plainBest = Math.min(plainBest, System.nanoTime() - t0);
        }
        System.out.printf(Locale.ROOT, "Plain Java loop (best of %d) = %.6fs%n", reps, plainBest / 1e9);
        double maxDiff = 0;
        for (int i = 0; i < n; i++) maxDiff = Math.max(maxDiff, Math.abs(plain[i] - calls[i]));
        System.out.printf(Locale.ROOT, "max |ufunc - plain| = %g over %d options, %d threads%n", maxDiff, n, Hotloop.threads());

        float[] fs = new float[n], fk = new float[n], ft = new float[n];
        for (int i = 0; i < n; i++) {
            fs[i] = (float) s[i];
            fk[i] = (float) k[i];
            ft[i] = (float) t[i];
        }
        float[] fcalls = (float[]) price.apply(fs, fk, ft, (float) r, (float) v);
        double fdiff = 0;
        for (int i = 0; i < n; i++) fdiff = Math.max(fdiff, Math.abs(fcalls[i] - calls[i]));
        System.out.printf(Locale.ROOT, "float variant: max |float - double| = %g%n", fdiff);
        System.out.println(Hotloop.report());
        System.out.println(price.explain());
    }
}
