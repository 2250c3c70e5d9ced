package dev.hotloop.vector;

import dev.hotloop.Hotloop;
import dev.hotloop.corpus.Case;
import dev.hotloop.corpus.Differential;
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
 * The vector corpus, plain Java against the compiled variant at each width of {@link Widths}:
 * bit for bit without fastmath, within {@link Tolerance} with it; the same exception type, and
 * (serial kernels) the same stores before it. Named
 * {@code 256 bits > ElementwiseKernels.triad > len=17}.
 */
class VectorDifferentialTest {

    @TestFactory
    Stream<DynamicNode> corpus() {
        return Widths.tested().stream().map(bits -> DynamicContainer.dynamicContainer(bits + " bits",
                VectorCorpus.all().stream().map(k -> kernel(k, bits))));
    }

    private static DynamicNode kernel(VectorKernel k, int bits) {
        Method plain = k.spec().method();
        MethodType type = MethodType.methodType(plain.getReturnType(), plain.getParameterTypes());
        Supplier<Differential.Entry> compiled = memo(() -> {
            MethodHandle h = Widths.at(bits, () -> Hotloop.jit(plain).handle(type));
            return h::invokeWithArguments;
        });
        List<Case> cases = VectorCorpus.cases(k);
        return DynamicContainer.dynamicContainer(k.title(), cases.stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> Differential.checkEntry(plain, compiled, c, k.tolerance().forCase(c.args()), !k.parallel()))));
    }

    /** Compiles once per kernel and width; a failure to compile fails every case of it. */
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
