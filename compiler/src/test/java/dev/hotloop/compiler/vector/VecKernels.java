package dev.hotloop.compiler.vector;

/** Kernels for the vectoriser's tests, each compared against itself run as plain Java. */
@SuppressWarnings("unused")
final class VecKernels {
    private VecKernels() {}

    static void triad(double[] a, double[] b, double[] c, double s) {
        for (int i = 0; i < a.length; i++) a[i] = b[i] + s * c[i];
    }

    static void axpyN(int n, float alpha, float[] x, float[] y) {
        for (int i = 0; i < n; i++) y[i] = alpha * x[i] + y[i];
    }

    static long sumInts(int[] a) {
        long s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    static int intReductions(int[] a) {
        int s = 0, x = 0, mx = Integer.MIN_VALUE, mn = Integer.MAX_VALUE;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * 3;
            x ^= a[i];
            mx = Math.max(mx, a[i]);
            mn = Math.min(mn, a[i]);
        }
        return s + 31 * x + 17 * mx + mn;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    static double maxAbs(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
        return m;
    }

    static int countPositive(double[] a) {
        int n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] > 0) n++;
        return n;
    }

    static void clampSelect(double[] a, double[] out, double lo) {
        for (int i = 0; i < a.length; i++) out[i] = a[i] < lo ? lo : a[i] * 2;
    }

    static void ifElseStore(double[] a, double[] out) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] >= 0) out[i] = Math.sqrt(a[i]);
            else out[i] = -a[i];
        }
    }

    static void conditionalStore(int[] a, int[] out) {
        for (int i = 0; i < a.length; i++) if ((a[i] & 1) == 0) out[i] = a[i] >> 1;
    }

    static void nested(double[] a, double[] out, double t) {
        for (int i = 0; i < a.length; i++) {
            double v = a[i];
            if (v > t) {
                if (v > 2 * t) v = 2 * t;
                else v = v - t;
            } else if (v != v) {
                v = 0;
            }
            out[i] = v;
        }
    }

    static void mixedWidths(int[] a, double[] out, long[] l) {
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * 0.5 + (double) l[i];
            l[i] = (long) a[i] << 3;
        }
    }

    static void toInt(double[] a, int[] out) {
        for (int i = 0; i < a.length; i++) out[i] = (int) a[i];
    }

    static void bytesToShorts(byte[] b, short[] s, char[] c) {
        for (int i = 0; i < b.length; i++) {
            s[i] = (short) (b[i] * 300);
            c[i] = (char) (b[i] * 1000 + c[i]);
        }
    }

    static void offsets(double[] a, double[] out) {
        for (int i = 1; i < a.length - 1; i++) out[i] = a[i - 1] + a[i + 1] - 2 * a[i];
    }

    static void iota(int[] out, int k) {
        for (int i = 0; i < out.length; i++) out[i] = i * k + 7;
    }

    static void rows(double[][] m, double[] v, int r) {
        for (int j = 0; j < m[r].length; j++) m[r][j] = m[r][j] * v[j];
    }

    static void stencil2d(double[][] in, double[][] out) {
        for (int i = 1; i < in.length - 1; i++) {
            for (int j = 1; j < in[i].length - 1; j++) {
                out[i][j] = 0.25 * (in[i - 1][j] + in[i + 1][j] + in[i][j - 1] + in[i][j + 1]);
            }
        }
    }

    static void inPlace(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) a[i] = a[i] * 2 + b[i];
    }

    static void expAll(double[] a, double[] out) {
        for (int i = 0; i < a.length; i++) out[i] = Math.exp(a[i]);
    }

    static void prefix(double[] a) {
        for (int i = 1; i < a.length; i++) a[i] = a[i - 1] + a[i];
    }

    static int earlyExit(int[] a) {
        for (int i = 0; i < a.length; i++) if (a[i] < 0) return i;
        return -1;
    }

    static void divide(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) a[i] = a[i] / b[i];
    }

    static void bounded(double[] a, double[] out, int n) {
        for (int i = 0; i < n; i++) out[i] = a[i] + 1;
    }

    static void unorderedCompare(double[] a, double[] out) {
        for (int i = 0; i < a.length; i++) out[i] = !(a[i] < 1.0) ? 1.0 : 0.0;
    }

    static float floatMinMax(float[] a, float[] b, float[] out) {
        float m = Float.POSITIVE_INFINITY;
        for (int i = 0; i < a.length; i++) {
            out[i] = Math.max(a[i], b[i]) - Math.min(a[i], -b[i]);
            m = Math.min(m, a[i]);
        }
        return m;
    }

    static void booleans(boolean[] f, int[] a) {
        for (int i = 0; i < a.length; i++) f[i] = a[i] > 3;
    }

    static long longOps(long[] a, long[] b, int sh) {
        long acc = 0;
        for (int i = 0; i < a.length; i++) {
            b[i] = (a[i] >>> sh) | (a[i] << 3);
            acc += a[i] & 0xFF;
        }
        return acc;
    }

    static void fmaAll(double[] a, double[] b, double[] c) {
        for (int i = 0; i < a.length; i++) c[i] = Math.fma(a[i], b[i], c[i]);
    }

    static float[][] floatGrid(int n, float step) {
        float[][] g = new float[n][n + 1];
        for (int i = 0; i < n; i++) for (int j = 0; j <= n; j++) g[i][j] = i * step - j / step;
        return g;
    }

    static double[][] triangleRows(int n) {
        double[][] t = new double[n][];
        for (int i = 0; i < n; i++) {
            t[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) t[i][j] = j == 0 || j == i ? 1 : t[i - 1][j - 1] + t[i - 1][j];
        }
        return t;
    }

    static byte byteSum(byte[] a) {
        byte s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }

    static long escape(int[] counts, int width, int maxIter, double ci) {
        long total = 0;
        for (int x = 0; x < width; x++) {
            double cr = -2.0 + 3.0 * x / width;
            double zr = 0.0, zi = 0.0;
            int k = 0;
            while (k < maxIter && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                k++;
            }
            counts[x] = k;
            total += k;
        }
        return total;
    }

    static void collatz(int[] a, int[] steps) {
        for (int i = 0; i < a.length; i++) {
            int x = a[i];
            int s = 0;
            while (x != 1 && s < 50) {
                x = (x & 1) == 0 ? x >> 1 : 3 * x + 1;
                s++;
            }
            steps[i] = s;
        }
    }

    /** UfuncBench's relDiff as a loop: little arithmetic per byte moved (MemoryBoundTest). */
    static void relDiff(double[] x, double[] y, double[] out) {
        for (int i = 0; i < out.length; i++) {
            double d = Math.abs(x[i]) + Math.abs(y[i]);
            out[i] = d == 0 ? 0 : (x[i] - y[i]) / d;
        }
    }

    /** UfuncBench's shrink as a loop: a square root and a division per element (MemoryBoundTest). */
    static void shrink(double[] x, double[] y, double[] out) {
        for (int i = 0; i < out.length; i++) {
            double r = Math.sqrt(x[i] * x[i] + y[i] * y[i]);
            out[i] = r > 0.5 ? x[i] * (1 - 0.5 / r) : 0;
        }
    }
}
