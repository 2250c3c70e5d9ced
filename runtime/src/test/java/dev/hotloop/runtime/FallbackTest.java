package dev.hotloop.runtime;

import dev.hotloop.KernelStats;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.List;

import static dev.hotloop.runtime.DispatcherTest.method;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FallbackTest {
    private static final String WHY = "TestKernels.java:7: string concatenation is not supported in kernels; hint: return a number";
    private final FakeCompiler failing = FakeCompiler.failing("TestKernels.java", 7, "string concatenation", "return a number");
    private final Engine engine = new Engine(Config.DEFAULTS, failing);

    @Test
    void fallbackRunsOriginalAndSaysWhy() {
        Dispatcher d = engine.dispatcher(method("fallbackSum", double[].class));
        assertEquals(6.0, d.invoke((Object) new double[] {1, 2, 3}));
        assertEquals(6.0, d.invoke((Object) new double[] {1, 2, 3}));
        assertEquals(1, failing.requests.size());
        KernelStats s = d.stats().getFirst();
        assertEquals(WHY, s.fallback());
        assertEquals(2, s.calls());
        assertTrue(d.explain().contains("double(double[]):\n  runs the original method: " + WHY), d.explain());
        assertTrue(engine.report().contains(WHY), engine.report());
    }

    @Test
    void fallbackConvertsArgumentsAndWritesArraysBack() throws Throwable {
        Dispatcher d = engine.dispatcher(method("fallbackScale", double[].class, double.class));
        float[] xs = {1.5f, 2.5f};
        d.invoke(xs, 2.0);
        assertArrayEquals(new float[] {3f, 5f}, xs);
        int[] is = {1, 2};
        d.invoke(is, 1.5f);
        assertArrayEquals(new int[] {1, 3}, is);  // (int) 1.5, (int) 3.0
        assertEquals(List.of("void(float[], double)", "void(int[], float)"), d.signatures());

        MethodHandle h = engine.dispatcher(method("fallbackAdd", long.class, long.class))
                .handle(MethodType.methodType(long.class, int.class, byte.class));
        assertEquals(7L, (long) h.invokeExact(5, (byte) 2));
    }

    @Test
    void disabledRunsEveryOriginalWithoutCompiling() {
        FakeCompiler fake = FakeCompiler.working();
        Engine disabled = new Engine(new Config(true, null, false, 0, null), fake);
        Dispatcher d = disabled.dispatcher(method("add", long.class, long.class));
        assertEquals(3L, d.invoke(1, 2));
        assertEquals(0, fake.requests.size());
        KernelStats s = d.stats().getFirst();
        assertEquals("disabled by hotloop.disable", s.fallback());
        assertEquals(0, s.compileNanos());
        assertEquals(1, s.calls());
        // eager signatures too
        Dispatcher eager = disabled.dispatcher(method("eager", long.class, long.class));
        assertEquals(List.of("long(int, int)", "long(long, long)"), eager.signatures());
        assertEquals(0, fake.requests.size());
    }
}
