package dev.hotloop.compiler.processor;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

import static dev.hotloop.compiler.processor.InMemoryJavac.procOnly;
import static dev.hotloop.compiler.processor.InMemoryJavac.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Misuse of {@code @Jit}, {@code @Vectorize} and {@code @GuVectorize}: a javac error on the element, saying why. */
class ChecksTest {
    /** Compiles {@code body} as the members of {@code p.K}; line 4 is the body's first line. */
    private static InMemoryJavac.Result members(String body) {
        return procOnly(sources("package p;\nimport dev.hotloop.annotations.*;\npublic class K {\n" + body + "}\n"));
    }

    private static void assertError(InMemoryJavac.Result r, String text, long line) {
        Diagnostic<? extends JavaFileObject> d = r.error(text);
        assertEquals(line, d.getLineNumber(), r.report());
        assertFalse(r.success());
    }

    @Test
    void jitOnAnInstanceMethod() {
        var r = members("""
                @Jit
                double sum(double[] xs) { return 0; }
                """);
        assertError(r, "@Jit method 'sum' must be static: Hotloop compiles static methods only", 5);
    }

    @Test
    void unsupportedParameterTypesNameTheParameterAndItsType() {
        var r = members("""
                @Jit
                static double f(double[] ok,
                                String name,
                                double[][][] cube) { return 0; }
                """);
        assertError(r, "parameter 'name' of @Jit method 'f' has type java.lang.String: a kernel takes primitives and 1-D or 2-D primitive arrays", 6);
        assertError(r, "parameter 'cube' of @Jit method 'f' has type double[][][] (arrays of more than 2 dimensions are not supported)", 7);
        assertEquals(2, r.errors().size(), r.report());
    }

    @Test
    void unsupportedReturnType() {
        var r = members("""
                @Jit
                static Double boxed(double x) { return x; }
                """);
        assertError(r, "@Jit method 'boxed' returns java.lang.Double: a kernel returns void or primitives", 5);
    }

    @Test
    void malformedSignaturesSayWhichAndWhy() {
        var r = members("""
                @Jit(signatures = {"double(float[])",
                                   "double(strng[])",
                                   "double float[]"})
                static double f(double[] xs) { return 0; }
                """);
        assertError(r, "@Jit(signatures) of 'f': malformed signature 'double(strng[])': unknown type 'strng[]'", 5);
        assertError(r, "malformed signature 'double float[]': expected result(params)", 6);
        assertEquals(2, r.errors().size(), r.report());
    }

    @Test
    void signatureWithAnotherParameterCount() {
        var r = members("""
                @Jit(signatures = "double(float[])")
                static double f(double[] xs, double k) { return 0; }
                """);
        assertError(r, "signature \"double(float[])\" has 1 parameter but 'f' has 2", 4);
    }

    @Test
    void signatureWhoseTypesCannotBePassed() {
        var r = members("""
                @Jit(signatures = {"double(double, double)", "double(float[], long)", "void(float[], double)"})
                static double f(double[] xs, int k) { return 0; }
                """);
        assertError(r, "parameter 1 'xs' is double[], which cannot take a double", 4);
        assertError(r, "parameter 2 'k' is int, which cannot take a long (Java widening only)", 4);
        assertError(r, "signature \"void(float[], double)\" returns void but 'f' returns double", 4);
    }

    @Test
    void aVariantReturnsWhatTheMethodReturns() {
        var r = members("""
                @Jit(signatures = {"float(double[])",
                                   "double(float[])", "double(float[])"})
                static double f(double[] xs) { return 0; }
                """);
        assertError(r, "signature \"float(double[])\" returns float but 'f' returns double: a variant returns what the method returns", 4);
        assertEquals(1, r.errors().size(), r.report());
    }

    @Test
    void identicalSignaturesMakeOneFacadeMethod() {
        var r = members("""
                @Jit(signatures = {"double(double[])", "double(float[])", "double(float[])"})
                static double f(double[] xs) { return 0; }
                """);
        assertTrue(r.errors().isEmpty(), r.report());
        String src = r.generated("p.KJit");
        assertTrue(src.contains("f$H1") && !src.contains("f$H2"), src);
    }

