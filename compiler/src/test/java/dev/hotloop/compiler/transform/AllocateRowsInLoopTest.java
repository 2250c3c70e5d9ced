package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.KernelCompiler;
import dev.hotloop.compiler.KernelRequest;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.IrParser;
import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Verifier;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link AllocateRowsInLoop}: the rewrite on IR text (golden), what it must leave alone, and
 * {@link RowKernels} through the whole serial pipeline against plain Java, exceptions and their
 * messages included.
 */
class AllocateRowsInLoopTest {
    /** double[][] r = new double[a.length][m]; for (i < a.length) for (j < m) r[i][j] = a[i][j] + t; return r; */
    static final String PLUS = """
            func @plus(f64[][] v0, i32 v1, f64 v2) -> f64[][] {
            b0:
              v3 = alen v0  ; line 5
              v4 = newarray f64[][] v3, v1  ; line 5
              jump b1  ; line 6
            b1:
              v5 = phi i32 @parallel [b0: 0, b5: v20]
              v6 = cmp ge v5, v3  ; line 6
              branch v6, b6, b2  ; line 6
            b2:
              jump b3  ; line 7
            b3:
              v7 = phi i32 [b2: 0, b4: v14]
              v8 = cmp ge v7, v1  ; line 7
              branch v8, b5, b4  ; line 7
            b4:
              v9 = aload v4, v5  ; line 8
              v10 = aload v0, v5  ; line 8
              v11 = aload v10, v7  ; line 8
              v12 = add v11, v2  ; line 8
              astore v9, v7, v12  ; line 8
              v14 = add v7, 1  ; line 7
              jump b3  ; line 7
            b5:
              v20 = add v5, 1  ; line 6
              jump b1  ; line 6
            b6:
              return v4  ; line 10
            }
            """;

    /**
     * The row of iteration i is allocated where the body starts; m < 0 is checked where the
     * allocation was (new values number on from those the parser handed out).
     */
    static final String PLUS_AFTER = """
            func @plus(f64[][] v0, i32 v1, f64 v2) -> f64[][] {
            b0:
              v3 = alen v0  ; line 5
              v4 = newarray f64[][] v3  ; line 5
              v41 = call java/lang/Math.min(II)I v1, 0  ; line 5
              v42 = newarray f64[] v41  ; line 5
              jump b1  ; line 6
            b1:
              v5 = phi i32 @parallel [b0: 0, b5: v20]
              v6 = cmp ge v5, v3  ; line 6
              branch v6, b6, b2  ; line 6
            b2:
              v43 = newarray f64[] v1  ; line 5
              astore v4, v5, v43  ; line 5
              jump b3  ; line 7
            b3:
              v7 = phi i32 [b2: 0, b4: v14]
              v8 = cmp ge v7, v1  ; line 7
              branch v8, b5, b4  ; line 7
            b4:
              v10 = aload v0, v5  ; line 8
              v11 = aload v10, v7  ; line 8
              v12 = add v11, v2  ; line 8
              astore v43, v7, v12  ; line 8
              v14 = add v7, 1  ; line 7
              jump b3  ; line 7
            b5:
              v20 = add v5, 1  ; line 6
              jump b1  ; line 6
            b6:
              return v4  ; line 10
            }
            """;

    static String rewrite(String text) {
        Program p = new Program(IrParser.parse(text));
        AllocateRowsInLoop pass = new AllocateRowsInLoop();
        pass.run(p);
        Verifier.verify(p);
        return IrPrinter.print(p.kernel(), true);
    }

    static void assertUnchanged(String text) {
        assertEquals(IrPrinter.print(IrParser.parse(text), true), rewrite(text));
    }

    @Test
    void golden() {
        assertEquals(PLUS_AFTER, rewrite(PLUS));
    }

    @Test
    void aLengthNeedsNoCheck() {
        String text = PLUS.replace("func @plus(f64[][] v0, i32 v1, f64 v2)", "func @plus(f64[][] v0, f64[] v1, f64 v2)")
                .replace("  v3 = alen v0  ; line 5\n", "  v3 = alen v0  ; line 5\n  v30 = alen v1  ; line 5\n")
                .replace("v4 = newarray f64[][] v3, v1", "v4 = newarray f64[][] v3, v30")
                .replace("v8 = cmp ge v7, v1", "v8 = cmp ge v7, v30");
        String out = rewrite(text);
        assertTrue(!out.contains("Math.min") && out.contains("newarray f64[] v30"), out);
    }

