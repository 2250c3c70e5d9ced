package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * Arithmetic on every numeric type: overflow, {@code MIN_VALUE / -1}, {@code % -1}, division by
 * zero, floating-point division and remainder with NaN, signed zeros and infinities, the
 * promotions of mixed-type expressions and the implicit narrowing of compound assignments.
 */
final class ArithmeticKernels {
    private ArithmeticKernels() {}

    @Jit
    static int[] intArith(int a, int b) {
        return new int[] {a + b, a - b, a * b, a / b, a % b, -a, a * 31 + b};
    }

    @Jit
    static long longArith(long a, long b) {
        long q = a / b, r = a % b;
        return (a + b) * 1_000_003L ^ (a - b) * 31 ^ a * b ^ q ^ (r << 7) ^ -a;
    }

    @Jit
    static double[] doubleArith(double a, double b) {
        return new double[] {a + b, a - b, a * b, a / b, a % b, -a, a * b + a, (a - b) / (a + b)};
    }

    @Jit
    static float[] floatArith(float a, float b) {
        return new float[] {a + b, a - b, a * b, a / b, a % b, -b, a * a - b * b};
    }

    @Jit
    static int intOverflowLoop(int n, int seed) {
        int h = seed;
        for (int i = 0; i < n; i++) {
            h = h * 0x01000193 + i;
            h ^= h >>> 13;
        }
        return h + Integer.MAX_VALUE;
    }

    @Jit
    static long longDivMod(long[] a, long d) {
        long s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] / d + 3 * (a[i] % d);
        return s;
    }

    @Jit
    static int[] intDivArray(int[] a, int[] b) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] / b[i] + a[i] % b[i];
        return out;
    }

    @Jit
    static double mixedPromotion(byte b, short s, char c, int i, long l, float f, double d) {
        int bs = b * s;          // both promoted to int
        int ci = c - i;          // char is unsigned
        long li = l + i;         // int widened to long
        float fl = f * l;        // long converted to float
        double all = bs + ci + li + fl + d;
        return all + b / 2 + s % 3 + c / 7.0f;
    }

    @Jit
    static int compoundAssign(int[] a, byte[] b, double s) {
        int sum = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] += s;           // i2d, dadd, d2i
            a[i] *= 1.5;
            sum += a[i];
        }
        for (int i = 0; i < b.length; i++) {
            b[i] += 100;         // wraps through (byte)
            b[i] >>= 1;
            b[i] *= 3;
        }
        return sum;
    }

    @Jit
    static long increments(int n) {
        int i = 0, j = n, k = 7;
        long acc = 0;
        while (i < n) {
            acc += i++ * 3L + ++k - j--;
            k += 1000;           // iinc with a wide constant
            k -= 200_000;
            acc -= --k;
        }
        return acc + i + j + k;
    }
}
