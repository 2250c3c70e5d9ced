package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.PhaseTimer;
import dev.hotloop.compiler.backend.ClassEmitter;
import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.frontend.FrontEnd;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every kernel of the front end's test corpus and of {@link PassKernels} goes through the
 * passes (and a float variant through retyping where it has double arrays); the invariants must
 * hold after each pass, the cleanup passes must reach their fixpoint in one run, and the back
 * end must emit a class that ASM's checker accepts.
 */
class CorpusTest {
    @TestFactory
    Stream<DynamicTest> everyKernelSurvivesThePasses() throws Exception {
        List<Method> kernels = new ArrayList<>();
        for (Class<?> c : List.of(Class.forName("dev.hotloop.compiler.frontend.TestKernels"), PassKernels.class)) {
            Arrays.stream(c.getDeclaredMethods()).filter(m -> Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                    .sorted(Comparator.comparing(Method::getName)).forEach(kernels::add);
        }
        return kernels.stream().map(m -> DynamicTest.dynamicTest(m.getDeclaringClass().getSimpleName() + "." + m.getName(), () -> run(m)));
    }

    private static void run(Method m) {
        MethodRef ref = new MethodRef(org.objectweb.asm.Type.getInternalName(m.getDeclaringClass()), m.getName(),
                org.objectweb.asm.Type.getMethodDescriptor(m));
        Program p = FrontEnd.read(PipelineTest.LOADER, ref, new PhaseTimer());
        apply(p, new InlineCalls());
        apply(p, new SimplifyCfg());
        Program before = p;
        List<Type> floats = p.kernel().signature().params().stream()
                .map(t -> t.isArray() && t.base().equals(Type.F64) ? floatsFor(t) : t).toList();
        if (!floats.equals(p.kernel().signature().params())) {
            try {
                apply(p, new RetypeForSignature(floats));
            } catch (CompileError e) {
                assertFalse(e.getMessage().isBlank());
                return; // a retyped array escapes: fine, the message was checked in RetypeForSignatureTest
            }
        }
        apply(p, new DeadCode());
        apply(p, new SimplifyCfg());
        for (Function f : all(before)) {
            String text = IrPrinter.print(f);
            assertFalse(DeadCode.run(f), "dce fixpoint\n" + text);
            assertFalse(SimplifyCfg.run(f), "simplify fixpoint\n" + text);
        }
        byte[] bytes = ClassEmitter.emit(p, "dev/hotloop/compiler/transform/Gen", null);
        StringWriter out = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), CorpusTest.class.getClassLoader(), false, new PrintWriter(out));
        assertEquals("", out.toString(), "CheckClassAdapter\n" + IrPrinter.print(p, false));
    }

    private static Type floatsFor(Type t) {
        return t.isArray() ? Type.array(floatsFor(t.elem())) : Type.F32;
    }

    private static void apply(Program p, Pass pass) {
        pass.run(p);
        for (Function f : all(p)) {
            try {
                Invariants.check(f, true);
            } catch (AssertionError e) {
                throw new AssertionError("after " + pass.name() + ": " + e.getMessage() + "\n" + IrPrinter.print(f), e);
            }
        }
    }

    private static List<Function> all(Program p) {
        List<Function> fs = new ArrayList<>(List.of(p.kernel()));
        fs.addAll(p.helpers().values());
        return fs;
    }
}
