package dev.hotloop.compiler.ufunc;

import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Verifier;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-typing a scalar function to compute in a signature's precision, checked against the same text written in that type. */
class ComputeInPrecisionTest {
    static double mixed(double x, double y) {
        double a = Math.abs(x) * 0.1 + Math.max(x, y);
        double b = Math.exp(y * 0.5);
        int k = (int) x;
        double s = 0;
        for (int i = 0; i < 3; i++) s += a / (i + 1.5);
        return x < y ? s + b + k : Math.fma(a, b, 1.0 / 3);
    }

    static float mixedF(float x, float y) {
        float a = Math.abs(x) * 0.1f + Math.max(x, y);
        float b = (float) Math.exp(y * 0.5f);
        int k = (int) x;
        float s = 0;
        for (int i = 0; i < 3; i++) s += a / (i + 1.5f);
        return x < y ? s + b + k : Math.fma(a, b, 1.0f / 3);
    }

    static long lmix(long a, long b) {
        long m = Math.max(a, b) * 3 + (a >> 2);
        return m ^ Math.abs(b);
    }

    static int lmixI(int a, int b) {
        int m = Math.max(a, b) * 3 + (a >> 2);
        return m ^ Math.abs(b);
    }

    @Test
    void floatVariantComputesAsTheFloatText() throws Throwable {
        Callee c = LoopHarness.callee(ComputeInPrecisionTest.class, "mixed", "(DD)D", Signature.parse("float(float, float)"));
        Verifier.verify(c.function());
        String ir = IrPrinter.print(c.function());
        assertTrue(ir.contains("java/lang/Math.abs(F)F") && ir.contains("java/lang/Math.fma(FFF)F"), ir);
        assertTrue(ir.contains("java/lang/Math.exp(D)D"), "exp has no float overload: computed in double\n" + ir);
        assertFalse(ir.contains("f64 [") && ir.contains("phi f64"), ir);
        MethodHandle h = LoopHarness.compile(c, x -> UfuncLoops.scalar(x, List.of(Type.F32, Type.F32)));
        float[] xs = {-3.5f, 0f, 1.25f, 7f, 1e8f, -0.1f};
        for (float x : xs) {
            for (float y : xs) assertEquals(mixedF(x, y), (float) h.invoke(x, y), x + ", " + y);
        }
    }

    @Test
    void intVariantOfALongFunction() throws Throwable {
        Callee c = LoopHarness.callee(ComputeInPrecisionTest.class, "lmix", "(JJ)J", Signature.parse("int(int, int)"));
        MethodHandle h = LoopHarness.compile(c, x -> UfuncLoops.scalar(x, List.of(Type.I32, Type.I32)));
        int[] xs = {0, -7, 12, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int x : xs) for (int y : xs) assertEquals(lmixI(x, y), (int) h.invoke(x, y));
    }

    @Test
    void signatureMustNarrow() {
        assertThrows(IllegalArgumentException.class,
                () -> LoopHarness.callee(ComputeInPrecisionTest.class, "lmix", "(JJ)J", Signature.parse("long(long)")));
    }
}
