package dev.hotloop.corpus;

import java.lang.reflect.Array;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Copies an argument list deeply while keeping its aliasing: an array that appears twice (as two
 * parameters, or as a row of a 2-D array and a parameter) appears twice in the copy as one array.
 * <pre>Object[] c = DeepCopy.of(new Object[] {a, a});   // c[0] != a, c[0] == c[1]</pre>
 */
final class DeepCopy {
    private final Map<Object, Object> copies = new IdentityHashMap<>();

    private DeepCopy() {}

    static Object[] of(Object[] args) {
        DeepCopy d = new DeepCopy();
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) out[i] = d.copy(args[i]);
        return out;
    }

    private Object copy(Object o) {
        if (o == null || !o.getClass().isArray()) return o; // boxed scalars and strings are immutable
        Object done = copies.get(o);
        if (done != null) return done;
        int n = Array.getLength(o);
        Object c = Array.newInstance(o.getClass().getComponentType(), n);
        copies.put(o, c);
        if (o instanceof Object[] rows) {
            Object[] cr = (Object[]) c;
            for (int i = 0; i < n; i++) cr[i] = copy(rows[i]);
        } else {
            System.arraycopy(o, 0, c, 0, n);
        }
        return c;
    }
}