    @Test
    void overloadedKernelNames() {
        var r = members("""
                @Jit static double sum(double[] xs) { return 0; }
                @Jit static long sum(long[] xs) { return 0; }
                static int sum(int[] xs) { return 0; }
                int sum(float[] xs) { return 0; }
                @Jit static double alone(double[] xs) { return 0; }
                double alone(float[] xs) { return 0; }
                """);
        assertError(r, "kernel 'sum(double[])' is overloaded (also sum(long[]), sum(int[]) in K): kernels are looked up by name, Hotloop.jit(K.class, \"sum\"), so give it a name of its own", 4);
        assertError(r, "kernel 'sum(long[])' is overloaded (also sum(double[]), sum(int[]) in K)", 5);
        assertEquals(2, r.errors().size(), r.report());
        assertTrue(r.generated("p.KJit").contains("alone(double[] xs)"));
    }

    @Test
    void kernelNamesThatClashInTheFacade() {
        var r = members("""
                @Jit static int hashCode(int x) { return x; }
                @Jit static int toString() { return 0; }
                @Jit static double sum(double[] xs) { return 0; }
                @Jit static double sumFunction() { return 0; }
                """);
        assertError(r, "@Jit method 'toString()' cannot have a facade method", 5);
        assertError(r, "@Jit method 'sumFunction' () clashes with the facade's accessor for kernel 'sum'", 7);
        assertEquals(2, r.errors().size(), r.report());
    }

    @Test
    void oneKindOfKernelPerMethod() {
        var r = members("""
                @Jit @Vectorize
                static double f(double x) { return x; }
                """);
        assertError(r, "'f' has [@Jit, @Vectorize]: a method is one kind of kernel", 5);
    }

    @Test
    void theFacadeKeepsTheGoodKernelsWhenOthersFail() {
        var r = members("""
                @Jit static double good(double x) { return x; }
                @Jit double bad(double x) { return x; }
                """);
        assertError(r, "@Jit method 'bad' must be static", 5);
        String src = r.generated("p.KJit");
        assertTrue(src.contains("public static double good(double x)"), src);
        assertFalse(src.contains("bad"), src);
    }

    @Test
    void vectorizeTakesScalars() {
        var r = members("""
                @Vectorize(signatures = {"float(float[])", "float(flot)"})
                static double rel(double[] x) { return 0; }
                @Vectorize
                static void nothing(double x) { }
                @Vectorize
                double inst(double x) { return x; }
                """);
        assertError(r, "parameter 'x' of @Vectorize method 'rel' has type double[]: a kernel takes primitive scalars", 5);
        assertError(r, "signature \"float(float[])\" uses float[]: a ufunc signature has scalars only", 4);
        assertError(r, "malformed signature 'float(flot)': unknown type 'flot'", 4);
        assertError(r, "@Vectorize method 'nothing' returns void: a kernel returns a primitive scalar", 7);
        assertError(r, "@Vectorize method 'inst' must be static", 9);
    }

    @Test
    void guVectorizeLayouts() {
        var r = members("""
                @GuVectorize(layout = "(n),(n->()")
                static void a(double[] x, double[] y, double[] out) { }
                @GuVectorize(layout = "(n)(n)->()")
                static void b(double[] x, double[] y, double[] out) { }
                @GuVectorize(layout = "(m,n),(n)->(m)")
                static void c(double[] x, double[] y, double[] out) { }
                @GuVectorize(layout = "(n),(n),(n),(n)->()")
                static void d(double[] x, double[] y, double[] out) { }
                @GuVectorize(layout = "(m,n),(n)->(m)", signatures = "void(float[][], float[], float[])")
                static void e(double[][] x, double[] y, double[] out) { }
                """);
        assertError(r, "@GuVectorize(layout) of 'a': malformed layout \"(n),(n->()\": expected ',' or ')' at column 7", 4);
        assertError(r, "@GuVectorize(layout) of 'b': malformed layout \"(n)(n)->()\": expected '->' between inputs and outputs at column 4", 6);
        assertError(r, "input 1 is (m,n), 2-dimensional, but parameter 'x' is double[]", 8);
        assertError(r, "layout \"(n),(n),(n),(n)->()\" has 4 inputs but the method has 3 parameters", 10);
        assertEquals(4, r.errors().size(), r.report());
    }

    @Test
    void suppressWarningsHotloopTurnsTheChecksOff() {
        var r = members("""
                @SuppressWarnings("hotloop")
                @Jit static double bad(String s) { return 0; }
                @SuppressWarnings({"unused", "hotloop"})
                @Jit double alsoBad(double x) { return x; }
                @Jit static double good(double x) { return x; }
                """);
        assertTrue(r.errors().isEmpty(), r.report());
        String src = r.generated("p.KJit");
        assertTrue(src.contains("good(double x)"), src);
        assertFalse(src.contains("bad"), src);
        assertFalse(src.contains("alsoBad"), src);
    }
}
