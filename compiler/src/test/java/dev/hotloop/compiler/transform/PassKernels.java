package dev.hotloop.compiler.transform;

/** Kernels compiled end to end through the front end, the passes and the back end in {@link PipelineTest}. */
final class PassKernels {
    private PassKernels() {}

    static double energy(double[] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += sq(a[i]) + abs(cube(a[i]));
        return s;
    }

    static double sq(double x) { return x * x; }

    static double cube(double x) { return sq(x) * x; }

    static double abs(double x) {
        if (x < 0) return -x;
        return x;
    }

    static int fibPlus(int n) {
        return fib(n) + twice(n);
    }

    static int fib(int n) { return n < 2 ? twice(n) / 2 : fib(n - 1) + fib(n - 2); }

    static int twice(int x) { return 2 * x; }

    static void fill(double[] a, double v) {
        for (int i = 0; i < a.length; i++) a[i] = v;
    }

    static double scale(double[] a, double k) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i] * k;
            s += a[i];
        }
        return s;
    }

    static int rowSums(int[][] m, int[] out) {
        int total = 0;
        for (int r = 0; r < m.length; r++) {
            int[] row = m[r];
            int s = 0;
            for (int c = 0; c < row.length; c++) s += row[c];
            out[r] = s;
            total += s;
        }
        return total;
    }

    static long widen(long x, double y) {
        return x * 3 + (long) y;
    }

    static int early(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {
            if (find(a[i], x)) return i;
        }
        return -1;
    }

    static boolean find(int v, int x) {
        if (v == x) return true;
        if (v == -x) return true;
        return false;
    }

    static int useless(int n) {
        int dead = 0;
        for (int i = 0; i < n; i++) dead += sq2(i);
        return n;
    }

    static int sq2(int x) { return x * x; }

    static int countDown(int n) { return n <= 0 ? 0 : stepDown(n); }

    static int stepDown(int n) { return 1 + countDown(n - 1) + twice(0); }
}
