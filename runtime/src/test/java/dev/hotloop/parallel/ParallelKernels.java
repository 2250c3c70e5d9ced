package dev.hotloop.parallel;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/**
 * Numba's prange test cases in Java. Each kernel comes twice: {@code @Jit(parallel = true)} and a
 * serial twin ({@code s*}) with the same body, so tests compare compiled parallel, compiled serial
 * and plain Java.
 */
@SuppressWarnings("hotloop")
final class ParallelKernels {
    private ParallelKernels() {}

    @Jit(parallel = true)
    static double sum(double[] a) {
        double s = 0;
        for (@Parallel int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    @Jit
    static double sSum(double[] a) {
        double s = 0;
        for (@Parallel int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    @Jit(parallel = true)
    static long product(long[] a) {
        long p = 1;
        for (@Parallel int i = 0; i < a.length; i++) p *= a[i];
        return p;
    }

    @Jit(parallel = true)
    static int subtraction(int[] a, int start) {
        int s = start;
        for (@Parallel int i = 0; i < a.length; i++) s -= a[i];
        return s;
    }

    /** Two reductions, min and max, and a bitwise one; a negative step. */
    @Jit(parallel = true)
    static long minMaxXor(int[] a) {
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE, x = 0;
        for (@Parallel int i = a.length - 1; i >= 0; i--) {
            lo = Math.min(lo, a[i]);
            hi = Math.max(hi, a[i]);
            x ^= a[i];
        }
        return (long) lo * 31 + hi * 17L + x;
    }

    /** Row sums: a private accumulator in the inner loop, a write per row. */
    @Jit(parallel = true)
    static void rowSums(double[][] m, double[] out) {
        for (@Parallel int i = 0; i < m.length; i++) {
            double t = 0;
            for (int j = 0; j < m[i].length; j++) t += m[i][j];
            out[i] = t;
        }
    }

    /** Nested @Parallel loops: only the outer one is split; the total is a reduction through both. */
    @Jit(parallel = true)
    static double nested(double[][] m) {
        double s = 0;
        for (@Parallel int i = 0; i < m.length; i++) {
            for (@Parallel int j = 0; j < m[i].length; j++) s += m[i][j] * (i + 1);
        }
        return s;
    }

    /** A step of 3 from a parameter, a long loop variable, a count with ++. */
    @Jit(parallel = true)
    static long stepThree(long from, long to) {
        long c = 0;
        for (@Parallel long i = from; i < to; i += 3) {
            if (i % 7 == 0) c++;
        }
        return c;
    }

    /** The same variable reduced twice in one iteration. */
    @Jit(parallel = true)
    static float reducedTwice(float[] a, float[] b) {
        float s = 0;
        for (@Parallel int i = 0; i < a.length; i++) {
            s += a[i];
            s += 2 * b[i];
        }
        return s;
    }

    @Jit(parallel = true)
    static void scale(double[] a, double k) {
        for (@Parallel int i = 0; i < a.length; i++) a[i] *= k;
    }

    /** Reads idx[i] out of bounds of a somewhere: every failing chunk throws, the lowest wins. */
    @Jit(parallel = true)
    static double gather(double[] a, int[] idx) {
        double s = 0;
        for (@Parallel int i = 0; i < idx.length; i++) s += a[idx[i]];
        return s;
    }

    /** A parallel kernel calling a parallel kernel (inlined, so the inner loop runs in the chunk). */
    @Jit(parallel = true)
    static double sumOfSums(double[][] rows) {
        double s = 0;
        for (@Parallel int i = 0; i < rows.length; i++) s += sum(rows[i]);
        return s;
    }

    @Jit(parallel = true)
    static int histogram(int[] data, int[] bins) {
        int n = 0;
        for (@Parallel int i = 0; i < data.length; i++) {
            bins[data[i]]++;
            n++;
        }
        return n;
    }

    @Jit(parallel = true)
    static double conflicting(double[] a) {
        double s = 1;
        for (@Parallel int i = 0; i < a.length; i++) {
            s += a[i];
            s *= 2;
        }
        return s;
    }

    @Jit(parallel = true)
    static double carried(double[] a) {
        double prev = 0;
        double s = 0;
        for (@Parallel int i = 0; i < a.length; i++) {
            s += a[i] - prev;
            prev = a[i];
        }
        return s;
    }

    @Jit(parallel = true)
    static int notCounted(int[] a) {
        int c = 0;
        for (@Parallel int i = 1; i < a.length; i *= 2) c += a[i];
        return c;
    }

    /** Conditional minimum and maximum, as people write them without Math.min. */
    @Jit(parallel = true)
    static long conditionalMinMax(long[] a) {
        long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
        for (@Parallel int i = 0; i < a.length; i++) {
            if (a[i] < lo) lo = a[i];
            if (hi <= a[i]) hi = a[i];
        }
        return lo - hi;
    }

    @Jit(parallel = true)
    static int conditionalMaxInt(int[] a) {
        int m = -1;
        for (@Parallel int i = 0; i < a.length; i++) {
            int x = a[i];
            m = x > m ? x : m;
        }
        return m;
    }

    /** Monte Carlo pi: each chunk draws from its own stream. */
    @Jit(parallel = true)
    static double monteCarloPi(long n) {
        long inside = 0;
        for (@Parallel long i = 0; i < n; i++) {
            double x = Math.random(), y = Math.random();
            if (x * x + y * y <= 1.0) inside++;
        }
        return 4.0 * inside / n;
    }

    /** An inclusive bound, a continue, and the parallel loop inside a serial one. */
    @Jit(parallel = true)
    static long stepsWithContinue(int[] a, int steps) {
        long total = 0;
        for (int t = 0; t < steps; t++) {
            long s = t;
            for (@Parallel int i = 1; i <= a.length - 1; i++) {
                if (a[i] < 0) continue;
                s += a[i] * (long) t;
            }
            total += s;
        }
        return total;
    }
}
