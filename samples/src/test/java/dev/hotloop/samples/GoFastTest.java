package dev.hotloop.samples;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GoFastTest {
    @Test
    void compiledKernelEqualsPlainJava() {
        for (int n : new int[] {0, 1, 5, 1500}) {
            double[][] a = GoFast.matrix(n);
            for (int i = 0; i < n; i++) a[i][i] = (i % 7 - 3) * 0.25; // tanh away from +-1
            double[][] want = GoFastKernels.goFast(a);
            double[][] got = GoFastKernelsJit.goFast(a);
            assertEquals(want.length, got.length);
            // the trace is summed in chunks: equal up to rounding, the same for every element
            double tol = 1e-12 * Math.max(1, n);
            for (int i = 0; i < n; i++) assertArrayEquals(want[i], got[i], tol, "row " + i + " n=" + n);
        }
    }

    @Test
    void runsTheSampleMain() {
        GoFast.main(new String[] {"50"});
    }
}
