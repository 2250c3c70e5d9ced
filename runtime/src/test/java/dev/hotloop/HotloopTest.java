package dev.hotloop;

import dev.hotloop.annotations.Jit;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodType;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public API on the real engine, with kernels whose outcome does not depend on how much of
 * the compiler exists: they either fall back or fail before any compile.
 */
class HotloopTest {
    /** Never compiles (strings), so it always runs through its fallback. */
    @Jit(fallback = true)
    static double viaString(double x) {
        return Double.parseDouble(Double.toString(x) + "5");
    }

    @Jit
    static double viaStringStrict(double x) {
        return Double.parseDouble(Double.toString(x) + "5");
    }

    @Jit(fallback = true)
    static int rows(double[][] m) { return m.length; }

    static long twice(long x) { return 2 * x; }

    static int over(int x) { return x; }

    static long over(long x) { return x; }

    int instance() { return 0; }

    @Test
    void jitByNameNeedsOneStaticMethod() {
        var e = assertThrows(IllegalArgumentException.class, () -> Hotloop.jit(HotloopTest.class, "nope"));
        assertEquals("no method dev.hotloop.HotloopTest.nope: kernels are static methods declared in the class given", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Hotloop.jit(HotloopTest.class, "instance"));
        assertEquals("dev.hotloop.HotloopTest.instance is not static: kernels are static methods", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Hotloop.jit(HotloopTest.class, "over"));
        assertEquals("dev.hotloop.HotloopTest.over is ambiguous: 2 static overloads over(int), over(long); "
                + "pick one with Hotloop.jit(Method)", e.getMessage());
    }

    @Test
    void fallbackRunsTheOriginalAndSaysWhy() throws Exception {
        JitFunction f = Hotloop.jit(HotloopTest.class, "viaString");
        assertEquals(1.25, f.invoke(1.2));
        assertEquals(List.of("double(double)"), f.signatures());
        KernelStats s = f.stats().getFirst();
        assertFalse(s.fallback().isEmpty());
        assertTrue(s.calls() >= 1);
        assertTrue(f.explain().contains("runs the original method: "), f.explain());
        assertTrue(Hotloop.report().contains("HotloopTest.viaString"), Hotloop.report());
        // another function object for the same method shares the variants
        JitFunction g = Hotloop.jit(HotloopTest.class.getDeclaredMethod("viaString", double.class));
        assertEquals(f.signatures(), g.signatures());
        assertEquals("HotloopTest.viaString", g.name());
    }

    @Test
    void compileFailureWithoutFallbackThrows() {
        JitFunction f = Hotloop.jit(HotloopTest.class, "viaStringStrict");
        var e = assertThrows(HotloopCompileException.class, () -> f.invoke(1.0));
        assertTrue(e.getMessage().startsWith("HotloopTest.viaStringStrict: "), e.getMessage());
        assertThrows(HotloopCompileException.class, () -> f.handle(MethodType.methodType(double.class, double.class)));
        assertEquals(List.of(), f.signatures());
    }

    @Test
    void aMatrixArgumentIsNotSpreadAsVarargs() {
        JitFunction f = Hotloop.jit(HotloopTest.class, "rows");
        assertEquals(3, f.invoke(new double[3][2]));
        assertEquals(3, f.invoke((Object) new double[3][2]));
    }

    @Test
    void argumentsAreCheckedBeforeAnyCompile() {
        JitFunction f = Hotloop.jit(HotloopTest.class, "twice");
        var e = assertThrows(IllegalArgumentException.class, () -> f.invoke(1.5));
        assertEquals("HotloopTest.twice: parameter 0 is declared long, got double", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> f.handle(MethodType.methodType(int.class, long.class)));
        assertTrue(e.getMessage().startsWith("HotloopTest.twice: returns long"), e.getMessage());
        assertEquals(List.of(), f.signatures());
    }

    @Test
    void threadsAndSeedAreStored() {
        int before = Hotloop.threads();
        assertTrue(before >= 1);
        try {
            Hotloop.threads(3);
            assertEquals(3, Hotloop.threads());
            assertThrows(IllegalArgumentException.class, () -> Hotloop.threads(0));
        } finally {
            Hotloop.threads(before);
        }
        Hotloop.seed(42L);
        assertEquals(42L, dev.hotloop.runtime.Engine.global().seed());
    }
}
