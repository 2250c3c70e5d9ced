package dev.hotloop.ufunc;

import dev.hotloop.Hotloop;
import dev.hotloop.Ufunc;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input names the argument and both shapes or types, and leaves out untouched. */
class UfuncErrorsTest {
    final Ufunc u = Hotloop.ufunc(UfuncKernels.class, "relDiff");

    private static void says(Throwable e, String... parts) {
        for (String p : parts) assertTrue(e.getMessage().contains(p), "'" + e.getMessage() + "' should say '" + p + "'");
    }

    @Test
    void mismatchedShapes() {
        says(assertThrows(IllegalArgumentException.class, () -> u.apply(new double[3], new double[4])),
                "parameter 1", "[4]", "[3]");
        says(assertThrows(IllegalArgumentException.class, () -> u.apply(new double[2][3], new double[3][2])),
                "[3, 2]", "[2, 3]");
        says(assertThrows(IllegalArgumentException.class, () -> u.apply(new double[3], new double[1][3])),
                "[1, 3]", "[3]");
    }

    @Test
    void raggedAndNullRows() {
        double[][] ragged = {{1, 2}, {3}};
        says(assertThrows(IllegalArgumentException.class, () -> u.apply(ragged, 1.0)), "ragged", "row 1");
        double[][] holes = {{1, 2}, null};
        says(assertThrows(NullPointerException.class, () -> u.apply(holes, 1.0)), "parameter 0", "row 1");
    }

    @Test
    void nulls() {
        says(assertThrows(NullPointerException.class, () -> u.apply(null, new double[1])), "parameter 0", "null");
        says(assertThrows(NullPointerException.class, () -> u.into(null, new double[1], 1.0)), "out is null");
    }

    @Test
    void outOfTheWrongShapeOrTypeIsNotWritten() {
        double[] out = {7, 7};
        says(assertThrows(IllegalArgumentException.class, () -> u.into(out, new double[3], new double[3])),
                "out", "[2]", "[3]");
        assertArrayEquals(new double[] {7, 7}, out);
        says(assertThrows(IllegalArgumentException.class, () -> u.into(new int[3], new double[3], new double[3])),
                "out is int[]");
        says(assertThrows(IllegalArgumentException.class, () -> u.into(3.0, new double[3], new double[3])),
                "out", "array");
    }

    @Test
    void wrongArgumentsAndTypes() {
        says(assertThrows(IllegalArgumentException.class, () -> u.apply(new double[2])), "takes 2 arguments", "got 1");
        says(assertThrows(IllegalArgumentException.class, () -> u.apply(new boolean[2], new double[2])),
                "parameter 0", "boolean[]", "double");
        says(assertThrows(IllegalArgumentException.class, () -> u.apply("x", new double[2])), "parameter 0", "String");
        says(assertThrows(IllegalArgumentException.class, () -> Hotloop.ufunc(UfuncKernels.class, "collatz").apply(1.5)),
                "parameter 0", "int", "double");
        says(assertThrows(IllegalArgumentException.class, () -> Hotloop.ufunc(UfuncKernels.class, "notAnnotated")),
                "not annotated @Vectorize");
        says(assertThrows(IllegalArgumentException.class, () -> Hotloop.ufunc(UfuncKernels.class, "nope")), "no method");
    }
}
