package dev.hotloop.corpus;

import dev.hotloop.Hotloop;
import dev.hotloop.JitFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential corpus: every kernel of {@link Corpus} on every case of {@link ArgSets}, plain
 * against compiled. Each kernel is a container and each argument set a named test, e.g.
 * {@code ArithmeticKernels.intArith > edge p0=-2147483648 p1=-1}.
 */
class DifferentialCorpusTest {

    @TestFactory
    Stream<DynamicNode> corpus() {
        return Corpus.all().stream().map(DifferentialCorpusTest::kernel);
    }

    private static DynamicNode kernel(KernelSpec k) {
        Method plain = k.method();
        Supplier<JitFunction> compiled = memo(() -> Hotloop.jit(k.owner(), k.name()));
        List<Case> cases = ArgSets.of(k);
        Supplier<Differential.Entry> handle = memo(() -> {
            MethodHandle h = compiled.get().handle(MethodType.methodType(plain.getReturnType(), plain.getParameterTypes()));
            return h::invokeWithArguments;
        });
        Stream<DynamicNode> viaInvoke = cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> Differential.check(plain, compiled, c)));
        // The typed handle (what the generated facades call) on every case but the bulk of the scalar edges.
        Stream<DynamicNode> viaHandle = Stream.of(DynamicContainer.dynamicContainer("via handle(" + typeOf(plain) + ")",
                cases.stream().filter(c -> !c.name().startsWith("edge")).limit(40)
                        .map(c -> DynamicTest.dynamicTest(c.name(), () -> Differential.checkEntry(plain, handle, c)))));
        return DynamicContainer.dynamicContainer(k.title(), Stream.concat(viaInvoke, viaHandle));
    }

    private static String typeOf(Method m) {
        return MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toString();
    }

    /** Looks the function up once per kernel; a failure to look it up fails every case of that kernel. */
    private static <T> Supplier<T> memo(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = s.get();
                return value;
            }
        };
    }
}