    @Test
    void theBodyGetsABlockOfItsOwnWhenItStartsWithAnInnerLoop() {
        // for (i < n) { j = 0; do { r[i][j] = ...; j++; } while (j < m); }: the header jumps straight to the inner header
        String text = PLUS.replace("branch v6, b6, b2", "branch v6, b6, b3")
                .replace("b2:\n  jump b3  ; line 7\n", "")
                .replace("v7 = phi i32 [b2: 0, b4: v14]", "v7 = phi i32 [b1: 0, b4: v14]");
        String out = rewrite(text);
        assertTrue(out.contains("newarray f64[] v1  ; line 5\n  astore v4, v5, "), out);
        String entry = out.substring(out.indexOf("newarray f64[] v1  ; line 5") - 30);
        assertTrue(entry.contains("jump b3"), "a new block between the header and the inner loop:\n" + out);
        assertTrue(out.contains("v7 = phi i32 [b"), out);
    }

    @Test
    void leftAloneWhenTheArrayIsUsedBeforeTheLoop() {
        assertUnchanged(PLUS.replace("  jump b1  ; line 6\nb1:", "  v30 = aload v4, 0  ; line 5\n  jump b1  ; line 6\nb1:"));
    }

    @Test
    void leftAloneWhenARowIsReadAtAnotherIndex() {
        assertUnchanged(PLUS.replace("v9 = aload v4, v5", "v9 = aload v4, v7"));
    }

    @Test
    void leftAloneWhenTheArrayEscapesInTheLoop() {
        assertUnchanged(PLUS.replace("  v14 = add v7, 1  ; line 7\n",
                "  call p/K.keep([[D)V v4  ; line 8\n  v14 = add v7, 1  ; line 7\n"));
    }

    @Test
    void leftAloneWhenTheLoopDoesNotRunToTheFirstLength() {
        assertUnchanged(PLUS.replace("v6 = cmp ge v5, v3", "v6 = cmp ge v5, v1"));
        assertUnchanged(PLUS.replace("v5 = phi i32 @parallel [b0: 0, b5: v20]", "v5 = phi i32 @parallel [b0: 1, b5: v20]"));
        assertUnchanged(PLUS.replace("v20 = add v5, 1", "v20 = add v5, 2"));
    }

    @Test
    void leftAloneWhenTheLoopMayLeaveEarly() {
        // if (a[i] == null-ish) return r; inside the body: an exit that is not the header's
        assertUnchanged(PLUS.replace("b2:\n  jump b3  ; line 7\n",
                "b2:\n  v31 = cmp lt v1, 0  ; line 7\n  branch v31, b7, b3  ; line 7\nb7:\n  return v4  ; line 7\n"));
    }

    @Test
    void leftAloneWhenTheArrayIsThreeDimensional() {
        assertUnchanged(PLUS.replace("f64[][] v0, i32 v1, f64 v2) -> f64[][]", "f64[][] v0, i32 v1, f64 v2) -> f64[][][]")
                .replace("v4 = newarray f64[][] v3, v1", "v4 = newarray f64[][][] v3, v1")
                .replace("  v9 = aload v4, v5  ; line 8\n", "  v32 = aload v4, v5  ; line 8\n  v9 = aload v32, 0  ; line 8\n"));
    }

    // ---- the whole serial pipeline on RowKernels, against plain Java ----

