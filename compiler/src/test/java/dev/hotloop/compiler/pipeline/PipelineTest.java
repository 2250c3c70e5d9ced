package dev.hotloop.compiler.pipeline;

import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.KernelCompiler;
import dev.hotloop.compiler.KernelRequest;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pure pipeline on every front-end test kernel: bytes in, bytes out, checked by
 * ASM's CheckClassAdapter, defined as a hidden class and run against the plain method.
 */
class PipelineTest {
    static final ClassSource CLASSES = name -> {
        try (InputStream in = PipelineTest.class.getClassLoader().getResourceAsStream(name + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    };

    static int counter;

    /** Compiles {@code m} for its own signature and returns a handle on the raw entry. */
    static MethodHandle compile(Method m) throws Exception {
        String ownerName = m.getDeclaringClass().getName().replace('.', '/');
        MethodRef ref = new MethodRef(ownerName, m.getName(), MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString());
        List<Type> args = new ArrayList<>();
        for (Class<?> c : m.getParameterTypes()) args.add(Type.of(c));
        String className = ownerName.substring(0, ownerName.lastIndexOf('/') + 1) + "Compiled$" + m.getName() + "$" + (counter++);
        CompiledKernel k = KernelCompiler.compile(new KernelRequest(ref, args, Options.SERIAL, CLASSES, className, null, true));
        assertVerifies(k.classBytes());
        MethodHandles.Lookup owner = MethodHandles.privateLookupIn(m.getDeclaringClass(), MethodHandles.lookup());
        Class<?> c = owner.defineHiddenClass(k.classBytes(), true, MethodHandles.Lookup.ClassOption.NESTMATE).lookupClass();
        return owner.findStatic(c, k.raw(), MethodType.methodType(m.getReturnType(), m.getParameterTypes()));
    }

    static void assertVerifies(byte[] bytes) {
        StringWriter sw = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), PipelineTest.class.getClassLoader(), false, new PrintWriter(sw));
        assertEquals("", sw.toString(), "CheckClassAdapter");
    }

    @TestFactory
    Stream<DynamicTest> everyTestKernelAgreesWithPlainJava() {
        return Arrays.stream(kernels().getDeclaredMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                // these loop forever for some inputs (in plain Java too): see fixedInputs
                .filter(m -> !m.getName().equals("infiniteEntry") && !m.getName().equals("whileDo"))
                .sorted(java.util.Comparator.comparing(Method::getName))
                .map(m -> DynamicTest.dynamicTest(m.getName(), () -> check(m)));
    }

    @org.junit.jupiter.api.Test
    void fixedInputs() throws Throwable {
        Method whileDo = kernels().getDeclaredMethod("whileDo", long.class);
        whileDo.setAccessible(true);
        MethodHandle h = compile(whileDo);
        for (long n : new long[] {1, 2, 6, 7, 27, 97, 1L << 40}) {
            assertEquals(whileDo.invoke(null, n), h.invoke(n), "whileDo(" + n + ")");
        }
        Method infinite = kernels().getDeclaredMethod("infiniteEntry", int.class);
        infinite.setAccessible(true);
        MethodHandle g = compile(infinite);
        for (int n : new int[] {-5, 0, 9, 10, 11, 1000, Integer.MIN_VALUE}) {
            assertEquals(infinite.invoke(null, n), g.invoke(n), "infiniteEntry(" + n + ")");
        }
    }

    static Class<?> kernels() {
        try {
            return Class.forName("dev.hotloop.compiler.frontend.TestKernels");
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    static void check(Method m) throws Throwable {
        m.setAccessible(true);
        MethodHandle h = compile(m);
        Random rnd = new Random(m.getName().hashCode());
        boolean random = m.getName().contains("random");
        for (int trial = 0; trial < 12; trial++) {
            // randoms(n) draws n numbers: edge values such as Integer.MAX_VALUE would take minutes
            Object[] a1 = Inputs.args(m.getParameterTypes(), rnd, random ? 2 * trial : trial);
            Object[] a2 = Inputs.deepCopy(a1);
            Object expected;
            Throwable expectedError = null;
            try {
                expected = m.invoke(null, a1);
            } catch (InvocationTargetException e) {
                expected = null;
                expectedError = e.getCause();
            }
            Object actual = null;
            Throwable actualError = null;
            try {
                actual = h.invokeWithArguments(a2);
            } catch (Throwable t) {
                actualError = t;
            }
            String where = m.getName() + Inputs.show(a1);
            if (expectedError != null) {
                assertTrue(actualError != null && actualError.getClass() == expectedError.getClass(),
                        where + ": expected " + expectedError + " got " + (actualError != null ? actualError : actual));
                continue;
            }
            if (actualError != null) throw new AssertionError(where + ": unexpected " + actualError, actualError);
            if (random) continue;
            assertEquals(Inputs.canonical(expected), Inputs.canonical(actual), where + " result");
            assertEquals(Inputs.canonical(a1), Inputs.canonical(a2), where + " arguments after the call");
        }
    }
}
