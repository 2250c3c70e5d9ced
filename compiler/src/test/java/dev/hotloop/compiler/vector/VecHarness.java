package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.KernelCompiler;
import dev.hotloop.compiler.KernelRequest;
import dev.hotloop.compiler.LoopReport;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Type;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test support: compiles a {@link VecKernels} method with vector options, checks the class with
 * ASM's CheckClassAdapter, defines it, and compares runs against plain Java bit for bit
 * (results, arrays after the call, and the exception type).
 */
final class VecHarness {
    static final ClassSource CLASSES = name -> {
        try (InputStream in = VecHarness.class.getClassLoader().getResourceAsStream(name + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    };
    private static int counter;

    record Compiled(MethodHandle handle, List<LoopReport> loops, Method method) {}

    private VecHarness() {}

    static Method method(String name) {
        for (Method m : VecKernels.class.getDeclaredMethods()) if (m.getName().equals(name)) return m;
        throw new AssertionError("no kernel " + name);
    }

    static Compiled compile(String name, Options o) throws Exception {
        Method m = method(name);
        String owner = VecKernels.class.getName().replace('.', '/');
        MethodType mt = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
        MethodRef ref = new MethodRef(owner, m.getName(), mt.toMethodDescriptorString());
        List<Type> args = new ArrayList<>();
        for (Class<?> c : m.getParameterTypes()) args.add(Type.of(c));
        String cls = owner.substring(0, owner.lastIndexOf('/') + 1) + "Vec$" + name + "$" + (counter++);
        CompiledKernel k = KernelCompiler.compile(new KernelRequest(ref, args, o, CLASSES, cls, null, false));
        StringWriter sw = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(k.classBytes()), VecHarness.class.getClassLoader(), false, new PrintWriter(sw));
        assertEquals("", sw.toString(), "CheckClassAdapter on " + name + " " + o);
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(VecKernels.class, MethodHandles.lookup());
        Class<?> c = lookup.defineHiddenClass(k.classBytes(), true, MethodHandles.Lookup.ClassOption.NESTMATE).lookupClass();
        return new Compiled(lookup.findStatic(c, k.raw(), mt), k.loops(), m);
    }

    /** Arguments for a kernel: arrays of {@code n} elements (2-D: n + 2 rows), ints equal to n, special floats mixed in. */
    static Object[] inputs(Method m, int n, long seed) {
        Random r = new Random(seed);
        Class<?>[] ps = m.getParameterTypes();
        Object[] out = new Object[ps.length];
        for (int k = 0; k < ps.length; k++) out[k] = value(ps[k], n, r);
        return out;
    }

    private static Object value(Class<?> c, int n, Random r) {
        if (c == int.class) return n;
        if (c == long.class) return (long) n;
        if (c == double.class) return 0.25 + r.nextDouble();
        if (c == float.class) return 0.5f + r.nextFloat();
        if (c.isArray() && c.getComponentType().isArray()) {
            Object rows = Array.newInstance(c.getComponentType(), n + 2);
            for (int i = 0; i < n + 2; i++) Array.set(rows, i, value(c.getComponentType(), n, r));
            return rows;
        }
        Class<?> e = c.getComponentType();
        Object a = Array.newInstance(e, n);
        for (int i = 0; i < n; i++) Array.set(a, i, element(e, r));
        return a;
    }

    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
            Double.MIN_VALUE, Double.MAX_VALUE, -1e300, 3e9, -3e9};

    private static Object element(Class<?> e, Random r) {
        boolean special = r.nextInt(8) == 0;
        double d = special ? SPECIAL[r.nextInt(SPECIAL.length)] : (r.nextDouble() - 0.4) * 100;
        if (e == double.class) return d;
        if (e == float.class) return (float) d;
        if (e == int.class) return special ? (r.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE) : r.nextInt(2001) - 1000;
        if (e == long.class) return special ? Long.MIN_VALUE : r.nextLong() >> r.nextInt(64);
        if (e == byte.class) return (byte) r.nextInt();
        if (e == short.class) return (short) r.nextInt();
        if (e == char.class) return (char) r.nextInt();
        if (e == boolean.class) return r.nextBoolean();
        throw new AssertionError(e);
    }

    static Object copy(Object o) {
        if (o == null || !o.getClass().isArray()) return o;
        int n = Array.getLength(o);
        Object c = Array.newInstance(o.getClass().getComponentType(), n);
        for (int i = 0; i < n; i++) Array.set(c, i, copy(Array.get(o, i)));
        return c;
    }

    /** Runs plain and compiled on equal copies of {@code args} (aliases kept) and compares everything. */
    static void agree(Compiled k, Object[] args, String what) throws Throwable {
        Object[] plain = copyKeepingAliases(args);
        Object[] compiled = copyKeepingAliases(args);
        Object expected, actual;
        try {
            expected = k.method().invoke(null, plain);
        } catch (InvocationTargetException e) {
            expected = e.getCause().getClass();
        }
        try {
            actual = k.handle().invokeWithArguments(compiled);
        } catch (RuntimeException e) {
            actual = e.getClass();
        }
        assertTrue(Arrays.deepEquals(new Object[]{expected}, new Object[]{actual}),
                what + ": result\nplain    " + Arrays.deepToString(new Object[]{expected}) + "\ncompiled " + Arrays.deepToString(new Object[]{actual}));
        for (int i = 0; i < args.length; i++) {
            assertEquals(true, Arrays.deepEquals(new Object[]{plain[i]}, new Object[]{compiled[i]}),
                    what + ": argument " + i + " after the call\nplain    " + Arrays.deepToString(new Object[]{plain[i]})
                            + "\ncompiled " + Arrays.deepToString(new Object[]{compiled[i]}));
        }
    }

    private static Object[] copyKeepingAliases(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            int same = -1;
            for (int j = 0; j < i; j++) if (args[j] == args[i] && args[i] != null && args[i].getClass().isArray()) same = j;
            out[i] = same >= 0 ? out[same] : copy(args[i]);
        }
        return out;
    }

    /** The status and notes of every loop, one string. */
    static String explain(Compiled k) {
        StringBuilder s = new StringBuilder();
        for (LoopReport r : k.loops()) s.append(r.where()).append(' ').append(r.status()).append(' ').append(r.notes()).append('\n');
        return s.toString();
    }
}
