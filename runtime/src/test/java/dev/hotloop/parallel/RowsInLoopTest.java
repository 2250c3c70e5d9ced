package dev.hotloop.parallel;

import dev.hotloop.Hotloop;
import dev.hotloop.JitFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RowKernels} compiled (each row of the 2-D result allocated in the parallel loop) against
 * plain Java, on 1, 2 and 7 threads: same arrays, or the same exception with the same message.
 */
class RowsInLoopTest {
    private static final int[] THREADS = {1, 2, 7};
    private final int threadsBefore = Hotloop.threads();

    @AfterEach
    void restoreThreads() {
        Hotloop.threads(threadsBefore);
    }

    static Object[] a(Object... args) { return args; }

    static double[][] grid(int n, int m) {
        double[][] g = new double[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) g[i][j] = Math.sin(i * 7 + j) * 3;
        return g;
    }

    static int[][] ones(int n, int m) {
        int[][] g = new int[n][m];
        for (int[] row : g) Arrays.fill(row, 1);
        return g;
    }

    /** Runs {@code kernel} plain and compiled on every thread count for every argument list. */
    static void check(String kernel, Object[]... cases) throws Exception {
        Method plain = Arrays.stream(RowKernels.class.getDeclaredMethods()).filter(m -> m.getName().equals(kernel)).findFirst().orElseThrow();
        plain.setAccessible(true);
        JitFunction f = Hotloop.jit(RowKernels.class, kernel);
        for (Object[] args : cases) {
            Object want;
            try {
                want = plain.invoke(null, args);
            } catch (InvocationTargetException e) {
                want = e.getCause();
            }
            for (int t : THREADS) {
                Hotloop.threads(t);
                Object got;
                try {
                    got = f.invoke(args);
                } catch (RuntimeException e) {
                    got = e;
                }
                String what = kernel + " on " + t + " threads, " + describe(args);
                if (want instanceof Throwable w) {
                    assertTrue(got instanceof Throwable, what + ": plain threw " + w + ", compiled returned");
                    assertEquals(w.getClass(), got.getClass(), what + ": " + got);
                    // C2 may throw a hot ArithmeticException or index error without its message (OmitStackTraceInFastThrow)
                    String message = ((Throwable) got).getMessage();
                    if (message != null || w instanceof NegativeArraySizeException) assertEquals(w.getMessage(), message, what);
                } else {
                    assertTrue(Objects.deepEquals(new Object[] {want}, new Object[] {got}), what);
                }
            }
        }
        String why = f.explain();
        assertTrue(why.contains("rows of the new 2-D array allocated in the loop"), why);
        assertFalse(why.contains("suspected race"), why); // each iteration writes the row it allocated
    }

    static String describe(Object[] args) {
        StringBuilder s = new StringBuilder();
        for (Object x : args) {
            if (x instanceof Object[] rows) s.append(rows.length).append(" rows ");
            else s.append(x).append(' ');
        }
        return s.toString().trim();
    }

    @Test
    void goFastOnEveryShape() throws Exception {
        double[][] ragged = grid(40, 40);
        ragged[17] = new double[3]; // a short input row: plain Java and the chunk both stop there
        check("goFast", a((Object) grid(0, 0)), a((Object) grid(1, 1)), a((Object) grid(1, 0)), a((Object) grid(5, 5)),
                a((Object) grid(200, 200)), a((Object) grid(1000, 7)), a((Object) ragged));
    }

    @Test
    void negativeAndZeroLengths() throws Exception {
        check("plus", a(grid(0, 0), 0, 1.0), a(grid(0, 0), -1, 1.0), a(grid(3, 3), -7, 1.0), a(grid(3, 0), 0, 1.0),
                a(grid(1, 4), 4, 0.5), a(grid(300, 9), 9, -1.0), a(grid(300, 9), 4, 2.0), a(grid(64, 8), 9, 2.0));
        check("skipThirds", a(0, 0), a(1, 1), a(2, 5), a(0, -1), a(-1, 3), a(-2, -5), a(500, 3), a(301, 0));
        check("floatRows", a(0, 0), a(1, 1), a(7, 2), a(250, 17), a(3, -2));
    }

    @Test
    void anExceptionInTheMiddleOfTheLoop() throws Exception {
        int[][] zero = ones(500, 6);
        zero[211][4] = 0;
        int[][] twoZeros = ones(500, 6);
        twoZeros[13][0] = 0;
        twoZeros[400][0] = 0;
        int[][] shortRow = ones(500, 6);
        shortRow[250] = new int[2];
        int[][] nullRow = ones(100, 6);
        nullRow[60] = null;
        check("quotients", a(zero, 6), a(zero, 3), a(twoZeros, 6), a(shortRow, 6), a(shortRow, 2), a(zero, -1), a(ones(0, 0), -1));
        // a null row: the same exception type (its helpful message names locals plain Java has and the hidden class has not)
        Hotloop.threads(7);
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> Hotloop.jit(RowKernels.class, "quotients").invoke(nullRow, 6));
        assertEquals(NullPointerException.class, e.getClass());
    }
}
