package dev.hotloop.compiler.processor;

import org.junit.jupiter.api.Test;

import static dev.hotloop.compiler.processor.InMemoryJavac.procOnly;
import static dev.hotloop.compiler.processor.InMemoryJavac.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Good input: the processor writes {@code p.KernelsJit} with facade methods, overloads and accessors. */
class FacadeGenerationTest {
    private static final String KERNELS = """
            package p;
            import dev.hotloop.annotations.Jit;
            public class Kernels {
                @Jit(signatures = {"double(float[], double)", "double(double[], double)", "double(int[], float)"})
                public static double scale(double[] xs, double k) {
                    double s = 0;
                    for (double x : xs) s += x * k;
                    return s;
                }
                @Jit(parallel = true)
                static void fill(int[][] grid, int v) {
                }
                @Jit
                static double monteCarloPi(long n) {
                    return 3.14;
                }
                static int notAKernel(int x) {
                    return x;
                }
            }
            """;

    @Test
    void writesOneFacadeMethodPerSignatureAndAnAccessorPerKernel() {
        var r = procOnly(sources(KERNELS));
        assertTrue(r.success(), r.report());
        assertTrue(r.errors().isEmpty(), r.report());
        String src = r.generated("p.KernelsJit");
        assertTrue(src.contains("package p;"), src);
        assertTrue(src.contains("public final class KernelsJit {"), src);
        assertTrue(src.contains("public static double scale(double[] xs, double k) {"), src);
        assertTrue(src.contains("return (double) scale$H0.HANDLE.invokeExact(xs, k);"), src);
        assertTrue(src.contains("public static double scale(float[] xs, double k) {"), src);
        assertTrue(src.contains("public static double scale(int[] xs, float k) {"), src);
        assertTrue(src.contains("return (double) scale$H2.HANDLE.invokeExact(xs, k);"), src);
        assertTrue(src.contains("static final java.lang.invoke.MethodHandle HANDLE = bind(p.Kernels.class, \"scale\", "
                + "java.lang.invoke.MethodType.methodType(double.class, float[].class, double.class));"), src);
        assertTrue(src.contains("public static void fill(int[][] grid, int v) {"), src);
        assertTrue(src.contains("fill$H0.HANDLE.invokeExact(grid, v);"), src);
        assertTrue(src.contains("public static double monteCarloPi(long n) {"), src);
        assertTrue(src.contains("public static dev.hotloop.JitFunction scaleFunction() {"), src);
        assertTrue(src.contains("public static dev.hotloop.JitFunction monteCarloPiFunction() {"), src);
        assertTrue(src.contains("static final dev.hotloop.JitFunction FUNCTION = function(p.Kernels.class, \"fill\");"), src);
        assertFalse(src.contains("notAKernel"), src);
    }

    @Test
    void skipsADeclaredSignatureIdenticalToTheMethodsOwn() {
        String src = procOnly(sources(KERNELS)).generated("p.KernelsJit");
        assertEquals(1, count(src, "public static double scale(double[] xs, double k)"), src);
        assertFalse(src.contains("scale$H3"), src);
    }

    @Test
    void keepsVarargsOnTheOwnSignatureOnly() {
        var r = procOnly(sources("""
                package p;
                import dev.hotloop.annotations.Jit;
                public class V {
                    @Jit(signatures = "double(float[])")
                    public static double sum(double... xs) { return 0; }
                }
                """));
        String src = r.generated("p.VJit");
        assertTrue(src.contains("public static double sum(double... xs) {"), src);
        assertTrue(src.contains("public static double sum(float[] xs) {"), src);
    }

