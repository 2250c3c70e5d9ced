package dev.hotloop.bench.c2;

import dev.hotloop.annotations.Jit;

/**
 * Loops of the shape C2's SuperWord auto-vectorises by itself (one straight-line body of array
 * loads, stores and same-width arithmetic, int and long reductions), and one it does not
 * ({@link #sumIntsToLong}: a widening conversion). {@link C2Bench} runs each as plain Java, through
 * Hotloop and written by hand with the Vector API ({@link C2Hand}), to check the vectoriser's rule
 * ({@code C2Vectorises}) that leaves the first kind to C2.
 * <pre>C2KernelsJit.triad(a, b, c, 1.5);   // Hotloop: scalar bytecode, vectorised by C2</pre>
 */
public final class C2Kernels {
    private C2Kernels() {}

    @Jit
    public static void triad(double[] a, double[] b, double[] c, double s) {
        for (int i = 0; i < a.length; i++) a[i] = b[i] + s * c[i];
    }

    @Jit
    public static void addInts(int[] x, int[] y, int[] z) {
        for (int i = 0; i < z.length; i++) z[i] = x[i] + y[i];
    }

    @Jit
    public static void bitsInts(int[] x, int[] y, int[] z) {
        for (int i = 0; i < z.length; i++) z[i] = (x[i] << 3) ^ (y[i] & 0xff);
    }

    @Jit
    public static void axpyFloats(float[] x, float[] y, float a) {
        for (int i = 0; i < y.length; i++) y[i] = a * x[i] + y[i];
    }

    @Jit
    public static void mulLongs(long[] x, long[] y, long[] z) {
        for (int i = 0; i < z.length; i++) z[i] = x[i] * y[i] + 1;
    }

    @Jit
    public static void sqrtAll(double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) y[i] = Math.sqrt(x[i]);
    }

    @Jit
    public static void divAll(double[] x, double[] y, double[] z) {
        for (int i = 0; i < z.length; i++) z[i] = x[i] / y[i];
    }

    /** The rows of a 2-D array: the row loads are invariant in the inner loop, which C2 vectorises. */
    @Jit
    public static void addRows(double[][] a, double[][] r, double t) {
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < r[i].length; j++) r[i][j] = a[i][j] + t;
        }
    }

    @Jit
    public static int sumInts(int[] x) {
        int s = 0;
        for (int i = 0; i < x.length; i++) s += x[i];
        return s;
    }

    @Jit
    public static long sumLongs(long[] x) {
        long s = 0;
        for (int i = 0; i < x.length; i++) s += x[i];
        return s;
    }

    @Jit
    public static int dotInts(int[] x, int[] y) {
        int s = 0;
        for (int i = 0; i < x.length; i++) s += x[i] * y[i];
        return s;
    }

    /** Not left to C2: each int is widened to long before it is added. */
    @Jit
    public static long sumIntsToLong(int[] x) {
        long s = 0;
        for (int i = 0; i < x.length; i++) s += x[i];
        return s;
    }
}