    static final ClassSource CLASSES = name -> {
        try (InputStream in = AllocateRowsInLoopTest.class.getClassLoader().getResourceAsStream(name + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    };

    private static int counter;

    record Compiled(MethodHandle handle, String ir) {}

    static Compiled compile(Method m) throws Exception {
        String owner = org.objectweb.asm.Type.getInternalName(m.getDeclaringClass());
        MethodRef ref = new MethodRef(owner, m.getName(), org.objectweb.asm.Type.getMethodDescriptor(m));
        List<Type> args = Arrays.stream(m.getParameterTypes()).map(Type::of).toList();
        String name = owner.substring(0, owner.lastIndexOf('/') + 1) + "Rows$" + m.getName() + "$" + counter++;
        CompiledKernel k = KernelCompiler.compile(new KernelRequest(ref, args, Options.SERIAL, CLASSES, name, null, true));
        StringWriter problems = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(k.classBytes()), AllocateRowsInLoopTest.class.getClassLoader(), false, new PrintWriter(problems));
        assertEquals("", problems.toString(), "CheckClassAdapter");
        MethodHandles.Lookup l = MethodHandles.privateLookupIn(m.getDeclaringClass(), MethodHandles.lookup());
        Class<?> c = l.defineHiddenClass(k.classBytes(), true, MethodHandles.Lookup.ClassOption.NESTMATE).lookupClass();
        String ir = k.irDumps().entrySet().stream().filter(e -> e.getKey().endsWith("rows-in-loop")).findFirst().orElseThrow().getValue();
        return new Compiled(l.findStatic(c, k.raw(), MethodType.methodType(m.getReturnType(), m.getParameterTypes())), ir);
    }

    static Method kernel(String name) {
        return Arrays.stream(RowKernels.class.getDeclaredMethods()).filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
    }

    /** Runs the kernel both ways on every argument list: same result, or same exception class and message. */
    static String check(String name, Object[]... cases) throws Throwable {
        Method m = kernel(name);
        m.setAccessible(true);
        Compiled c = compile(m);
        for (Object[] args : cases) {
            Object want, got;
            try {
                want = m.invoke(null, args);
            } catch (InvocationTargetException e) {
                want = e.getCause();
            }
            try {
                got = c.handle().invokeWithArguments(args);
            } catch (Throwable t) {
                got = t;
            }
            String what = name + Arrays.deepToString(args);
            if (want instanceof Throwable w) {
                assertTrue(got instanceof Throwable, what + ": plain threw " + w + ", compiled returned");
                assertEquals(w.getClass(), got.getClass(), what);
                // a null's helpful message names locals the compiled class does not have, in any kernel
                // and C2 may throw a hot ArithmeticException or index error without one (OmitStackTraceInFastThrow)
                String message = ((Throwable) got).getMessage();
                boolean kept = message != null || w instanceof NegativeArraySizeException;
                if (!(w instanceof NullPointerException) && kept) assertEquals(w.getMessage(), message, what);
            } else {
                assertTrue(Objects.deepEquals(new Object[] {want}, new Object[] {got}), what + ": " + Arrays.deepToString(new Object[] {want, got}));
            }
        }
        return c.ir();
    }

    static boolean split(String ir) {
        return ir.lines().noneMatch(l -> l.matches(".*= newarray \\S+\\[\\]\\[\\] v\\d+, .*"));
    }

    static Object[] a(Object... args) { return args; }

    static double[][] grid(int n, int m) {
        double[][] g = new double[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) g[i][j] = i * 0.25 - j;
        return g;
    }

    @Test
    void goFastRowsOnEdgeShapes() throws Throwable {
        double[][] ragged = {{1, 2, 3}, {4}, {5, 6, 7}};
        String ir = check("plus", a(grid(0, 0), 0, 1.0), a(grid(0, 0), -3, 1.0), a(grid(3, 0), 0, 1.0), a(grid(1, 5), 5, 0.5),
                a(grid(4, 7), 7, -2.0), a(grid(4, 7), 3, 2.0), a(grid(2, 2), -1, 1.0), a(grid(0, 0), 5, 1.0),
                a(ragged, 3, 1.0), a(new double[][] {{1}, null}, 1, 1.0), a(null, 2, 1.0));
        assertTrue(split(ir), ir);
        assertTrue(ir.contains("Math.min"), "m may be negative: checked where the allocation was\n" + ir);
        ir = check("plusShaped", a(grid(0, 0), 1.0), a(grid(3, 0), 1.0), a(grid(1, 1), 1.0), a(grid(5, 9), 3.0), a(ragged, 1.0));
        assertTrue(split(ir) && !ir.contains("Math.min"), ir);
    }

    @Test
    void skippedIterationsStillLeaveTheirRows() throws Throwable {
        assertTrue(split(check("evenRows", a(0, 0), a(1, 3), a(5, 4), a(6, 0), a(-1, 2), a(2, -1), a(-2, -3), a(0, -1))));
    }

    @Test
    void anExceptionInTheMiddleOfTheLoop() throws Throwable {
        int[][] zeros = {{1, 2}, {3, 0}, {5, 6}};
        assertTrue(split(check("quotients", a(zeros, 2), a(zeros, 3), a(new int[][] {{1}, {2, 3}}, 2), a(zeros, -1),
                a(new int[0][], -1), a(new int[][] {{7, 7}}, 2))));
    }

    @Test
    void everyElementType() throws Throwable {
        for (String k : List.of("bytes", "floats", "flags", "chars", "shorts", "rowsThenSum")) {
            assertTrue(split(check(k, a(0, 0), a(1, 1), a(3, 5), a(4, 0), a(0, 4), a(2, -1), a(-1, 2))), k);
        }
    }

    @Test
    void whatIsLeftAloneStillRuns() throws Throwable {
        for (String k : List.of("readFirst", "twice", "cube")) {
            assertTrue(!split(check(k, a(0, 0), a(2, 3), a(3, 0), a(2, -1), a(-1, 2))), k);
        }
        assertTrue(!split(check("stopAt", a(4, 2, 2), a(4, 2, 9), a(0, 2, 0), a(2, -1, 0))));
        assertTrue(!split(check("transposed", a(grid(3, 4), 4), a(grid(0, 0), 2), a(grid(2, 2), -1))));
    }

    @Test
    void insideALoopWhoseBoundIsReadFromARow() throws Throwable {
        assertTrue(split(check("sumsPerStep", a(grid(3, 4), 4, 3), a(grid(0, 0), 2, 2), a(grid(2, 2), -1, 1), a(grid(2, 2), -1, 0))));
        String ir = check("sumsPerRowStep", a(grid(3, 4), 4), a(grid(1, 0), 2), a(grid(2, 2), -1), a(grid(0, 0), 1));
        assertTrue(!split(ir), "storing rows would make the loop over t uncounted:\n" + ir);
    }
}
