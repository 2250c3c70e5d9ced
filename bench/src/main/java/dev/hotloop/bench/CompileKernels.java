package dev.hotloop.bench;

import dev.hotloop.annotations.Jit;

/**
 * A spread of kernel shapes for {@link CompileTime}: reductions, element-wise loops, 2-D
 * arrays, nested and early-exit loops, helpers. They are compiled, not benchmarked.
 */
public final class CompileKernels {
    private CompileKernels() {}

    @Jit
    public static double sum(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s;
    }

    @Jit
    public static void saxpy(float[] y, float[] x, float a) {
        for (int i = 0; i < y.length; i++) y[i] += a * x[i];
    }

    @Jit
    public static double[][] matmul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) s += a[i][p] * b[p][j];
                c[i][j] = s;
            }
        }
        return c;
    }

    @Jit
    public static void horner(double[] out, double[] x, double[] coeffs) {
        for (int i = 0; i < x.length; i++) {
            double r = 0;
            for (int j = coeffs.length - 1; j >= 0; j--) r = r * x[i] + coeffs[j];
            out[i] = r;
        }
    }

    @Jit
    public static int[] histogram(double[] x, double lo, double hi, int bins) {
        int[] counts = new int[bins];
        double scale = bins / (hi - lo);
        for (double v : x) {
            if (v < lo || v >= hi) continue;
            counts[(int) ((v - lo) * scale)]++;
        }
        return counts;
    }

    @Jit
    public static void prefixSum(long[] a) {
        for (int i = 1; i < a.length; i++) a[i] += a[i - 1];
    }

    @Jit
    public static double maxAbs(double[] x) {
        double m = 0;
        for (int i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]));
        return m;
    }

    @Jit
    public static int classify(int[] codes) {
        int score = 0;
        for (int c : codes) {
            switch (c & 3) {
                case 0 -> score += 1;
                case 1 -> score -= 2;
                case 2 -> score ^= c;
                default -> score = Integer.rotateLeft(score, 1);
            }
        }
        return score;
    }

    @Jit
    public static int mandelbrot(double cr, double ci, int maxIter) {
        double zr = 0, zi = 0;
        int n = 0;
        while (n < maxIter) {
            double t = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = t;
            if (zr * zr + zi * zi > 4.0) break;
            n++;
        }
        return n;
    }

    @Jit
    public static void smooth(double[] out, double[] in) {
        for (int i = 1; i < in.length - 1; i++) out[i] = blend(in[i - 1], in[i], in[i + 1]);
    }

    static double blend(double l, double c, double r) {
        return 0.25 * l + 0.5 * c + 0.25 * r;
    }
}
