package dev.hotloop.compiler.ufunc;

import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.KernelRequest;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.PhaseTimer;
import dev.hotloop.compiler.ProgramCompiler;
import dev.hotloop.compiler.frontend.FrontEnd;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.transform.InlineCalls;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test support: reads a scalar method of this package, builds a loop around it, compiles, verifies and loads it. */
final class LoopHarness {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    static final ClassSource CLASSES = name -> {
        try (InputStream in = LoopHarness.class.getClassLoader().getResourceAsStream(name + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    };

    private LoopHarness() {}

    /** The scalar method {@code owner.name(desc)}, re-typed to {@code variant} when it is not its own signature. */
    static Callee callee(Class<?> owner, String name, String desc, Signature variant) {
        MethodRef ref = new MethodRef(owner.getName().replace('.', '/'), name, desc);
        Program p = FrontEnd.read(CLASSES, ref, new PhaseTimer());
        if (variant != null && !variant.equals(p.kernel().signature())) {
            new InlineCalls().run(p);
            ComputeInPrecision.apply(p.kernel(), variant);
            ref = new MethodRef(ref.owner(), name, variant.descriptor());
        }
        return new Callee(ref, p);
    }

    /** Compiles the program, checks the class with ASM and returns its unmeasured entry. */
    static MethodHandle compile(Program p, Options o) {
        Signature sig = p.kernel().signature();
        String cls = "dev/hotloop/compiler/ufunc/Loop" + COUNTER.incrementAndGet();
        KernelRequest r = new KernelRequest(new MethodRef(cls, "loop", sig.descriptor()), sig.params(), o, CLASSES,
                cls, null, false);
        CompiledKernel ck = ProgramCompiler.compile(p, r, new PhaseTimer());
        StringWriter out = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(ck.classBytes()), LoopHarness.class.getClassLoader(), false, new PrintWriter(out));
        assertEquals("", out.toString(), "CheckClassAdapter");
        try {
            MethodHandles.Lookup l = MethodHandles.lookup().defineHiddenClass(ck.classBytes(), true,
                    MethodHandles.Lookup.ClassOption.NESTMATE);
            return l.findStatic(l.lookupClass(), CompiledKernel.RAW, MethodType.fromMethodDescriptorString(sig.descriptor(), null));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static MethodHandle compile(Callee c, Function<Callee, Program> build) {
        return compile(build.apply(c), Options.SERIAL);
    }
}
