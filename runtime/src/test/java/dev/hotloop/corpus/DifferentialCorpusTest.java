package dev.hotloop.corpus;

import dev.hotloop.Hotloop;
import dev.hotloop.JitFunction;
import java.lang.reflect.Method;
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
        return DynamicContainer.dynamicContainer(k.title(), ArgSets.of(k).stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> Differential.check(plain, compiled, c))));
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
