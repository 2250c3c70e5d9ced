package dev.hotloop.compiler.processor;

import org.junit.jupiter.api.Test;

import static dev.hotloop.compiler.processor.InMemoryJavac.procOnly;
import static dev.hotloop.compiler.processor.InMemoryJavac.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code @Parallel} belongs on the int or long loop variable of a {@code @Jit} method. */
class ParallelPlacementTest {
    @Test
    void acceptsLoopVariablesOfJitMethods() {
        var r = procOnly(sources("""
                package p;
                import dev.hotloop.annotations.Jit;
                import dev.hotloop.annotations.Parallel;
                public class K {
                    @Jit(parallel = true)
                    static void scale(double[] a, double k) {
                        for (@Parallel int i = 0; i < a.length; i++) a[i] *= k;
                        for (@Parallel long j = 0; j < 10; j++) { }
                        for (final @dev.hotloop.annotations.Parallel int m = 0; m < 0; ) { }
                    }
                }
                """));
        assertTrue(r.errors().isEmpty(), r.report());
    }

    @Test
    void reportsParallelOutsideJitMethods() {
        var r = procOnly(sources("""
                package p;
                import dev.hotloop.annotations.*;
                public class K {
                    static void forgot(double[] a) {
                        for (@Parallel int i = 0; i < a.length; i++) a[i] = 0;
                    }
                    @Parallel int field;
                    @Jit static void param(@Parallel int n) { }
                    @Jit static void wide(double[] a) {
                        for (@Parallel double d = 0; d < 1; d++) { }
                    }
                    static { for (@Parallel int s = 0; s < 1; s++) { } }
                    @Jit static void inner() {
                        Runnable r = new Runnable() {
                            public void run() { for (@Parallel int i = 0; i < 1; i++) { } }
                        };
                    }
                }
                """));
        assertEquals(5, r.error("@Parallel on 'i' in 'forgot', which is not a @Jit method (add @Jit(parallel = true))").getLineNumber(), r.report());
        assertEquals(7, r.error("@Parallel on field 'field'").getLineNumber());
        assertEquals(8, r.error("@Parallel on parameter 'n' of 'param'").getLineNumber());
        assertEquals(10, r.error("@Parallel on 'd' of type double: only an int or long variable counts a loop").getLineNumber());
        assertEquals(12, r.error("@Parallel on 's' in an initializer block").getLineNumber());
        assertEquals(15, r.error("@Parallel on 'i' in 'run', which is not a @Jit method").getLineNumber());
        assertEquals(6, r.errors().size(), r.report());
        assertTrue(r.error("'forgot'").getMessage(null).contains("for (@Parallel int i = 0; i < n; i++)"));
    }

    @Test
    void recognisesTheAnnotationOnlyWhenItIsHotloops() {
        var r = procOnly(sources("""
                package q;
                public class Other {
                    @interface Parallel { }
                    static void f() {
                        for (@Parallel int i = 0; i < 1; i++) { }
                    }
                    static void g() {
                        for (@dev.hotloop.annotations.Parallel int i = 0; i < 1; i++) { }
                    }
                }
                """));
        assertEquals(8, r.error("@Parallel on 'i' in 'g'").getLineNumber(), r.report());
        assertEquals(1, r.errors().size(), r.report());
    }

    @Test
    void suppressWarningsHotloopTurnsTheCheckOff() {
        var r = procOnly(sources("""
                package p;
                import dev.hotloop.annotations.Parallel;
                public class K {
                    @SuppressWarnings("hotloop")
                    static void serial(double[] a) {
                        for (@Parallel int i = 0; i < a.length; i++) a[i] = 0;
                    }
                    @SuppressWarnings("hotloop")
                    static class Inner {
                        static void f() { for (@Parallel int i = 0; i < 1; i++) { } }
                    }
                }
                """));
        assertTrue(r.errors().isEmpty(), r.report());
    }

    @Test
    void notesParallelLoopsOfSerialKernels() {
        var r = procOnly(sources("""
                package p;
                import dev.hotloop.annotations.*;
                public class K {
                    @Jit
                    static void serial(double[] a) {
                        for (@Parallel int i = 0; i < a.length; i++) a[i] = 0;
                    }
                }
                """));
        assertTrue(r.errors().isEmpty(), r.report());
        var notes = r.diagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.NOTE
                && d.getMessage(null).contains("@Parallel on 'i' has no effect: 'serial' is @Jit without parallel = true")).toList();
        assertEquals(1, notes.size(), r.report());
        assertEquals(6, notes.get(0).getLineNumber());
    }
}
