package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.PhaseTimer;
import dev.hotloop.compiler.backend.ClassEmitter;
import dev.hotloop.compiler.frontend.FrontEnd;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Type;
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
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Front end, then inline / simplify / retype / dce, then the back end: the result must run as plain Java does. */
class PipelineTest {
    static final ClassSource LOADER = name -> {
        try (InputStream in = PipelineTest.class.getClassLoader().getResourceAsStream(name + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    };

    static Program compile(String name, Type... variant) {
        Method m = Arrays.stream(PassKernels.class.getDeclaredMethods()).filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
        MethodRef ref = new MethodRef(org.objectweb.asm.Type.getInternalName(PassKernels.class), name,
                org.objectweb.asm.Type.getMethodDescriptor(m));
        Program p = FrontEnd.read(LOADER, ref, new PhaseTimer());
        List<Pass> passes = new ArrayList<>(List.of(new InlineCalls(), new SimplifyCfg()));
        if (variant.length > 0) passes.add(new RetypeForSignature(List.of(variant)));
        passes.add(new DeadCode());
        passes.add(new SimplifyCfg());
        for (Pass pass : passes) pass.run(p);
        return p;
    }

    static MethodHandle entry(Program p) throws Exception {
        byte[] bytes = ClassEmitter.emit(p, "dev/hotloop/compiler/transform/Gen", null);
        StringWriter out = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), PipelineTest.class.getClassLoader(), false, new PrintWriter(out));
        assertEquals("", out.toString(), "CheckClassAdapter");
        MethodHandles.Lookup l = MethodHandles.lookup().defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE);
        List<Class<?>> params = p.kernel().signature().params().stream().<Class<?>>map(IrInterp::javaClass).toList();
        Type r = p.kernel().signature().result();
        Class<?> ret = r.isVoid() ? void.class : IrInterp.javaClass(r);
        return l.findStatic(l.lookupClass(), "invoke", MethodType.methodType(ret, params));
    }

    static long calls(Function f) { return f.instrs().stream().filter(i -> i.op() == Op.CALL).count(); }

    @Test
    void nestedHelpersInlineAndRun() throws Throwable {
        Program p = compile("energy");
        assertEquals(0, calls(p.kernel()), IrPrinter.print(p, false));
        assertTrue(p.helpers().isEmpty());
        MethodHandle h = entry(p);
        for (double[] a : new double[][] {{}, {1.5}, {-2, 3, 0.25, -0.0, Double.NaN}}) {
            assertEquals(PassKernels.energy(a), (double) h.invokeExact(a));
        }
    }

    @Test
    void recursiveHelpersStayCallsWithTheirOwnHelpersInlined() throws Throwable {
        Program p = compile("fibPlus");
        assertEquals(1, p.helpers().size(), IrPrinter.print(p, false));
        Function fib = p.helpers().values().iterator().next();
        assertTrue(fib.instrs().stream().filter(i -> i.op() == Op.CALL).allMatch(i -> ((MethodRef) i.aux()).name().equals("fib")));
        MethodHandle h = entry(p);
        for (int n = 0; n < 12; n++) assertEquals(PassKernels.fibPlus(n), (int) h.invokeExact(n));
    }

    @Test
    void aHelperThatCallsTheKernelIsOnACycleAndStaysACall() throws Throwable {
        Program p = compile("countDown");
        assertEquals(1, p.helpers().size(), IrPrinter.print(p, false));
        assertEquals(1, calls(p.kernel()));
        assertEquals(1, calls(p.helpers().values().iterator().next()), "twice inlined, the kernel call kept");
        assertEquals(5, (int) entry(p).invokeExact(5));
    }

    @Test
    void earlyReturnsInHelpersAndKernel() throws Throwable {
        MethodHandle h = entry(compile("early"));
        int[] a = {4, -7, 9, 7};
        assertEquals(PassKernels.early(a, 7), (int) h.invokeExact(a, 7));
        assertEquals(PassKernels.early(a, 5), (int) h.invokeExact(a, 5));
    }

    @Test
    void deadHelperResultsVanishButTheLoopStays() throws Throwable {
        Program p = compile("useless");
        assertEquals(0, p.kernel().instrs().stream().filter(i -> i.op() == Op.MUL).count(), IrPrinter.print(p.kernel()));
        assertEquals(9, (int) entry(p).invokeExact(9));
    }

    @Test
    void floatArrayAndIntScalarForADoubleKernel() throws Throwable {
        MethodHandle h = entry(compile("scale", Type.parse("float[]"), Type.I32));
        float[] a = {1.1f, -2.5f, 3e38f};
        double[] asDouble = new double[a.length];
        for (int i = 0; i < a.length; i++) asDouble[i] = a[i];
        // the contract: read as if converted to double[], written back with a (float) cast
        double expectSum = 0;
        float[] expect = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            expect[i] = (float) (asDouble[i] * 3);
            expectSum += expect[i];
        }
        assertEquals(expectSum, (double) h.invokeExact(a, 3));
        assertArrayEquals(expect, a);
    }

    @Test
    void byteMatrixAndCharOutForAnIntKernel() throws Throwable {
        MethodHandle h = entry(compile("rowSums", Type.parse("byte[][]"), Type.parse("short[]")));
        byte[][] m = {{100, 100, 100}, {-128}, {}};
        short[] out = new short[3];
        assertEquals(172, (int) h.invokeExact(m, out));
        assertArrayEquals(new short[] {300, -128, 0}, out);
    }

    @Test
    void scalarsWiden() throws Throwable {
        MethodHandle h = entry(compile("widen", Type.I32, Type.F32));
        assertEquals(PassKernels.widen(7, 2.75f), (long) h.invokeExact(7, 2.75f));
    }

    @Test
    void voidKernelWithLongArrayForDouble() throws Throwable {
        MethodHandle h = entry(compile("fill", Type.parse("long[]"), Type.I64));
        long[] a = new long[4];
        h.invokeExact(a, 1L << 60);
        assertArrayEquals(new long[] {1L << 60, 1L << 60, 1L << 60, 1L << 60}, a, "(long) (double) x, like Java");
    }

    @Test
    void kernelCompilerRunsThePassesForAVariant() throws Throwable {
        Method m = PassKernels.class.getDeclaredMethod("energy", double[].class);
        MethodRef ref = new MethodRef(org.objectweb.asm.Type.getInternalName(PassKernels.class), "energy",
                org.objectweb.asm.Type.getMethodDescriptor(m));
        var req = new dev.hotloop.compiler.KernelRequest(ref, List.of(Type.parse("float[]")), dev.hotloop.compiler.Options.SERIAL,
                LOADER, "dev/hotloop/compiler/transform/Gen", null, false);
        var ck = dev.hotloop.compiler.KernelCompiler.compile(req);
        assertEquals("double(float[])", ck.signature().toString());
        MethodHandles.Lookup l = MethodHandles.lookup().defineHiddenClass(ck.classBytes(), true, MethodHandles.Lookup.ClassOption.NESTMATE);
        MethodHandle h = l.findStatic(l.lookupClass(), "invoke", MethodType.methodType(double.class, float[].class));
        float[] a = {1.5f, -0.1f, 3};
        assertEquals(PassKernels.energy(new double[] {1.5f, -0.1f, 3}), (double) h.invokeExact(a));
    }
}
