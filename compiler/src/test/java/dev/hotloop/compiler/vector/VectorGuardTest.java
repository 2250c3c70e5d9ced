package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.Options;
import org.junit.jupiter.api.Test;

/**
 * The guards in front of each vector loop: aliased arrays, out-of-bounds accesses and null
 * arrays all run the scalar loop, so the compiled kernel stores and throws exactly as plain Java.
 */
class VectorGuardTest {
    private static final Options V256 = new Options(false, false, 256);

    private static double[] data(int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = i * 0.5 - 3;
        return a;
    }

    @Test
    void aliasedArraysAgree() throws Throwable {
        for (int bits : VectorKernelTest.BITS) {
            Options o = new Options(false, false, bits);
            double[] a = data(37);
            VecHarness.agree(VecHarness.compile("triad", o), new Object[]{a, a, a, 1.5}, "triad(a, a, a)");
            VecHarness.agree(VecHarness.compile("inPlace", o), new Object[]{a, a}, "inPlace(a, a)");
            VecHarness.agree(VecHarness.compile("offsets", o), new Object[]{a, a}, "offsets(a, a): a store one element behind a load");
            VecHarness.agree(VecHarness.compile("clampSelect", o), new Object[]{a, a, 0.0}, "clampSelect(a, a)");
            VecHarness.agree(VecHarness.compile("ifElseStore", o), new Object[]{a, a}, "ifElseStore(a, a)");
            double[][] m = {data(20), data(20), data(20)};
            m[1] = m[0];
            VecHarness.agree(VecHarness.compile("stencil2d", o), new Object[]{m, m}, "stencil2d(m, m)");
            VecHarness.agree(VecHarness.compile("rows", o), new Object[]{m, m[1], 0}, "rows(m, m[1], 0)");
            long[] l = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
            VecHarness.agree(VecHarness.compile("longOps", o), new Object[]{l, l, 3}, "longOps(l, l)");
        }
    }

    @Test
    void outOfBoundsThrowsAfterTheSameStores() throws Throwable {
        VecHarness.Compiled k = VecHarness.compile("bounded", V256);
        VecHarness.agree(k, new Object[]{data(40), new double[40], 41}, "n past a's end");
        VecHarness.agree(k, new Object[]{data(40), new double[17], 40}, "n past out's end");
        VecHarness.agree(k, new Object[]{data(40), new double[40], -5}, "negative n");
        VecHarness.agree(k, new Object[]{null, new double[40], 30}, "null input");
        VecHarness.agree(k, new Object[]{data(40), null, 30}, "null output");
        VecHarness.agree(k, new Object[]{null, null, 0}, "nulls, no iterations");
        VecHarness.Compiled axpy = VecHarness.compile("axpyN", V256);
        VecHarness.agree(axpy, new Object[]{50, 2f, new float[60], new float[45]}, "y too short");
        VecHarness.Compiled rows = VecHarness.compile("rows", V256);
        VecHarness.agree(rows, new Object[]{new double[][]{data(9), null}, data(9), 1}, "null row");
        VecHarness.agree(rows, new Object[]{new double[][]{data(9)}, data(9), 3}, "row index past the end");
        VecHarness.agree(rows, new Object[]{new double[][]{data(9)}, data(4), 0}, "v shorter than the row");
    }
}
