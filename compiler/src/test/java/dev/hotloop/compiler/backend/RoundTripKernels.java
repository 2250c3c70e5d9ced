package dev.hotloop.compiler.backend;

/** Plain Java kernels that {@link RoundTripTest} reads with the front end, emits, and runs against themselves. */
@SuppressWarnings("all")
final class RoundTripKernels {
    static final double[] WEIGHTS = {0.5, -1.25, 3};
    static final long SEED = 0x9E3779B97F4A7C15L;

    static double sum(double[] v) {
        double s = 0;
        for (int i = 0; i < v.length; i++) s += v[i];
        return s;
    }

    static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static long fibIter(int n) {
        long a = 0, b = 1;
        for (int i = 0; i < n; i++) {
            long t = a + b;
            a = b;
            b = t;
        }
        return a;
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static double[][] matmul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) s += a[i][l] * b[l][j];
                c[i][j] = s;
            }
        }
        return c;
    }

    static int[] histogram(int[] data, int bins) {
        int[] h = new int[bins];
        for (int x : data) h[x % bins]++;
        return h;
    }

    static double minMax(double[] v) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            lo = Math.min(lo, x);
            if (x > hi) hi = x;
        }
        return hi - lo;
    }

    static long conversions(double x) {
        return (long) x + (int) x + (byte) x + (char) x + (short) (float) x + (long) (float) (long) x;
    }

    static int fallthrough(int k) {
        int r = 0;
        switch (k) {
            case 1: r += 1;
            case 2: r += 2; break;
            case 10: r += 10;
            case 1000: r += 1000; break;
            default: r = -1;
        }
        return r;
    }

    static int bits(long x) {
        int n = 0;
        while (x != 0) {
            n += (int) (x & 1);
            x >>>= 1;
        }
        return n + (int) (SEED >> 60) + (int) (SEED << 3 >>> 61);
    }

    static int divide(int a, int b) {
        return a / b + a % b;
    }

    static int countTrue(boolean[] z, byte[] b) {
        int n = 0;
        for (int i = 0; i < z.length; i++) if (z[i] && b[i] < 0) n++;
        return n;
    }

    static int classify(double a, double b) {
        return a < b ? -1 : a > b ? 1 : a == b ? 0 : 2;
    }

    static int notLess(float[] v, float t) {
        int n = 0;
        for (float x : v) if (!(x < t)) n++;
        return n;
    }

    static int firstNegativeRow(int[][] m, int limit) {
        int count = 0;
        outer:
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                if (m[i][j] < 0) continue outer;
                if (m[i][j] > limit) break outer;
                count++;
            }
        }
        return count;
    }

    static int squares(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += square(i) * parity(i);
        return s;
    }

    private static int square(int x) { return x * x; }

    static int parity(int x) { return (x & 1) == 0 ? 1 : -1; }

    static double weighted(double[] v) {
        double s = 0;
        for (int i = 0; i < v.length; i++) s += v[i] * WEIGHTS[i % WEIGHTS.length];
        return Math.sqrt(Math.abs(s));
    }

    static int lengthOrMinus(int n) {
        int[] a = null;
        if (n > 0) a = new int[n];
        return a == null ? -1 : a.length;
    }

    static int nullLength(int n) {
        int[] a = n > 0 ? new int[n] : null;
        return a.length;
    }

    static double[] alloc(int n) {
        return new double[n];
    }

    static void prefix(long[] a) {
        for (int i = 1; i < a.length; i++) a[i] += a[i - 1];
    }

    static int letters(char[] cs) {
        int n = 0;
        for (char c = 'a'; c <= 'z'; c++) {
            for (char x : cs) if (x == c) n++;
        }
        return n;
    }

    static long collatz(long n) {
        long c = 0;
        while (n != 1) {
            n = (n & 1) == 0 ? n / 2 : 3 * n + 1;
            c++;
        }
        return c;
    }

    static short[] smallOps(short[] s, byte[] b) {
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (s[i] * 3 + b[i]);
            b[i] = (byte) (b[i] << 2);
        }
        return s;
    }

    static int countdownFromEntry(int n) {
        while (true) {
            n -= 3;
            if (n < 10) return n;
        }
    }

    static long[] bump(long[] a, int i) {
        long x = a[i]++;
        long y = ++a[i + 1];
        a[0] = x * 10 + y;
        return a;
    }

    static double pickOrZero(double[] a, int i, double x) {
        return x + (i < a.length ? a[i] : -0.0);
    }

    static double library(double x) {
        return Math.sqrt(x) + Math.max(x, -0.0) + StrictMath.sin(x) + Math.abs((int) x) + Math.floorMod((long) x, 7)
                + Double.doubleToRawLongBits(x) + Double.compare(x, 0.0) + Integer.signum((int) x) + Math.fma(x, 2.0, 1.0);
    }

    static int evenSteps(int n) {
        return isEven(n) ? 1 : 0;
    }

    private static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    private static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static long mixed(byte b, short s, char c, int i, long l, float f, double d, boolean z) {
        long acc = b + s + c + i;
        acc += l + (long) f + (long) d;
        if (z) acc = -acc;
        return acc + (byte) i + (short) i + (char) i + (i >>> 3) + (l << 2) + (l >> 1) + (i & 7) + (i | 8) + (i ^ 9) + i % 5 + l / 3;
    }

    static boolean smallArrays(byte[] b, short[] s, char[] c, boolean[] z, long[] l, float[] f) {
        b[0] = (byte) (b[1] + 1);
        s[0] = (short) (s[1] * 2);
        c[0] = (char) (c[1] + 'a');
        l[0] = l[1] - 1L;
        f[0] = -f[1];
        z[0] = !z[1];
        return z[0];
    }

    static double[][] triangle(int n) {
        double[][] r = new double[n][];
        for (int i = 0; i < n; i++) {
            r[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) r[i][j] = i * 0.5 - j;
        }
        return r;
    }
}
