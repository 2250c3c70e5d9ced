package dev.hotloop.bench.simd;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/**
 * The eight kernels of issue 4's targets as a user writes them: plain loops, {@code @Parallel}
 * on the outer loop, {@code fastmath} only where the issue allows it (Black-Scholes, dot).
 * {@link SimdBench} runs each three ways:
 * <ul>
 * <li>plain Java: these methods called directly (HotSpot's C2, serial, exact);</li>
 * <li>Hotloop: the same methods through the generated {@code SimdKernelsJit} facade;</li>
 * <li>by hand: {@link HandKernels}, ForkJoin + the Vector API, what an expert would write.</li>
 * </ul>
 * Calling a {@code @Jit} method directly runs its own bytecode, so the plain baseline and the
 * kernel Hotloop compiles are the same code (as {@code PlainBench} does with {@code BenchKernels}).
 */
public final class SimdKernels {
    private SimdKernels() {}

    /** Numba's first example: four times the share of random points inside the unit circle. */
    @Jit(parallel = true)
    public static double monteCarloPi(long nsamples) {
        long acc = 0;
        for (@Parallel long i = 0; i < nsamples; i++) {
            double x = Math.random();
            double y = Math.random();
            if (x * x + y * y < 1.0) acc += 1;
        }
        return 4.0 * acc / nsamples;
    }

    /**
     * Escape counts of {@code z = z*z + c} over a {@code width x height} grid of [-2, 1] x [-1.2, 1.2],
     * at most {@code maxIter} steps; returns their sum. The inner {@code while} exits on the data:
     * only the loop over {@code x} around it can be vectorised (lanes = pixels).
     */
    @Jit(parallel = true)
    public static long mandelbrot(int[] counts, int width, int height, int maxIter) {
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

    /**
     * One all-pairs gravity step: the acceleration of every body from all of them (softened by
     * {@code eps2}). The inner sums are floating-point reductions without fastmath, so the loop
     * over {@code i} is the one to vectorise: each lane keeps its own order of additions.
     */
    @Jit(parallel = true)
    public static void nbody(double[] x, double[] y, double[] z, double[] m,
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

    /**
     * European call and put prices (Black-Scholes), as in Numba's example: {@code Math.log},
     * {@code Math.exp} and the polynomial normal CDF {@link #cnd(double)}; fastmath lets them
     * become the Vector API's lanewise {@code LOG} and {@code EXP}.
     */
    @Jit(parallel = true, fastmath = true)
    public static void blackScholes(double[] price, double[] strike, double[] years, double rate, double vol,
                                    double[] call, double[] put) {
        for (@Parallel int i = 0; i < price.length; i++) {
            double s = price[i], x = strike[i], t = years[i];
            double sqrtT = Math.sqrt(t);
            double d1 = (Math.log(s / x) + (rate + 0.5 * vol * vol) * t) / (vol * sqrtT);
            double d2 = d1 - vol * sqrtT;
            double cndd1 = cnd(d1);
            double cndd2 = cnd(d2);
            double expRT = Math.exp(-rate * t);
            call[i] = s * cndd1 - x * expRT * cndd2;
            put[i] = x * expRT * (1.0 - cndd2) - s * (1.0 - cndd1);
        }
    }

    /** The cumulative normal distribution, Abramowitz and Stegun 26.2.17 (error below 7.5e-8). */
    static double cnd(double d) {
        double k = 1.0 / (1.0 + 0.2316419 * Math.abs(d));
        double poly = k * (0.31938153 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))));
        double ret = 0.3989422804014327 * Math.exp(-0.5 * d * d) * poly;
        return d > 0 ? 1.0 - ret : ret;
    }

    /** A dot product: a floating-point reduction, across lanes only under fastmath. */
    @Jit(parallel = true, fastmath = true)
    public static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (@Parallel int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** STREAM's triad, {@code a = b + s*c}: exact, no fused multiply-add. */
    @Jit(parallel = true)
    public static void triad(double[] a, double[] b, double[] c, double s) {
        for (@Parallel int i = 0; i < a.length; i++) {
            a[i] = b[i] + s * c[i];
        }
    }

    /** Numba's {@code go_fast}: the trace of {@code tanh} over the diagonal, then the matrix plus it. */
    @Jit(parallel = true)
    public static double[][] goFast(double[][] a) {
        double trace = 0.0;
        for (@Parallel int i = 0; i < a.length; i++) {
            trace += Math.tanh(a[i][i]);
        }
        int n = a.length;
        int m = n == 0 ? 0 : a[0].length;
        double[][] r = new double[n][m];
        for (@Parallel int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                r[i][j] = a[i][j] + trace;
            }
        }
        return r;
    }

    /** One Jacobi sweep of a 5-point stencil: every interior cell becomes the mean of itself and its 4 neighbours. */
    @Jit(parallel = true)
    public static void stencil(double[][] in, double[][] out) {
        for (@Parallel int i = 1; i < in.length - 1; i++) {
            for (int j = 1; j < in[i].length - 1; j++) {
                out[i][j] = 0.2 * (in[i][j] + in[i - 1][j] + in[i + 1][j] + in[i][j - 1] + in[i][j + 1]);
            }
        }
    }
}
