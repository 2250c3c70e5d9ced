package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * byte, short, char and boolean as parameters, arrays and results: values that must be
 * re-narrowed after every operation, unsigned char arithmetic, booleans stored as 0/1.
 */
final class SmallTypeKernels {
    private SmallTypeKernels() {}

    @Jit
    static byte byteOps(byte a, byte b) {
        return (byte) (a * b + (a >> 1) - (b & 0x0F));
    }

    @Jit
    static short shortOps(short a, short b) {
        short c = (short) (a + b);
        return (short) (c * 3 ^ a >>> 2);
    }

    @Jit
    static char charOps(char a, int k) {
        char c = (char) (a + k);
        c++;
        return c > 'm' ? (char) (c - 13) : c;
    }

    @Jit
    static boolean boolLogic(boolean a, boolean b, int x) {
        boolean c = a && !b || (x > 0) ^ a;
        boolean d = a | b & c;
        return d != (x % 3 == 0) ? c : !c;
    }

    @Jit
    static double boolArray(boolean[] flags, double[] v) {
        double s = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) s += v[i];
            flags[i] = !flags[i] ^ (v[i] > 0);
        }
        return s;
    }

    @Jit
    static int byteArraySum(byte[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
            a[i] = (byte) (a[i] * 3);
        }
        return s;
    }

    @Jit
    static short[] shortScale(short[] a, short k) {
        short[] out = new short[a.length];
        for (int i = 0; i < a.length; i++) out[i] = (short) (a[i] * k + 1);
        return out;
    }

    @Jit
    static int[] charHistogram(char[] s) {
        int[] h = new int[26];
        for (char c : s) {
            if (c >= 'a' && c <= 'z') h[c - 'a']++;
            else if (c >= 'A' && c <= 'Z') h[c - 'A'] += 2;
        }
        return h;
    }

    @Jit
    static boolean[] flagsFrom(short[] a, char threshold) {
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] > threshold || a[i] == -1;
        return out;
    }
}
