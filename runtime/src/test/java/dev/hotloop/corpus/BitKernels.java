package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * Bitwise operators and shifts. Java masks shift counts ({@code & 31} for int, {@code & 63} for
 * long), so counts of 32, 64, 65 and negative ones are the interesting cases; sub-int types are
 * promoted to int before shifting, which a byte-lane vector shift must not forget.
 */
final class BitKernels {
    private BitKernels() {}

    @Jit
    static int[] intBits(int a, int s) {
        return new int[] {a & s, a | s, a ^ s, ~a, a << s, a >> s, a >>> s, a << -s, (a >>> s) | (a << (32 - s))};
    }

    @Jit
    static long[] longBits(long a, int s) {
        return new long[] {a & s, a | s, a ^ ~(long) s, a << s, a >> s, a >>> s, a >>> (s + 64), 1L << s};
    }

    @Jit
    static long longShiftByLong(long a, long s) {
        return (a << s) ^ (a >> (s + 1)) ^ (a >>> -s) ^ ((int) a << s);
    }

    @Jit
    static void shiftArray(int[] a, int[] out, int s) {
        for (int i = 0; i < a.length; i++) out[i] = (a[i] << s) ^ (a[i] >>> (s + 1)) ^ (a[i] >> 33);
    }

    @Jit
    static void byteShifts(byte[] a, byte[] out, int s) {
        for (int i = 0; i < a.length; i++) out[i] = (byte) ((a[i] >> s) + (a[i] >>> s) + (a[i] << 9 >> s));
    }

    @Jit
    static long bitMixLong(long[] a) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < a.length; i++) {
            long x = a[i] ^ h;
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            h = (h ^ x) * 0xBF58476D1CE4E5B9L;
            a[i] = x & ~(h >> 3);
        }
        return h;
    }

    @Jit
    static int charShorts(char[] c, short[] s) {
        int acc = 0;
        for (int i = 0; i < c.length && i < s.length; i++) {
            acc += (c[i] >> 3) ^ (s[i] >>> 3) ^ (c[i] & s[i]) ^ (~c[i] | s[i]);
            c[i] = (char) (c[i] << 1 | c[i] >>> 15);
            s[i] = (short) (s[i] >>> 1);
        }
        return acc;
    }
}
