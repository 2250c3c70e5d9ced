package dev.hotloop.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.Hotloop;
import dev.hotloop.HotloopCompileException;
import dev.hotloop.JitFunction;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Constructs outside the kernel language raise {@link HotloopCompileException} naming
 * {@code UnsupportedKernels.java:<line>} and the construct; with {@code fallback = true} the
 * original runs instead, the variant's stats give the reason and explain() says so.
 */
class UnsupportedConstructTest {

    /** Kernel name, arguments, and words of which the message must contain one (lower case). */
    static Stream<Arguments> constructs() {
        return Stream.of(
                Arguments.of("allocation", new Object[] {3}, List.of("alloc", "new")),
                Arguments.of("virtualCall", new Object[] {new int[2], 3}, List.of("virtual", "instance", "invokevirtual", "hashcode")),
                Arguments.of("staticFieldWrite", new Object[] {3}, List.of("field", "putstatic")),
                Arguments.of("instanceFieldWrite", new Object[] {3}, List.of("field", "putfield", "getstatic")),
                Arguments.of("stringUse", new Object[] {3}, List.of("string")),
                Arguments.of("tryCatch", new Object[] {3}, List.of("try", "catch", "exception handler")),
                Arguments.of("synchronizedBlock", new Object[] {new int[2], 3}, List.of("synchronized", "monitor")),
                Arguments.of("throwStatement", new Object[] {3}, List.of("throw")),
                Arguments.of("lambda", new Object[] {3}, List.of("lambda", "invokedynamic")));
    }

    @ParameterizedTest(name = "{0} is rejected with file:line and the construct")
    @MethodSource("constructs")
    void unsupportedConstructIsRejected(String kernel, Object[] args, List<String> words) {
        int line = SourceLines.of(UnsupportedKernels.class).lineOf("// UNSUPPORTED: " + kernel);
        HotloopCompileException e = assertThrows(HotloopCompileException.class,
                () -> Hotloop.jit(UnsupportedKernels.class, kernel).invoke(args));
        String m = e.getMessage();
        assertTrue(m != null && m.contains("UnsupportedKernels.java:" + line),
                "message should contain UnsupportedKernels.java:" + line + ": " + m);
        // the kernel's own name (e.g. "synchronizedBlock") must not count as naming the construct
        String lower = m.replace(kernel, "").toLowerCase(Locale.ROOT);
        assertTrue(words.stream().anyMatch(lower::contains), "message should name the construct (" + words + "): " + m);
    }

    @Test
    void handleOfUnsupportedKernelThrowsCompileException() {
        JitFunction f = Hotloop.jit(UnsupportedKernels.class, "stringUse");
        assertThrows(HotloopCompileException.class, () -> f.handle(MethodType.methodType(int.class, int.class)));
    }

    /** Fallback kernel name and argument sets; each runs compiled-with-fallback and plain. */
    static Stream<Arguments> fallbacks() {
        return Stream.of(
                Arguments.of("allocationFallback", List.<Object[]>of(new Object[] {4}, new Object[] {-1})),
                Arguments.of("virtualCallFallback", List.<Object[]>of(new Object[] {new int[3], 4})),
                Arguments.of("staticFieldWriteFallback", List.<Object[]>of(new Object[] {4}, new Object[] {Integer.MAX_VALUE})),
                Arguments.of("instanceFieldWriteFallback", List.<Object[]>of(new Object[] {4})),
                Arguments.of("stringUseFallback", List.<Object[]>of(new Object[] {4}, new Object[] {-12345})),
                Arguments.of("tryCatchFallback", List.<Object[]>of(new Object[] {4}, new Object[] {0})),
                Arguments.of("synchronizedBlockFallback", List.<Object[]>of(new Object[] {new int[5], 4})),
                Arguments.of("throwStatementFallback", List.<Object[]>of(new Object[] {4}, new Object[] {-1})));
    }

    @ParameterizedTest(name = "{0} with fallback = true runs the original")
    @MethodSource("fallbacks")
    void fallbackRunsTheOriginal(String kernel, List<Object[]> argSets) throws Exception {
        KernelSpec spec = new KernelSpec(FallbackKernels.class, kernel, List.of());
        var plain = FallbackKernels.class.getDeclaredMethod(kernel, paramTypes(kernel));
        plain.setAccessible(true);
        JitFunction f = Hotloop.jit(FallbackKernels.class, kernel);
        for (Object[] args : argSets) {
            Case c = new Case(spec.title() + Same.show(args[args.length - 1]), args);
            Differential.check(plain, () -> f, c);
        }
        assertEquals(1, f.stats().size(), "one variant: " + f.signatures());
        Object why = f.stats().get(0).fallback();
        assertTrue(present(why), "stats().get(0).fallback() should give the reason, was " + why);
        String explain = f.explain().toLowerCase(Locale.ROOT);
        assertTrue(explain.contains("fallback") || explain.contains("fall back") || explain.contains("original"),
                "explain() should say the original ran: " + f.explain());
    }

    @Test
    void disabledFallbackStatsStayEmptyForACompiledKernel() {
        JitFunction f = Hotloop.jit(ArithmeticKernels.class, "longArith");
        f.invoke(5L, 3L);
        assertFalse(present(f.stats().get(0).fallback()), "a compiled kernel has no fallback reason");
    }

    private static Class<?>[] paramTypes(String kernel) {
        for (var m : FallbackKernels.class.getDeclaredMethods()) if (m.getName().equals(kernel)) return m.getParameterTypes();
        throw new IllegalArgumentException(kernel);
    }

    /** fallback() is "why the original ran instead, or empty": a String or an Optional. */
    private static boolean present(Object why) {
        if (why instanceof Optional<?> o) return o.isPresent() && !String.valueOf(o.get()).isBlank();
        return why instanceof CharSequence s && !s.toString().isBlank();
    }
}
