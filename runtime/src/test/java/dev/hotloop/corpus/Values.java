package dev.hotloop.corpus;

import java.util.List;
import java.util.Random;

/**
 * Random and special values for the corpus: mostly ordinary numbers, sometimes NaN, signed zeros,
 * infinities and the extremes, so that every case has a chance to hit an edge.
 * <pre>double d = Values.aDouble(new Random(42));   // e.g. -13.7, or sometimes NaN</pre>
 */
final class Values {
    private Values() {}

    static final List<Double> DOUBLE_EDGES = List.of(Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1.0, -1.0, 0.5, -2.5, Double.MIN_VALUE, Double.MAX_VALUE,
            2147483648.0, -2147483649.0, 9.3e18, -1e300, 65535.9, Double.longBitsToDouble(0x7ff8_0000_dead_beefL));
    static final List<Float> FLOAT_EDGES = List.of(Float.NaN, 0.0f, -0.0f, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, 1.0f, -1.0f, 0.5f, -2.5f, Float.MIN_VALUE, Float.MAX_VALUE,
            2147483648.0f, -3e10f, 16777217.0f, 65535.9f);
    private static final int[] INT_SPECIALS = {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE};
    private static final long[] LONG_SPECIALS = {0L, -1L, 1L, Long.MIN_VALUE, Long.MAX_VALUE};

    static int anInt(Random r) {
        int k = r.nextInt(10);
        if (k == 0) return INT_SPECIALS[r.nextInt(INT_SPECIALS.length)];
        if (k < 4) return r.nextInt(201) - 100;
        return r.nextInt();
    }

    static long aLong(Random r) {
        int k = r.nextInt(10);
        if (k == 0) return LONG_SPECIALS[r.nextInt(LONG_SPECIALS.length)];
        if (k < 4) return r.nextInt(201) - 100;
        return r.nextLong();
    }

    static double aDouble(Random r) {
        int k = r.nextInt(20);
        if (k == 0) return DOUBLE_EDGES.get(r.nextInt(DOUBLE_EDGES.size()));
        if (k < 4) return r.nextInt(21) - 10;
        return r.nextGaussian() * Math.pow(10, r.nextInt(7) - 3);
    }

    static float aFloat(Random r) {
        int k = r.nextInt(20);
        if (k == 0) return FLOAT_EDGES.get(r.nextInt(FLOAT_EDGES.size()));
        if (k < 4) return r.nextInt(21) - 10;
        return (float) (r.nextGaussian() * Math.pow(10, r.nextInt(5) - 2));
    }

    static char aChar(Random r) {
        int k = r.nextInt(4);
        if (k == 0) return (char) r.nextInt(0x10000);
        if (k == 1) return (char) ('A' + r.nextInt(26));
        return (char) ('a' + r.nextInt(26));
    }

    // Array elements are drawn with fewer specials than scalars (one in ~60), so that sums and
    // divisions are not NaN or zero-divided in every case.
    private static boolean rare(Random r) { return r.nextInt(60) == 0; }

    static double[] doubles(Random r, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = rare(r) ? DOUBLE_EDGES.get(r.nextInt(DOUBLE_EDGES.size())) : r.nextGaussian() * 10;
        return a;
    }

    static float[] floats(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = rare(r) ? FLOAT_EDGES.get(r.nextInt(FLOAT_EDGES.size())) : (float) (r.nextGaussian() * 10);
        return a;
    }

    static int[] ints(Random r, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = rare(r) ? INT_SPECIALS[r.nextInt(INT_SPECIALS.length)] : r.nextInt(2001) - 1000;
        return a;
    }

    static long[] longs(Random r, int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = rare(r) ? LONG_SPECIALS[r.nextInt(LONG_SPECIALS.length)] : r.nextLong() >> r.nextInt(64);
        return a;
    }

    static byte[] bytes(Random r, int n) {
        byte[] a = new byte[n];
        r.nextBytes(a);
        return a;
    }

    static short[] shorts(Random r, int n) {
        short[] a = new short[n];
        for (int i = 0; i < n; i++) a[i] = (short) r.nextInt();
        return a;
    }

    static char[] chars(Random r, int n) {
        char[] a = new char[n];
        for (int i = 0; i < n; i++) a[i] = aChar(r);
        return a;
    }

    static boolean[] booleans(Random r, int n) {
        boolean[] a = new boolean[n];
        for (int i = 0; i < n; i++) a[i] = r.nextBoolean();
        return a;
    }

    static int rowsFor(int len) { return len == 0 ? 0 : 1 + len % 5; }

    static double[][] matrix(Random r, int len) {
        double[][] m = new double[rowsFor(len)][];
        for (int i = 0; i < m.length; i++) m[i] = doubles(r, len);
        return m;
    }

    static double[][] square(Random r, int len) {
        int k = Math.min(len, 12);
        double[][] m = new double[k][];
        for (int i = 0; i < k; i++) m[i] = doubles(r, k);
        return m;
    }

    static double[][] jagged(Random r, int len) {
        double[][] m = new double[rowsFor(len) + 1][];
        for (int i = 0; i < m.length; i++) m[i] = doubles(r, r.nextInt(len + 1));
        return m;
    }

    static int[][] intJagged(Random r, int len) {
        int[][] m = new int[rowsFor(len) + 1][];
        for (int i = 0; i < m.length; i++) m[i] = ints(r, r.nextInt(len + 1));
        return m;
    }

    /** An array of the same type as {@code like} filled with that type's special values, cycling. */
    static Object specials(Object like, int n) {
        return switch (like) {
            case double[] a -> { double[] s = new double[n]; for (int i = 0; i < n; i++) s[i] = DOUBLE_EDGES.get(i % DOUBLE_EDGES.size()); yield s; }
            case float[] a -> { float[] s = new float[n]; for (int i = 0; i < n; i++) s[i] = FLOAT_EDGES.get(i % FLOAT_EDGES.size()); yield s; }
            case int[] a -> { int[] s = new int[n]; for (int i = 0; i < n; i++) s[i] = INT_SPECIALS[i % INT_SPECIALS.length]; yield s; }
            case long[] a -> { long[] s = new long[n]; for (int i = 0; i < n; i++) s[i] = LONG_SPECIALS[i % LONG_SPECIALS.length]; yield s; }
            case byte[] a -> { byte[] s = new byte[n]; for (int i = 0; i < n; i++) s[i] = (byte) (i % 2 == 0 ? -128 + i : 127 - i); yield s; }
            case short[] a -> { short[] s = new short[n]; for (int i = 0; i < n; i++) s[i] = (short) (i % 2 == 0 ? Short.MIN_VALUE + i : Short.MAX_VALUE - i); yield s; }
            case char[] a -> { char[] s = new char[n]; for (int i = 0; i < n; i++) s[i] = (char) (i % 2 == 0 ? 0xFFFF - i : i); yield s; }
            case boolean[] a -> { boolean[] s = new boolean[n]; for (int i = 0; i < n; i++) s[i] = i % 3 == 0; yield s; }
            default -> null; // 2-D arrays: no special contents beyond their random ones
        };
    }
}
