package dev.hotloop.runtime;

import dev.hotloop.KernelStats;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DispatcherTest {
    private final FakeCompiler compiler = FakeCompiler.working();
    private final Engine engine = new Engine(Config.DEFAULTS, compiler);

    static Method method(String name, Class<?>... params) {
        try {
            return TestKernels.class.getDeclaredMethod(name, params);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private Dispatcher add() { return engine.dispatcher(method("add", long.class, long.class)); }

    @Test
    void compilesOncePerArgumentTypes() {
        Dispatcher d = add();
        assertEquals(5L, d.invoke(2L, 3L));
        assertEquals(7L, d.invoke(3L, 4L));
        assertEquals(1, compiler.requests.size());
        assertEquals(9L, d.invoke(4, 5));          // Integer, Integer: another variant
        assertEquals(2, compiler.requests.size());
        assertEquals(List.of("long(long, long)", "long(int, int)"), d.signatures());
        assertEquals(List.of(Type.I32, Type.I32), compiler.requests.get(1).argTypes());
    }

    @Test
    void alternatingTypesEachFindTheirVariant() {
        Dispatcher d = add();
        for (int round = 0; round < 3; round++) {
            assertEquals(3L, d.invoke(1L, 2L));
            assertEquals(3L, d.invoke(1, 2));
            assertEquals(3L, d.invoke((short) 1, 2L));
        }
        assertEquals(3, compiler.requests.size());
        assertEquals(List.of(3L, 3L, 3L), d.stats().stream().map(KernelStats::calls).toList());
    }

    @Test
    void requestNamesKernelClassAndMeter() {
        add().invoke(1L, 2L);
        var r = compiler.requests.getFirst();
        assertEquals("dev/hotloop/runtime/TestKernels", r.kernel().owner());
        assertEquals("add", r.kernel().name());
        assertEquals("(JJ)J", r.kernel().desc());
        assertTrue(r.className().startsWith("dev/hotloop/runtime/TestKernels$Hotloop$add$"), r.className());
        assertEquals("dev/hotloop/runtime/CallMeter", r.meterClass());
        assertEquals(new Options(false, false, VectorSupport.bits(), true, VectorSupport.streamBits(VectorSupport.bits())), r.options());
        assertTrue(r.classes().read("dev/hotloop/runtime/TestKernels").length > 0);
        assertTrue(r.classes().read("java/lang/Math").length > 0);
        assertNull(r.classes().read("no/such/Klass"));
        assertEquals(false, r.keepIr());
    }

    @Test
    void optionsComeFromJit() {
        engine.dispatcher(method("options", double.class)).invoke(1.0);
        assertEquals(new Options(true, true, VectorSupport.bits(), true, VectorSupport.streamBits(VectorSupport.bits())), compiler.requests.getFirst().options());
    }

    @Test
    void statsCountCallsAndPhases() {
        Dispatcher d = add();
        d.invoke(1L, 2L);
        d.invoke(1L, 2L);
        KernelStats s = d.stats().getFirst();
        assertEquals("TestKernels.add", s.kernel());
        assertEquals("long(long, long)", s.signature());
        assertEquals(2, s.calls());
        assertTrue(s.firstCallNanos() > 0 && s.runNanos() >= s.firstCallNanos(), s.toString());
        assertEquals(List.of("read", "codegen", "define"), List.copyOf(s.phaseNanos().keySet()));
        assertTrue(s.compileNanos() >= s.phaseNanos().get("define"));
        assertEquals("", s.fallback());
    }

    @Test
    void handleHasExactTypeAndIsMeasured() throws Throwable {
        Dispatcher d = add();
        MethodHandle h = d.handle(MethodType.methodType(long.class, int.class, int.class));
        assertEquals(MethodType.methodType(long.class, int.class, int.class), h.type());
        assertEquals(3L, (long) h.invokeExact(1, 2));
        assertEquals(List.of("long(int, int)"), d.signatures());
        assertEquals(1, d.stats().getFirst().calls());
        assertSame(h, d.handle(MethodType.methodType(long.class, int.class, int.class)));
        assertEquals(1, compiler.requests.size());
    }

    @Test
    void handleRejectsWrongTypes() {
        Dispatcher d = add();
        var e = assertThrows(IllegalArgumentException.class, () -> d.handle(MethodType.methodType(int.class, long.class, long.class)));
        assertTrue(e.getMessage().contains("TestKernels.add") && e.getMessage().contains("returns long"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.handle(MethodType.methodType(long.class, long.class, double.class)));
        assertEquals("TestKernels.add: parameter 1 is declared long, got double", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.handle(MethodType.methodType(long.class, Long.class, long.class)));
        assertEquals("TestKernels.add: parameter 0 is declared long, got java.lang.Long", e.getMessage());
        assertEquals(0, compiler.requests.size());
    }

    @Test
    void invokeRejectsArgumentsThatFitNoParameter() {
        Dispatcher d = add();
        var e = assertThrows(IllegalArgumentException.class, () -> d.invoke(1L, 2.0));
        assertEquals("TestKernels.add: parameter 1 is declared long, got double", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.invoke("1", 2L));
        assertEquals("TestKernels.add: parameter 0 is declared long, got java.lang.String", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.invoke(null, 2L));
        assertEquals("TestKernels.add: parameter 0 is declared long, got null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.invoke(1L));
        assertTrue(e.getMessage().startsWith("TestKernels.add takes 2 arguments"), e.getMessage());
        assertEquals(0, compiler.requests.size());
    }

    @Test
    void arraysVoidAndMatrices() {
        double[] xs = {1, 2, 3};
        assertEquals(6.0, engine.dispatcher(method("sum", double[].class)).invoke((Object) xs));
        assertNull(engine.dispatcher(method("scale", double[].class, double.class)).invoke(xs, 2.0));
        assertArrayEquals(new double[] {2, 4, 6}, xs);
        assertEquals(10.0, engine.dispatcher(method("matrixSum", double[][].class)).invoke((Object) new double[][] {{1, 2}, {3, 4}}));
        assertEquals(true, engine.dispatcher(method("any", boolean[].class)).invoke((Object) new boolean[] {false, true}));
    }

    @Test
    void kernelExceptionsReachTheCallerUnchanged() {
        Dispatcher d = engine.dispatcher(method("at", int[].class, int.class));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> d.invoke(new int[2], 5));
        assertThrows(NullPointerException.class, () -> d.invoke(null, 0));
        assertEquals(List.of("int(int[], int)"), d.signatures());
    }

    @Test
    void compiledClassIsHiddenNestmateOfOwner() {
        Dispatcher d = engine.dispatcher(method("secret", int.class));
        assertEquals(21, d.invoke(7));
        Class<?> c = d.variants().getFirst().compiledClass();
        assertTrue(c.isHidden());
        assertSame(TestKernels.class, c.getNestHost());
        assertTrue(c.getName().startsWith("dev.hotloop.runtime.TestKernels$Hotloop$secret$"), c.getName());
    }

    @Test
    void sameMethodSameDispatcher() {
        assertSame(add(), add());
    }

    @Test
    void eagerSignaturesCompileWhenTheFunctionIsMade() {
        Dispatcher d = engine.dispatcher(method("eager", long.class, long.class));
        assertEquals(List.of("long(int, int)", "long(long, long)"), d.signatures());
        assertEquals(2, compiler.requests.size());
        engine.dispatcher(method("eager", long.class, long.class));
        assertEquals(2, compiler.requests.size());
        assertEquals(-1L, d.invoke(1, 2));
        assertEquals(2, compiler.requests.size());
    }

    /** A dispatcher for {@code identity(long)} as if it carried {@code @Jit(signatures = sigs)}. */
    private Dispatcher identityWith(String... sigs) {
        Kernel k = Kernel.of(method("identity", long.class));
        Kernel withSigs = new Kernel(k.method(), k.name(), k.params(), k.result(), k.options(), false, false, List.of(sigs));
        return new Dispatcher(withSigs, new VariantCache(), new VariantFactory(Config.DEFAULTS, compiler));
    }

    @Test
    void badEagerSignaturesAreIllegalArguments() {
        var e = assertThrows(IllegalArgumentException.class, () -> identityWith("long(int").compileDeclaredSignatures());
        assertTrue(e.getMessage().startsWith("TestKernels.identity: malformed signature 'long(int'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> identityWith("int(int)").compileDeclaredSignatures());
        assertTrue(e.getMessage().contains("returns int, the method returns long"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> identityWith("long(double)").compileDeclaredSignatures());
        assertEquals("TestKernels.identity: parameter 0 is declared long, got double", e.getMessage());
        assertEquals(0, compiler.requests.size());
    }

    @Test
    void nonKernelsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> engine.dispatcher(method("instance", int.class)));
        assertEquals("TestKernels.instance is not static: kernels are static methods", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> engine.dispatcher(method("notAKernel", String.class)));
        assertTrue(e.getMessage().startsWith("TestKernels.notAKernel: parameter 0 has type java.lang.String"), e.getMessage());
    }
}
