package dev.hotloop.runtime;

import dev.hotloop.KernelStats;
import dev.hotloop.annotations.GuVectorize;
import dev.hotloop.annotations.Vectorize;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Under hotloop.disable the loops of ufuncs and gufuncs run the original method, with the same results. */
class UfuncDisabledTest {
    private final Engine disabled = new Engine(new Config(true, null, false, 0, null),
            r -> { throw new AssertionError("nothing compiles when disabled"); });

    @Vectorize(identity = "0")
    static double sub(double x, double y) {
        return x - y;
    }

    @GuVectorize(layout = "(n)->()")
    static void total(long[] x, long[] out) {
        long s = 0;
        for (long v : x) s += v;
        out[0] = s;
    }

    private static Method method(String name) {
        for (Method m : UfuncDisabledTest.class.getDeclaredMethods()) if (m.getName().equals(name)) return m;
        throw new AssertionError(name);
    }

    @Test
    void ufuncLoopsRunTheOriginalMethod() throws Throwable {
        UfuncDispatcher u = disabled.ufunc(method("sub"));
        assertArrayEquals(new double[] {-1, 0.5}, (double[]) u.apply(new Object[] {new double[] {1, 2}, new float[] {2, 1.5f}}));
        assertArrayEquals(new double[][] {{0, 1}}, (double[][]) u.apply(new Object[] {new int[][] {{1, 2}}, 1}));
        assertEquals(1.0 - 2 - 3, u.reduce(new double[] {1, 2, 3}));
        assertArrayEquals(new double[] {1, -1, -4}, (double[]) u.accumulate(new double[] {1, 2, 3}));
        assertEquals(2.5, u.apply(new Object[] {3.0, 0.5}));
        MethodHandle h = u.handle(MethodType.methodType(double.class, double.class, double.class));
        assertEquals(1.0, (double) h.invokeExact(3.0, 2.0));
        for (KernelStats s : u.stats()) {
            assertFalse(s.compiled());
            assertTrue(s.fallback().contains("disabled"), s.fallback());
        }
    }

    @Test
    void gufuncLoopsRunTheOriginalMethod() {
        GufuncDispatcher g = disabled.gufunc(method("total"));
        Object[] outs = g.apply(new Object[] {new long[][] {{1, 2}, {3, 4}, {5, 6}}});
        assertArrayEquals(new long[] {3, 7, 11}, (long[]) outs[0]);
        int[] small = new int[2];
        g.into(new Object[] {small}, new Object[] {new byte[][] {{1, 2}, {3, 4}}});
        assertArrayEquals(new int[] {3, 7}, small);
    }
}
