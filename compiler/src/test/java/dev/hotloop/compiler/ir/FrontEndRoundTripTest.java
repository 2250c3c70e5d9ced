package dev.hotloop.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.PhaseTimer;
import dev.hotloop.compiler.frontend.FrontEnd;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every kernel the front end's tests read: its IR verifies, and prints, parses and prints again unchanged. */
class FrontEndRoundTripTest {
    static final ClassSource LOADER = name -> {
        try (InputStream in = FrontEndRoundTripTest.class.getClassLoader().getResourceAsStream(name + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    };

    @TestFactory
    Stream<DynamicTest> frontEndKernels() throws ClassNotFoundException {
        Class<?> kernels = Class.forName("dev.hotloop.compiler.frontend.TestKernels");
        return Arrays.stream(kernels.getDeclaredMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .sorted(Comparator.comparing(Method::getName))
                .map(m -> DynamicTest.dynamicTest(m.getName(), () -> roundTrip(kernels, m)));
    }

    private static void roundTrip(Class<?> owner, Method m) {
        MethodRef ref = new MethodRef(org.objectweb.asm.Type.getInternalName(owner), m.getName(),
                org.objectweb.asm.Type.getMethodDescriptor(m));
        Program p = FrontEnd.read(LOADER, ref, new PhaseTimer());
        Verifier.verify(p);
        String text = IrPrinter.print(p, true);
        Program q = IrParser.parseProgram(text);
        assertEquals(text, IrPrinter.print(q, true));
        Verifier.verify(q);
        assertEquals(p.helpers().keySet(), q.helpers().keySet());
    }
}
