package dev.hotloop.vector;

import dev.hotloop.Hotloop;
import dev.hotloop.corpus.ArgSets;
import dev.hotloop.corpus.Corpus;
import dev.hotloop.corpus.Differential;
import dev.hotloop.corpus.KernelSpec;
import dev.hotloop.runtime.VectorSupport;
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
 * The main differential corpus ({@code dev.hotloop.corpus}) at the widths its own test does not
 * use: that one compiles at the default (the preferred width, 512 bits here), this one at the
 * others of 0, 128, 256 and 512, through the typed handle, on every case but the scalar edges
 * (which test scalar operations, the same at every width). Main run only: without the module
 * every width is 0, which the main test already is then.
 */
class MainCorpusAtWidthsTest {

    @TestFactory
    Stream<DynamicNode> corpus() {
        if (Widths.NO_MODULE_RUN) return Stream.empty();
        int preferred = VectorSupport.preferredBits();
        return Stream.of(0, 128, 256, 512).filter(bits -> bits != preferred).map(bits -> DynamicContainer.dynamicContainer(
                bits + " bits", Corpus.all().stream().map(k -> kernel(k, bits))));
    }

    private static DynamicNode kernel(KernelSpec k, int bits) {
        Method plain = k.method();
        MethodType type = MethodType.methodType(plain.getReturnType(), plain.getParameterTypes());
        Supplier<Differential.Entry> compiled = new Supplier<>() {
            private Differential.Entry entry;

            @Override
            public synchronized Differential.Entry get() {
                if (entry == null) {
                    MethodHandle h = Widths.at(bits, () -> Hotloop.jit(plain).handle(type));
                    entry = h::invokeWithArguments;
                }
                return entry;
            }
        };
        return DynamicContainer.dynamicContainer(k.title(), ArgSets.of(k).stream()
                .filter(c -> !c.name().startsWith("edge"))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> Differential.checkEntry(plain, compiled, c))));
    }
}
