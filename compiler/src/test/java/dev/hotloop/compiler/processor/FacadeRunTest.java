package dev.hotloop.compiler.processor;

import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import static dev.hotloop.compiler.processor.InMemoryJavac.full;
import static dev.hotloop.compiler.processor.InMemoryJavac.sources;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated facade compiles together with its kernels and calls them, here through the
 * stand-in runtime of {@link InMemoryJavac#RUNTIME_STUB} (the real one is wired in by the samples).
 */
class FacadeRunTest {
    private static final String KERNELS = """
            package p;
            import dev.hotloop.annotations.Jit;
            class Kernels {
                @Jit(signatures = "double(float[], double)")
                private static double dot(double[] xs, double k) {
                    double s = 0;
                    for (double x : xs) s += x * k;
                    return s;
                }
                @Jit
                static void fill(int[][] grid, int v) {
                    for (int[] row : grid) java.util.Arrays.fill(row, v);
                }
                @Jit
                static int check(int i) {
                    if (i < 0) throw new IllegalStateException("negative " + i);
                    return i;
                }
                @Jit
                static int brokenKernel(int x) {
                    return x;
                }
                @Jit
                static long zero() {
                    return 0L;
                }
            }
            """;

    private static final InMemoryJavac.Result COMPILED = full(sources(KERNELS));

    private static Class<?> facade() throws ClassNotFoundException {
        assertTrue(COMPILED.success(), COMPILED.report());
        return Class.forName("p.KernelsJit", true, COMPILED.loader());
    }

    private static Object call(Method m, Object... args) throws Throwable {
        m.setAccessible(true); // the facade of a package-private kernel class is package-private too
        try {
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void callsTheKernelThroughItsHandle() throws Throwable {
        Class<?> f = facade();
        Method dot = f.getMethod("dot", double[].class, double.class);
        assertEquals(12.0, call(dot, new double[] {1, 2, 3}, 2.0));
        assertEquals(0L, call(f.getMethod("zero")));
        int[][] grid = new int[2][3];
        call(f.getMethod("fill", int[][].class, int.class), grid, 7);
        assertArrayEquals(new int[] {7, 7, 7}, grid[1]);
    }

    @Test
    void rethrowsTheKernelsOwnExceptionsAsTheyAre() throws Throwable {
        Method check = facade().getMethod("check", int.class);
        assertEquals(4, call(check, 4));
        var e = assertThrows(IllegalStateException.class, () -> call(check, -1));
        assertEquals("negative -1", e.getMessage());
    }

    @Test
    void aVariantThatCannotBeBoundFailsTheSameWayOnEveryCall() throws Throwable {
        // the stub has no float[] variant: the first call and every later one throw its exception
        Method dot = facade().getMethod("dot", float[].class, double.class);
        for (int i = 0; i < 2; i++) {
            var e = assertThrows(IllegalArgumentException.class, () -> call(dot, new float[] {1}, 2.0));
            assertTrue(e.getMessage().contains("no variant dot"), e.getMessage());
        }
    }

    @Test
    void theAccessorReturnsOneCachedFunction() throws Throwable {
        Method accessor = facade().getMethod("dotFunction");
        Object fn = call(accessor);
        assertSame(fn, call(accessor));
        assertEquals("dot", fn.getClass().getField("name").get(fn));
        assertInstanceOf(Class.class, fn.getClass().getField("owner").get(fn));
    }

    @Test
    void aKernelThatCannotCompileFailsTheSameWayOnEveryCallAndAccess() throws Throwable {
        Class<?> f = facade();
        Method broken = f.getMethod("brokenKernel", int.class);
        Method function = f.getMethod("brokenKernelFunction");
        for (int i = 0; i < 2; i++) {
            assertEquals("cannot compile brokenKernel", assertThrows(IllegalArgumentException.class, () -> call(broken, 1)).getMessage());
            assertEquals("cannot compile brokenKernel", assertThrows(IllegalArgumentException.class, () -> call(function)).getMessage());
        }
    }

    @Test
    void kernelsAndFacadeCompileWithoutWarningsUnderXlintAll() {
        var r = full(sources("""
                package p;
                import dev.hotloop.annotations.*;
                public class Clean {
                    @Jit(parallel = true, signatures = "double(float[])")
                    public static double sum(double[] xs) {
                        double s = 0;
                        for (@Parallel int i = 0; i < xs.length; i++) s += xs[i];
                        return s;
                    }
                }
                """), "-Xlint:all", "-Xlint:-options", "-Werror");
        assertTrue(r.success(), r.report());
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.WARNING), r.report());
    }
}
