package dev.hotloop.compiler.ufunc;

import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Verifier;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loops built around a scalar function: their IR, and what they compute once compiled. */
class UfuncLoopsTest {
    static double hyp(double x, double y) {
        return x > y ? Math.sqrt(x * x - y * y) : 0.5 * y;
    }

    static double sub(double a, double b) {
        return a - b;
    }

    static final Type F64A = Type.array(Type.F64);
    static final Type F64M = Type.array(F64A);

    Callee hyp() { return LoopHarness.callee(UfuncLoopsTest.class, "hyp", "(DD)D", null); }

    @Test
    void mapLoopCallsTheScalarFunctionPerElement() {
        Program p = UfuncLoops.map(hyp(), List.of(F64A, Type.F64), F64A, false);
        Verifier.verify(p);
        String ir = IrPrinter.print(p.kernel());
        assertTrue(ir.startsWith("func @loop(f64[] v0, f64 v1, f64[] v2) -> void {"), ir);
        assertTrue(ir.contains("call dev/hotloop/compiler/ufunc/UfuncLoopsTest.hyp(DD)D"), ir);
        assertEquals(1, p.helpers().size());
    }

    @Test
    void parallelMapMarksTheOuterLoop() {
        Program p = UfuncLoops.map(hyp(), List.of(F64M, F64M), F64M, true);
        Verifier.verify(p);
        assertEquals(1, p.kernel().parallelPhis().size());
        assertTrue(IrPrinter.print(p.kernel()).contains("phi i32 @parallel"));
    }

    @Test
    void compiledMapEqualsJava() throws Throwable {
        MethodHandle h = LoopHarness.compile(hyp(), c -> UfuncLoops.map(c, List.of(F64A, Type.F64), F64A, false));
        double[] x = {3, 1, -2, 5, 0.25}, out = new double[5];
        h.invoke(x, 2.0, out);
        for (int i = 0; i < x.length; i++) assertEquals(hyp(x[i], 2.0), out[i]);
    }

    @Test
    void compiledTwoDimensionalMapWithConversions() throws Throwable {
        Type i32m = Type.array(Type.array(Type.I32)), f32m = Type.array(Type.array(Type.F32));
        MethodHandle h = LoopHarness.compile(hyp(), c -> UfuncLoops.map(c, List.of(i32m, f32m), F64M, false));
        int[][] x = {{3, 4}, {5, 1}};
        float[][] y = {{1.5f, 9f}, {2f, 0.5f}};
        double[][] out = new double[2][2];
        h.invoke(x, y, out);
        for (int r = 0; r < 2; r++) for (int c = 0; c < 2; c++) assertEquals(hyp(x[r][c], y[r][c]), out[r][c]);
    }

    @Test
    void parallelLoopIsOutlined() {
        Program p = UfuncLoops.map(hyp(), List.of(F64A, F64A), F64A, true);
        // compiled and checked, not run: the driver it calls is in the runtime (see the runtime's UfuncParallelTest)
        LoopHarness.compile(p, new Options(true, false, 0));
        assertTrue(p.helpers().keySet().stream().anyMatch(m -> m.name().startsWith("chunk$")), p.helpers().toString());
    }

    @Test
    void reduceAndAccumulateFoldLeft() throws Throwable {
        Callee sub = LoopHarness.callee(UfuncLoopsTest.class, "sub", "(DD)D", null);
        MethodHandle red = LoopHarness.compile(sub, c -> UfuncLoops.reduce(c, F64A));
        assertEquals(1.0 - 2 - 3 - 4, (double) red.invoke(new double[] {1, 2, 3, 4}));
        assertEquals(7.0, (double) red.invoke(new double[] {7}));
        Callee sub2 = LoopHarness.callee(UfuncLoopsTest.class, "sub", "(DD)D", null);
        MethodHandle acc = LoopHarness.compile(sub2, c -> UfuncLoops.accumulate(c, Type.array(Type.I32), F64A));
        double[] out = new double[4];
        acc.invoke(new int[] {1, 2, 3, 4}, out);
        assertArrayEquals(new double[] {1, -1, -4, -8}, out);
    }

    @Test
    void scalarLoopCallsOnce() throws Throwable {
        MethodHandle h = LoopHarness.compile(hyp(), c -> UfuncLoops.scalar(c, List.of(Type.F64, Type.F64)));
        assertEquals(hyp(5, 3), (double) h.invoke(5.0, 3.0));
        Callee f = LoopHarness.callee(UfuncLoopsTest.class, "hyp", "(DD)D", Signature.parse("float(float, float)"));
        MethodHandle hf = LoopHarness.compile(f, c -> UfuncLoops.scalar(c, List.of(Type.F32, Type.F32)));
        assertEquals((float) Math.sqrt(5f * 5f - 3f * 3f), (float) hf.invoke(5f, 3f));
    }
}
