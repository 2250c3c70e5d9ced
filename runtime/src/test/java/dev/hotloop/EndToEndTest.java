package dev.hotloop;

import dev.hotloop.annotations.Jit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kernels through the real compiler pipeline, compared with plain Java. {@code explainNamesTheLoopLines}
 * passes once the compiler reports loops ({@code CompiledKernel.loops()}).
 */
class EndToEndTest {
    static double sum(double[] xs) {
        double s = 0;
        for (int i = 0; i < xs.length; i++) s += xs[i];
        return s;
    }

    static long countMultiples(long n, int k) {
        long c = 0;
        for (long i = 0; i < n; i++) {
            if (i % k == 0) c++;
        }
        return c;
    }

    static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) y[i] = a * x[i] + y[i];
    }

    private static int square(int x) { return x * x; }

    static int sumOfSquares(int[] xs) {
        int s = 0;
        for (int x : xs) s += square(x);
        return s;
    }

    @Jit
    static int usesObjects(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(i);
        return b.length();
    }

    @Test
    void compiledResultsEqualPlainJava() {
        double[] xs = {0.1, 0.2, 0.3, 1e-17, -4.5};
        JitFunction f = Hotloop.jit(EndToEndTest.class, "sum");
        assertEquals(sum(xs), f.invoke((Object) xs));
        assertEquals(countMultiples(1000, 7), Hotloop.jit(EndToEndTest.class, "countMultiples").invoke(1000L, 7));
        assertEquals(sumOfSquares(new int[] {1, 2, 3}), Hotloop.jit(EndToEndTest.class, "sumOfSquares").invoke((Object) new int[] {1, 2, 3}));
        KernelStats s = f.stats().getFirst();
        assertEquals("", s.fallback());
        assertTrue(s.phaseNanos().containsKey("define") && s.compileNanos() > 0, s.toString());
        assertTrue(s.calls() >= 1, s.toString()); // the engine is shared with the other tests
    }

    @Test
    void explainNamesTheLoopLines() {
        JitFunction f = Hotloop.jit(EndToEndTest.class, "sum");
        f.invoke((Object) new double[] {1, 2});
        // needs the compiler's LoopReports (CompiledKernel.loops())
        assertTrue(f.explain().contains("EndToEndTest.java:"), f.explain());
    }

    @Test
    void perTypeVariantsWidenAndRetype() {
        JitFunction f = Hotloop.jit(EndToEndTest.class, "axpy");
        double[] x = {1, 2, 3};
        float[] y = {0.5f, 0.25f, 0.125f};
        f.invoke(2, x, y);                      // int for double, float[] for double[]
        float[] expected = {0.5f, 0.25f, 0.125f};
        for (int i = 0; i < 3; i++) expected[i] = (float) (2.0 * x[i] + expected[i]);
        assertArrayEquals(expected, y);
        assertEquals(List.of("void(int, double[], float[])"), f.signatures());
    }

    @Test
    void handleRunsTheVariantWithoutBoxing() throws Throwable {
        JitFunction f = Hotloop.jit(EndToEndTest.class, "countMultiples");
        MethodHandle h = f.handle(MethodType.methodType(long.class, long.class, int.class));
        assertEquals(countMultiples(100, 3), (long) h.invokeExact(100L, 3));
        assertThrows(ArithmeticException.class, () -> {
            long unused = (long) h.invokeExact(10L, 0);
        });
    }

    @Test
    void dumpWritesIrAndClassFile(@TempDir Path dir) throws Exception {
        String[] r = PropertiesTest.run(true, "hotloop.dump=" + dir);
        assertTrue(r[0].contains("result 5\n"), r[0] + r[1]);
        assertTrue(r[0].contains("fallback \n"), r[0] + r[1]);
        assertTrue(Files.size(dir.resolve("PropertiesTest$Main.add-long(long,long).class")) > 0);
    }

    @Test
    void unsupportedConstructsNameTheSourceLine() {
        var e = assertThrows(HotloopCompileException.class, () -> Hotloop.jit(EndToEndTest.class, "usesObjects").invoke(3));
        assertTrue(e.getMessage().startsWith("EndToEndTest.usesObjects: EndToEndTest.java:"), e.getMessage());
    }
}
