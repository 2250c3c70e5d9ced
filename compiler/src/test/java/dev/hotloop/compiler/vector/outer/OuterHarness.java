package dev.hotloop.compiler.vector.outer;

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
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Test support for outer-loop vectorisation: compiles an {@link OuterKernels} method, checks the
 * class with ASM's CheckClassAdapter and defines it as a hidden nestmate.
 */
final class OuterHarness {
    private static final ClassSource CLASSES = name -> {
        try (InputStream in = OuterHarness.class.getClassLoader().getResourceAsStream(name + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    };
    private static int counter;

    record Compiled(MethodHandle handle, List<LoopReport> loops, Method method, CompiledKernel kernel) {}

    private OuterHarness() {}

    static Method method(String name) {
        for (Method m : OuterKernels.class.getDeclaredMethods()) if (m.getName().equals(name)) return m;
        throw new AssertionError("no kernel " + name);
    }

    static CompiledKernel compileKernel(String name, Options o, boolean keepIr) {
        Method m = method(name);
        String owner = OuterKernels.class.getName().replace('.', '/');
        MethodType mt = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
        MethodRef ref = new MethodRef(owner, m.getName(), mt.toMethodDescriptorString());
        List<Type> args = new ArrayList<>();
        for (Class<?> c : m.getParameterTypes()) args.add(Type.of(c));
        String cls = owner.substring(0, owner.lastIndexOf('/') + 1) + "Outer$" + name + "$" + (counter++);
        return KernelCompiler.compile(new KernelRequest(ref, args, o, CLASSES, cls, null, keepIr));
    }

    /** The last IR dump and the loop reports, for reading while debugging. */
    static String compileKeep(String name, Options o) {
        CompiledKernel k = compileKernel(name, o, true);
        List<String> dumps = new ArrayList<>(k.irDumps().values());
        return dumps.getLast() + "\n" + k.loops();
    }

    static Compiled compile(String name, Options o) throws Exception {
        Method m = method(name);
        CompiledKernel k = compileKernel(name, o, false);
        StringWriter sw = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(k.classBytes()), OuterHarness.class.getClassLoader(), false, new PrintWriter(sw));
        assertEquals("", sw.toString(), "CheckClassAdapter on " + name + " " + o);
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(OuterKernels.class, MethodHandles.lookup());
        Class<?> c = lookup.defineHiddenClass(k.classBytes(), true, MethodHandles.Lookup.ClassOption.NESTMATE).lookupClass();
        MethodType mt = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
        return new Compiled(lookup.findStatic(c, k.raw(), mt), k.loops(), m, k);
    }
}
