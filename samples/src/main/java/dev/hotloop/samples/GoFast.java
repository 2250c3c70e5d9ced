package dev.hotloop.samples;

import dev.hotloop.Hotloop;

import java.util.Locale;

/**
 * Numba's {@code go_fast} example with {@code parallel=True}: a trace of {@code tanh} over the
 * diagonal, then the matrix plus that trace. The kernel is {@link GoFastKernels#goFast(double[][])}.
 *
 * <p>Run it from the repository root:
 * <pre>
 * mvn -q -B -pl samples -am package -DskipTests -Dsample=GoFast
 * </pre>
 * or {@code java --add-modules jdk.incubator.vector -cp ... dev.hotloop.samples.GoFast [n]} for an
 * {@code n x n} matrix. It prints the time of the first call (compiling) and the second, a checksum
 * (the sum of the result), {@link Hotloop#report()} and the kernel's {@code explain()}.
 */
public final class GoFast {
    private GoFast() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 2000;
        double[][] a = matrix(n);

        long t0 = System.nanoTime();
        double[][] r = GoFastKernelsJit.goFast(a);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "Elapsed (with compilation) = %.6fs%n", (t1 - t0) / 1e9);

        t0 = System.nanoTime();
        r = GoFastKernelsJit.goFast(a);
        t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "Elapsed (after compilation) = %.6fs%n", (t1 - t0) / 1e9);

        System.out.printf(Locale.ROOT, "checksum = %.6f (%dx%d, %d threads)%n", sum(r), n, n, Hotloop.threads());
        System.out.println(Hotloop.report());
        System.out.println(GoFastKernelsJit.goFastFunction().explain());
    }

    /** Numba's {@code np.arange(n*n).reshape(n, n)}, as doubles. */
    static double[][] matrix(int n) {
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) a[i][j] = (double) i * n + j;
        }
        return a;
    }

    static double sum(double[][] r) {
        double s = 0;
        for (double[] row : r) for (double v : row) s += v;
        return s;
    }
}
