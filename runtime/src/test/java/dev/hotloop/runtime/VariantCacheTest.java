package dev.hotloop.runtime;

import dev.hotloop.HotloopCompileException;
import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.KernelRequest;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static dev.hotloop.runtime.DispatcherTest.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VariantCacheTest {
    @Test
    void thirtyTwoConcurrentFirstCallsCompileOnce() throws Exception {
        FakeCompiler fake = FakeCompiler.working();
        AtomicInteger compiles = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Function<KernelRequest, CompiledKernel> slow = r -> {
            compiles.incrementAndGet();
            Thread.yield(); // widen the window in which the other threads arrive
            return fake.apply(r);
        };
        Dispatcher d = new Engine(Config.DEFAULTS, slow).dispatcher(method("add", long.class, long.class));
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                long a = t;
                results.add(pool.submit(() -> {
                    start.await();
                    return d.invoke(a, 1L);
                }));
            }
            start.countDown();
            for (int t = 0; t < 32; t++) assertEquals(t + 1L, results.get(t).get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, compiles.get());
        assertEquals(32, d.stats().getFirst().calls());
    }

    @Test
    void failedCompileIsCachedAndRethrown() {
        FakeCompiler fake = FakeCompiler.failing("TestKernels.java", 42, "object allocation (new java/lang/StringBuilder)", "use primitive arrays");
        Dispatcher d = new Engine(Config.DEFAULTS, fake).dispatcher(method("add", long.class, long.class));
        var e1 = assertThrows(HotloopCompileException.class, () -> d.invoke(1L, 2L));
        var e2 = assertThrows(HotloopCompileException.class, () -> d.handle(MethodType.methodType(long.class, long.class, long.class)));
        assertEquals(1, fake.requests.size());
        String expected = "TestKernels.add: TestKernels.java:42: object allocation (new java/lang/StringBuilder) "
                + "is not supported in kernels; hint: use primitive arrays";
        assertEquals(expected, e1.getMessage());
        assertEquals(expected, e2.getMessage());
        assertNotSame(e1, e2);
        assertEquals(42, e1.diagnostic().pos().line());
        assertEquals("long(long, long)", e1.signature());
        assertEquals("TestKernels.add", e1.kernel());
        assertEquals(List.of(), d.signatures());  // a failed compile is no variant
        assertEquals(List.of(), d.stats());
        assertEquals("TestKernels.add\nlong(long, long):\n  does not compile: " + expected.substring("TestKernels.add: ".length()) + "\n",
                d.explain());
    }

    @Test
    void compilerBugsAreCompileExceptionsToo() {
        FakeCompiler fake = FakeCompiler.throwing(new UnsupportedOperationException("back end not written yet"));
        Dispatcher d = new Engine(Config.DEFAULTS, fake).dispatcher(method("add", long.class, long.class));
        var e = assertThrows(HotloopCompileException.class, () -> d.invoke(1L, 2L));
        assertEquals("TestKernels.add: internal compiler error: java.lang.UnsupportedOperationException: back end not written yet", e.getMessage());
        assertInstanceOf(UnsupportedOperationException.class, e.getCause());
    }

    @Test
    void badClassBytesAreCompileExceptions() {
        Function<KernelRequest, CompiledKernel> broken = r -> {
            CompiledKernel ok = FakeCompiler.working().apply(r);
            return new CompiledKernel(ok.className(), new byte[] {1, 2, 3}, ok.signature(), ok.entry(), ok.raw(),
                    ok.phaseNanos(), ok.loops(), ok.irDumps());
        };
        Dispatcher d = new Engine(Config.DEFAULTS, broken).dispatcher(method("add", long.class, long.class));
        var e = assertThrows(HotloopCompileException.class, () -> d.invoke(1L, 2L));
        assertTrue(e.getMessage().startsWith("TestKernels.add: the compiled class dev/hotloop/runtime/TestKernels$Hotloop$add$"), e.getMessage());
        assertTrue(e.getMessage().contains("does not load: java.lang.ClassFormatError"), e.getMessage());
    }
}
