package dev.hotloop.compiler.ufunc;

import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Verifier;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The gufunc row loop: looped and broadcast inputs, scalar and row outputs. */
class GufuncLoopsTest {
    static void dotScaled(double[] x, double[] y, double k, double[] out, double[] scaled) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
            scaled[i] = x[i] * k;
        }
        out[0] = s;
    }

    Callee body() { return LoopHarness.callee(GufuncLoopsTest.class, "dotScaled", "([D[DD[D[D)V", null); }

    @Test
    void rowsOfXWithYAndKBroadcast() throws Throwable {
        Program p = GufuncLoops.rows(body(), List.of(true, false, false), List.of(true, false), false);
        Verifier.verify(p);
        assertEquals("void(double[][], double[], double, double[], double[][])", p.kernel().signature().toString());
        MethodHandle h = LoopHarness.compile(p, dev.hotloop.compiler.Options.SERIAL);
        double[][] x = {{1, 2}, {3, 4}, {5, 6}};
        double[] y = {10, 1};
        double[] dots = new double[3];
        double[][] scaled = new double[3][2];
        h.invoke(x, y, 2.0, dots, scaled);
        assertArrayEquals(new double[] {12, 34, 56}, dots);
        assertArrayEquals(new double[][] {{2, 4}, {6, 8}, {10, 12}}, scaled);
    }

    @Test
    void loopedScalarInput() throws Throwable {
        Program p = GufuncLoops.rows(body(), List.of(true, true, true), List.of(true, false), true);
        Verifier.verify(p);
        assertEquals(1, p.kernel().parallelPhis().size());
    }
}