    @Test
    void namesNestedFacadesAfterTheEnclosingClassesAndKeepsPackageAccess() {
        var r = procOnly(sources("""
                package p;
                import dev.hotloop.annotations.Jit;
                public class Outer {
                    static class Kernels {
                        @Jit static int twice(int x) { return 2 * x; }
                    }
                    private static class Hidden {
                        @Jit static int thrice(int x) { return 3 * x; }
                    }
                }
                """));
        assertTrue(r.errors().isEmpty(), r.report());
        String nested = r.generated("p.Outer_KernelsJit");
        assertTrue(nested.contains("\nfinal class Outer_KernelsJit {"), nested);
        assertTrue(nested.contains("bind(p.Outer.Kernels.class, \"twice\""), nested);
        String hidden = r.generated("p.Outer_HiddenJit");
        assertTrue(hidden.contains("bind(kernelClass$(), \"thrice\""), hidden);
        assertTrue(hidden.contains("java.lang.Class.forName(\"p.Outer$Hidden\", false, Outer_HiddenJit.class.getClassLoader())"), hidden);
    }

    @Test
    void worksInTheUnnamedPackage() {
        var r = procOnly(sources("""
                import dev.hotloop.annotations.Jit;
                class K {
                    @Jit static float half(float x) { return x / 2; }
                }
                """));
        String src = r.generated("KJit");
        assertFalse(src.contains("package"), src);
        assertTrue(src.contains("bind(K.class, \"half\", java.lang.invoke.MethodType.methodType(float.class, float.class))"), src);
    }

    @Test
    void vectorizeGetsScalarArrayAndBroadcastFormsPerVariant() {
        var r = procOnly(sources("""
                package p;
                import dev.hotloop.annotations.*;
                public class U {
                    @Vectorize(signatures = {"float(float, float)", "double(double, double)"})
                    public static double relDiff(double x, double y) { return (x - y) / x; }
                    @GuVectorize(layout = "(n),(n)->()")
                    public static void rowDot(double[] a, double[] b, double[] out) { }
                }
                """));
        assertTrue(r.errors().isEmpty(), r.report());
        String src = r.generated("p.UJit");
        for (String form : new String[] {
                "public static double relDiff(double x, double y)",
                "public static float relDiff(float x, float y)",
                "public static double[] relDiff(double[] x, double[] y)",
                "public static double[] relDiff(double[] x, double[] y, double[] out)",
                "public static double[] relDiff(double[] x, double y)",
                "public static double[] relDiff(double x, double[] y, double[] out)",
                "public static float[] relDiff(float[] x, float y)",
                "public static double[][] relDiff(double[][] x, double[][] y, double[][] out)",
                "public static dev.hotloop.Ufunc relDiffUfunc()",
                "public static dev.hotloop.GUfunc rowDotGufunc()",
                "bindUfunc$(p.U.class, \"relDiff\", java.lang.invoke.MethodType.methodType(float.class, float.class, float.class))"}) {
            assertTrue(src.contains(form), form + "\n" + src);
        }
        assertEquals(1, src.split("public static double\\[] relDiff\\(double\\[] x, double\\[] y\\)", -1).length - 1,
                "the repeated own signature gives one set of forms");
    }

    @Test
    void vectorizeFacadeCompiles() {
        var r = InMemoryJavac.full(sources("""
                package p;
                import dev.hotloop.annotations.*;
                public class V {
                    @Vectorize(signatures = "int(int, int, int)")
                    public static double clip(double x, double out, double hi) { return x < out ? out : x > hi ? hi : x; }
                    @Vectorize
                    static long neg(long v) { return -v; }
                }
                """));
        assertTrue(r.success(), r.report());
        assertTrue(r.generated("p.VJit").contains("int[] out$)"), r.generated("p.VJit"));
    }

    @Test
    void twoClassesWhoseFacadesWouldShareANameAreAnError() {
        var r = procOnly(sources("""
                package p;
                import dev.hotloop.annotations.Jit;
                public class Outer {
                    public static class Kernels {
                        @Jit public static int one(int x) { return x; }
                    }
                }
                """, """
                package p;
                import dev.hotloop.annotations.Jit;
                public class Outer_Kernels {
                    @Jit public static int two(int x) { return x; }
                }
                """));
        var e = r.error("would be p.Outer_KernelsJit, already written for p.Outer.Kernels; rename one of the classes");
        assertEquals(3, e.getLineNumber(), r.report());
        assertTrue(e.getSource().toUri().toString().endsWith("Outer_Kernels.java"), e.getSource().toUri().toString());
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
