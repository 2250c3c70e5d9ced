package dev.hotloop.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.hotloop.Hotloop;
import dev.hotloop.JitFunction;
import dev.hotloop.runtime.VectorSupport;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The default a user gets: a loop C2 auto-vectorises by itself keeps no Vector API code and
 * {@code explain()} says it is left to C2; a loop C2 does not vectorise (a widening sum) keeps ours.
 * The corpus tests run with {@code hotloop.vector.c2=false} ({@link Widths}), so this is the one
 * place the default is checked through the runtime.
 */
class LeftToC2Test {
    private static final String LEFT = ": loop left to C2's auto-vectoriser (a straight-line loop of array loads, stores and arithmetic)";

    /** {@code s} with {@code hotloop.vector.bits} at 256 and {@code hotloop.vector.c2} unset (the default). */
    private static <T> T atDefault(Supplier<T> s) {
        synchronized (Widths.class) {
            String bits = System.getProperty(VectorSupport.BITS), c2 = System.getProperty(VectorSupport.LEAVE_TO_C2);
            System.setProperty(VectorSupport.BITS, "256");
            System.clearProperty(VectorSupport.LEAVE_TO_C2);
            try {
                return s.get();
            } finally {
                if (bits == null) System.clearProperty(VectorSupport.BITS);
                else System.setProperty(VectorSupport.BITS, bits);
                if (c2 != null) System.setProperty(VectorSupport.LEAVE_TO_C2, c2);
            }
        }
    }

    @Test
    void triadIsLeftToC2AndAgrees() throws Throwable {
        assumeFalse(Widths.NO_MODULE_RUN, "without the module every loop is scalar anyway");
        JitFunction f = Hotloop.jit(ElementwiseKernels.class, "triad");
        MethodType t = MethodType.methodType(void.class, double[].class, double[].class, double[].class, double.class);
        MethodHandle h = atDefault(() -> f.handle(t));
        String why = atDefault(f::explain);
        assertTrue(why.matches("(?s).*ElementwiseKernels\\.java:\\d+\\Q" + LEFT + "\\E.*"), why);
        assertFalse(why.contains("vectorised ("), why);
        Random r = new Random(7);
        for (int n : new int[] {0, 1, 7, 8, 9, 1001}) {
            double[] b = r.doubles(n).toArray(), c = r.doubles(n).toArray();
            double[] want = new double[n], got = new double[n];
            ElementwiseKernels.triad(want, b, c, 1.5);
            h.invokeExact(got, b, c, 1.5);
            assertArrayEquals(want, got, "n=" + n);
        }
    }

    @Test
    void aWideningSumKeepsOurVectorCode() throws Throwable {
        assumeFalse(Widths.NO_MODULE_RUN, "without the module every loop is scalar anyway");
        JitFunction f = Hotloop.jit(WideningKernels.class, "intToLongSum");
        MethodHandle h = atDefault(() -> f.handle(MethodType.methodType(long.class, int[].class)));
        String why = atDefault(f::explain);
        assertTrue(why.contains("vectorised (inner, LongVector 256 bits x4)"), why);
        assertFalse(why.contains(LEFT), why);
        int[] a = new Random(3).ints(1001).toArray();
        assertEquals(WideningKernels.intToLongSum(a), (long) h.invokeExact(a));
    }
}
