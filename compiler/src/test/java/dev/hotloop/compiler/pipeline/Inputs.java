package dev.hotloop.compiler.pipeline;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.Random;

/** Random and edge-case arguments by parameter type, deep copies, and a bit-exact canonical form for comparison. */
final class Inputs {
    private Inputs() {}

    static final double[] DOUBLES = {0.0, -0.0, 1.0, -1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300};
    static final int[] INTS = {0, 1, -1, 2, 7, Integer.MIN_VALUE, Integer.MAX_VALUE, 100, -100, 3};
    static final long[] LONGS = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40, -7, 42, 5, 1000};

    static Object[] args(Class<?>[] types, Random rnd, int trial) {
        Object[] out = new Object[types.length];
        for (int i = 0; i < types.length; i++) out[i] = value(types[i], rnd, trial);
        return out;
    }

    static Object value(Class<?> t, Random rnd, int trial) {
        boolean edge = trial % 2 == 1;
        if (t == int.class) return edge ? INTS[rnd.nextInt(INTS.length)] : rnd.nextInt(40) - 5;
        if (t == long.class) return edge ? LONGS[rnd.nextInt(LONGS.length)] : (long) rnd.nextInt(1000) - 5;
        if (t == double.class) return edge ? DOUBLES[rnd.nextInt(DOUBLES.length)] : rnd.nextGaussian() * 10;
        if (t == float.class) return edge ? (float) DOUBLES[rnd.nextInt(DOUBLES.length)] : (float) rnd.nextGaussian();
        if (t == boolean.class) return rnd.nextBoolean();
        if (t == byte.class) return (byte) rnd.nextInt();
        if (t == short.class) return (short) rnd.nextInt();
        if (t == char.class) return (char) rnd.nextInt();
        if (t.isArray()) {
            if (trial == 11) return null;
            int[] lengths = {0, 1, 7, 8, 9, 16, 17, 3};
            int n = lengths[trial % lengths.length];
            Object a = Array.newInstance(t.getComponentType(), n);
            for (int i = 0; i < n; i++) Array.set(a, i, value(t.getComponentType(), rnd, trial));
            return a;
        }
        throw new IllegalArgumentException(t.toString());
    }

    static Object[] deepCopy(Object[] a) {
        Object[] out = new Object[a.length];
        for (int i = 0; i < a.length; i++) out[i] = copy(a[i]);
        return out;
    }

    static Object copy(Object o) {
        if (o == null || !o.getClass().isArray()) return o;
        int n = Array.getLength(o);
        Object c = Array.newInstance(o.getClass().getComponentType(), n);
        for (int i = 0; i < n; i++) Array.set(c, i, copy(Array.get(o, i)));
        return c;
    }

    /** A string in which doubles and floats show their bits, so comparison is bit for bit (NaNs canonical). */
    static String canonical(Object o) {
        if (o == null) return "null";
        if (o instanceof Double d) return "d" + Long.toHexString(Double.doubleToLongBits(d));
        if (o instanceof Float f) return "f" + Integer.toHexString(Float.floatToIntBits(f));
        if (o.getClass().isArray()) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < Array.getLength(o); i++) b.append(canonical(Array.get(o, i))).append(',');
            return b.append(']').toString();
        }
        return o.getClass().getSimpleName() + o;
    }

    static String show(Object[] a) {
        String s = Arrays.deepToString(a);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
