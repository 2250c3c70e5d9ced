package dev.hotloop.compiler.frontend;

import dev.hotloop.annotations.Parallel;
import java.util.concurrent.ThreadLocalRandom;

/** Small kernels covering the kernel language, read by {@link FrontEndTest}. */
@SuppressWarnings("all")
final class TestKernels {
    static final double[] TABLE = {1, 2, 3};
    static final int SCALE = 3;

    static double sum(double[] v) {
        double s = 0;
        for (int i = 0; i < v.length; i++) s += v[i];
        return s;
    }

    static int max(int a, int b) {
        return a > b ? a : b;
    }

    static int sumNested(int[][] m) {
        int s = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) s += m[i][j];
        }
        return s;
    }

    static int labelled(int[][] m, int limit) {
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

    static int indexOf(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x) return i;
        }
        return -1;
    }

    static int tableSwitch(int k) {
        switch (k) {
            case 0: return 10;
            case 1: return 11;
            case 2: return 12;
            case 4: return 14;
            default: return -1;
        }
    }

    static int lookupSwitch(int k) {
        int r;
        switch (k) {
            case -100 -> r = 1;
            case 7 -> r = 2;
            case 100000 -> r = 3;
            default -> r = 0;
        }
        return r;
    }

    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            double[] row = a[i];
            for (int j = 0; j < row.length; j++) t[j][i] = row[j];
        }
        return t;
    }

    static double[][] rows(int n) {
        double[][] r = new double[n][];
        for (int i = 0; i < n; i++) r[i] = new double[i + 1];
        return r;
    }

    static long primitives(byte b, short s, char c, int i, long l, float f, double d, boolean z) {
        long acc = b + s + c + i;
        acc += l;
        acc += (long) f;
        acc += (long) d;
        if (z) acc = -acc;
        byte b2 = (byte) i;
        short s2 = (short) i;
        char c2 = (char) i;
        return acc + b2 + s2 + c2 + (i >>> 3) + (l << 2) + (l >> 1) + (i & 7) + (i | 8) + (i ^ 9) + i % 5 + l / 3;
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

    static boolean lessFloat(float a, float b) {
        return a < b;
    }

    static int floatCompares(double a, double b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        return r;
    }

    static int longCompare(long a, long b) {
        return a < b ? 1 : 0;
    }

    static int threeWay(double a, double b) {
        return Double.compare(a, b) + Integer.signum((int) a);
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static int usesHelpers(int n) {
        return square(n) + isEven(n);
    }

    static int square(int x) {
        return x * x;
    }

    static int isEven(int x) {
        return (x & 1) == 0 ? 1 : 0;
    }

    static double mathCalls(double x) {
        return Math.sqrt(x) + Math.max(x, 1.0) + StrictMath.sin(x) + Math.abs((int) x) + Math.floorMod(7, 3) + Double.doubleToRawLongBits(x);
    }

    static double randoms(int n) {
        double s = Math.random();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) s += r.nextDouble() + r.nextInt(10) + r.nextLong() + r.nextFloat() + r.nextInt();
        return s + ThreadLocalRandom.current().nextDouble();
    }

    static void parallelScale(double[] v, double k) {
        for (@Parallel int i = 0; i < v.length; i++) v[i] *= k;
    }

    static double statics(int i) {
        return TABLE[i] * SCALE;
    }

    static long whileDo(long n) {
        long c = 0;
        while (n != 1) {
            n = (n & 1) == 0 ? n / 2 : 3 * n + 1;
            c++;
        }
        do {
            c--;
        } while (c > 100);
        return c;
    }

    static double ternaryOnStack(double[] a, int i, double x) {
        return x + (i < a.length ? a[i] : 0.0);
    }

    static int nullArray(int n) {
        int[] a = null;
        if (n > 0) a = new int[n];
        return a == null ? -1 : a.length;
    }

    static long[] dupStore(long[] a, int i) {
        long x = a[i]++;
        long y = ++a[i + 1];
        a[0] = x + y;
        return a;
    }

    static int infiniteEntry(int n) {
        while (true) {
            n--;
            if (n < 10) return n;
        }
    }

    static int dead(int n) {
        return n;
    }

    static int even(int n) {
        return n == 0 ? 1 : odd(n - 1);
    }

    static int odd(int n) {
        return n == 0 ? 0 : even(n - 1);
    }

    static double crossClass(double x) {
        return OtherKernels.twice(x) + OtherKernels.twice(1.0);
    }

    static void parallelOuter(double[][] m) {
        for (@Parallel int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) m[i][j] = i + j;
        }
    }

    static int charLoop(char[] cs) {
        int n = 0;
        for (char c = 'a'; c <= 'z'; c++) {
            if (cs[0] == c) n++;
        }
        return n;
    }

    static long chain(long[] a, int[] b, int i, long v, int w) {
        long x;
        int y;
        x = a[i] = v;
        y = b[i] = w;
        return x + y;
    }

    static int inherited(int n) {
        return SubKernels.base(n);
    }

    static int switchInLoop(int[] a) {
        int s = 0;
        for (int x : a) {
            switch (x & 3) {
                case 0:
                    s += 1;
                case 1:
                    s += 10;
                    break;
                case 3:
                    continue;
                default:
                    s -= x;
            }
            s *= 2;
        }
        return s;
    }

    static int shortCircuit(int[] a, int n, boolean flag) {
        int i = 0;
        while (i < a.length && (a[i] > 2 || flag && i < n)) i++;
        return i;
    }

    static int search3(int[][] m, int x) {
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                for (int k = 0; k <= j; k++) {
                    if (m[i][j] + k == x) return i * 100 + j * 10 + k;
                }
            }
        }
        return -1;
    }

    static double longStride(long n, float f) {
        double acc = 0;
        float g = f;
        for (long i = 0; i < n; i += 3) {
            acc += i * 0.5;
            g = g * 0.5f + 1;
        }
        return acc + g;
    }

    static int swapLoop(int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            int t = a;
            a = b;
            b = t + i;
        }
        return a * 1000 + b;
    }

    static int nestedTernary(int x, int y, boolean c, boolean d) {
        return x + (c ? (d ? 1 : 2) : 3) * y;
    }

    static double arrayTernary(double[] a, double[] b, boolean c) {
        double[] r = c ? a : b;
        return r.length == 0 ? -1 : r[0];
    }

    static int doWhileContinue(int n) {
        int i = 0;
        int s = 0;
        do {
            i++;
            if ((i & 1) == 0) continue;
            s += i;
        } while (i < n);
        return s;
    }

    static long conversions(double d, float f, long l, int i) {
        int a = (int) d;
        long b = (long) f;
        float c = (float) l;
        double e = (double) f;
        short s = (short) l;
        char ch = (char) d;
        return a + b + (long) c + (long) e + s + ch + (long) (i * 1e10) + (int) (float) i;
    }

    static byte byteOverflow(int n) {
        byte b = 0;
        for (int i = 0; i < n; i++) b += 100;
        return b;
    }

    static float floatRem(float a, float b) {
        return a % b + (a > b ? a : b) - Math.min(a, b);
    }

    static double parallelLong(long n, double[] out) {
        double s = 0;
        for (@Parallel long i = 0; i < n; i++) {
            out[(int) (i % out.length)] += i;
            s += i;
        }
        return s;
    }

    static int collatz(int n) {
        int total = 0;
        for (int s = 1; s <= (n & 63); s++) { // bounded: PipelineTest passes any int
            long x = s;
            int steps = 0;
            do {
                x = (x & 1) == 0 ? x >> 1 : 3 * x + 1;
                steps++;
            } while (x != 1 && steps < 500);
            total += steps;
        }
        return total;
    }

    static int doWhileOr(int n, int m) {
        int t = 0;
        for (int i = 0; i < (n & 63); i++) {
            int a = i;
            int b = 0;
            do {
                a = a / 2;
                b++;
            } while (a > 3 || b < m && b < 50);
            t += a + b;
        }
        return t;
    }

    static int whileAndInFor(int[] v, int lo) {
        int t = 0;
        for (int i = 0; i < v.length; i++) {
            int j = i;
            int k = 0;
            while (j < v.length && v[j] > lo) {
                j++;
                k += v[j - 1];
            }
            t += k * 3 + j;
        }
        return t;
    }

    static long forAndOr(int n, long m) {
        long t = 0;
        for (int i = 0; i < (n & 63) && (t < m || i < 3); i++) {
            long x = i;
            for (int j = 0; j < i && x != 1 || j == 0 && x > 5; j++) {
                x = (x & 1) == 0 ? x >> 1 : 3 * x + 1;
                t += x;
            }
            t += x;
        }
        return t;
    }

    static int nestedDoWhile(int n) {
        int total = 0;
        int s = 0;
        do {
            int a = s;
            int b = 0;
            do {
                int c = 0;
                do {
                    c++;
                    a ^= c;
                } while (c < 3 && (a & 1) == 0);
                b += c;
                a = a * 5 + 1 & 1023;
            } while (a % 7 != 0 && b < 100);
            total += b - a;
            s++;
        } while (s < (n & 63) && total < 100000);
        return total;
    }
}
