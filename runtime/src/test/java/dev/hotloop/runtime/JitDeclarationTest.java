package dev.hotloop.runtime;

import dev.hotloop.annotations.Jit;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code @Jit} read from the class file agrees with reflection, element by element. */
class JitDeclarationTest {
    @Jit(parallel = true, fastmath = true, cache = true, fallback = true, signatures = {"double(float[])", "double(long[])"})
    static double all(double[] x) { return x.length; }

    @Jit
    static double defaults(double[] x) { return x.length; }

    static double none(double[] x) { return x.length; }

    @Jit(fastmath = true)
    static double overloaded(double[] x) { return x.length; }

    static double overloaded(float[] x) { return x.length; }

    @Test
    void everyElementAsReflectionSeesIt() throws Exception {
        for (Method m : JitDeclarationTest.class.getDeclaredMethods()) {
            Jit jit = m.getAnnotation(Jit.class);
            JitDeclaration d = JitDeclaration.of(m);
            assertNotNull(d, m.toString());
            assertEquals(jit != null, d.present(), m.toString());
            if (jit == null) continue;
            assertEquals(jit.parallel(), d.parallel(), m.toString());
            assertEquals(jit.fastmath(), d.fastmath(), m.toString());
            assertEquals(jit.cache(), d.cache(), m.toString());
            assertEquals(jit.fallback(), d.fallback(), m.toString());
            assertEquals(List.of(jit.signatures()), d.signatures(), m.toString());
        }
    }

    @Test
    void kernelOptionsFromTheClassFile() throws Exception {
        Kernel all = Kernel.of(JitDeclarationTest.class.getDeclaredMethod("all", double[].class));
        assertTrue(all.options().parallel() && all.options().fastmath() && all.cache() && all.fallback());
        assertEquals(List.of("double(float[])", "double(long[])"), all.signatures());
        Kernel plainOverload = Kernel.of(JitDeclarationTest.class.getDeclaredMethod("overloaded", float[].class));
        assertFalse(plainOverload.options().fastmath());
        Kernel jitOverload = Kernel.of(JitDeclarationTest.class.getDeclaredMethod("overloaded", double[].class));
        assertTrue(jitOverload.options().fastmath());
    }
}
