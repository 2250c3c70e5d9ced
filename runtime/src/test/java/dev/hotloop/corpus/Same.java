package dev.hotloop.corpus;

import java.lang.reflect.Array;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Bit-exact comparison of kernel results: floats and doubles by their canonical bits (so NaN
 * equals NaN and 0.0 differs from -0.0), arrays element by element and deep for 2-D, and the
 * boxed type must match (an {@code int} result is not a {@code long} one).
 * <pre>Same.diff(new double[] {-0.0}, new double[] {0.0}, "result")  ==>  "result[0]: expected -0.0 but was 0.0"</pre>
 */
public final class Same {
    private Same() {}

    /** Null if {@code expected} and {@code actual} agree, else where and how they differ. */
    public static String diff(Object expected, Object actual, String where) {
        if (expected == null || actual == null) {
            return expected == actual ? null : where + ": expected " + show(expected) + " but was " + show(actual);
        }
        if (expected.getClass() != actual.getClass()) {
            return where + ": expected a " + expected.getClass().getSimpleName() + " " + show(expected)
                    + " but was a " + actual.getClass().getSimpleName() + " " + show(actual);
        }
        if (expected.getClass().isArray()) {
            int n = Array.getLength(expected), m = Array.getLength(actual);
            if (n != m) return where + ".length: expected " + n + " but was " + m;
            for (int i = 0; i < n; i++) {
                String d = diff(Array.get(expected, i), Array.get(actual, i), where + "[" + i + "]");
                if (d != null) return d;
            }
            return null;
        }
        boolean same = switch (expected) {
            case Double d -> Double.doubleToLongBits(d) == Double.doubleToLongBits((Double) actual);
            case Float f -> Float.floatToIntBits(f) == Float.floatToIntBits((Float) actual);
            default -> expected.equals(actual);
        };
        return same ? null : where + ": expected " + show(expected) + " but was " + show(actual);
    }

    /**
     * Null if every array the plain run returned that was also reachable from its arguments is,
     * in the compiled run, the corresponding array reachable from the compiled arguments (a
     * kernel returning its input, or a row of it, must return that very array).
     */
    static String identity(Object[] plainArgs, Object plainResult, Object[] jitArgs, Object jitResult) {
        if (plainResult == null || !plainResult.getClass().isArray()) return null;
        Map<Object, Object> plainToJit = new IdentityHashMap<>();
        for (int i = 0; i < plainArgs.length; i++) pair(plainArgs[i], jitArgs[i], plainToJit);
        Object expected = plainToJit.get(plainResult);
        if (expected == null) {
            return plainToJit.containsValue(jitResult) ? "result: plain returned a new array, compiled returned an argument" : null;
        }
        return expected == jitResult ? null : "result: plain returned an argument array (or a row of one), compiled returned another array";
    }

    private static void pair(Object p, Object j, Map<Object, Object> map) {
        if (p == null || j == null || !p.getClass().isArray() || map.containsKey(p)) return;
        map.put(p, j);
        if (p instanceof Object[] pr && j instanceof Object[] jr && pr.length == jr.length) {
            for (int i = 0; i < pr.length; i++) pair(pr[i], jr[i], map);
        }
    }

    public static String show(Object o) {
        if (o == null) return "null";
        if (o instanceof Double d) return d + (d.isNaN() ? "(0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")" : "");
        if (o instanceof Float f) return f + "f";
        if (o instanceof Character c) return "'\\u" + String.format("%04x", (int) c) + "'";
        if (o instanceof String s) return '"' + s + '"';
        if (!o.getClass().isArray()) return String.valueOf(o);
        int n = Array.getLength(o);
        StringBuilder b = new StringBuilder(o.getClass().getComponentType().getSimpleName()).append('[').append(n).append("]{");
        for (int i = 0; i < Math.min(n, 6); i++) b.append(i > 0 ? ", " : "").append(show(Array.get(o, i)));
        return b.append(n > 6 ? ", ...}" : "}").toString();
    }
}
