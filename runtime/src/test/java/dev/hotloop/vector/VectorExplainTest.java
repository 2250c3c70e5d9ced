package dev.hotloop.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hotloop.Hotloop;
import dev.hotloop.compiler.LoopReport;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.runtime.Engine;
import dev.hotloop.runtime.Variant;
import dev.hotloop.runtime.VectorSupport;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What {@code explain()} says about each kernel of the vector corpus: at 128, 256 and 512 bits
 * what {@link VectorCorpus} expects (vectorised, or not and why); at 0 bits, and without the
 * Vector API module, the runtime's reason on every loop and no vector code.
 */
class VectorExplainTest {
    /** {@code vectorised (inner, DoubleVector 256 bits x4)}, not {@code not vectorised: ...}. */
    private static final Pattern VECTORISED = Pattern.compile("(?<!not )\\bvectori[sz]ed \\(");

    @TestFactory
    Stream<DynamicNode> expectations() {
        return VectorCorpus.all().stream().map(k -> {
            Stream<DynamicTest> tests = Widths.NO_MODULE_RUN
                    ? Stream.of(DynamicTest.dynamicTest("without the module", () -> off(k, 256, VectorSupport.ABSENT_REASON)))
                    : Stream.concat(Stream.of(128, 256, 512).map(bits -> DynamicTest.dynamicTest(bits + " bits: " + k.expect(),
                            () -> expected(k, bits))),
                            Stream.of(DynamicTest.dynamicTest("0 bits", () -> off(k, 0, VectorSupport.DISABLED_REASON))));
            return DynamicContainer.dynamicContainer(k.title(), tests);
        });
    }

    /** The variant of the kernel's declared types at {@code bits}, compiled if needed. */
    static Variant variant(VectorKernel k, int bits) {
        Method m = k.spec().method();
        List<Type> types = Arrays.stream(m.getParameterTypes()).map(Type::of).toList();
        return Widths.at(bits, () -> Engine.global().dispatcher(m).variant(types));
    }

    static boolean vectorised(LoopReport loop) {
        return VECTORISED.matcher(loop.status()).find() || loop.notes().stream().anyMatch(n -> VECTORISED.matcher(n).find());
    }

    private static boolean says(LoopReport loop, String what) {
        return loop.status().contains(what) || loop.notes().stream().anyMatch(n -> n.contains(what));
    }

    private static String lines(Variant v) {
        StringBuilder b = new StringBuilder();
        for (LoopReport l : v.loops()) {
            b.append(l.where()).append(": ").append(l.status()).append('\n');
            for (String n : l.notes()) b.append("    ").append(n).append('\n');
        }
        return b.toString();
    }

    private static void expected(VectorKernel k, int bits) {
        Variant v = variant(k, bits);
        assertEquals(bits, v.key().options().vectorBits());
        assertFalse(v.failed(), () -> v.failure().getMessage());
        List<LoopReport> loops = v.loops();
        assertFalse(loops.isEmpty(), k.title() + " has no loop");
        String text = lines(v);
        switch (k.expect()) {
            case VECTOR -> {
                if (bits < k.minBits()) return; // either: scalar, or (as now) wider vectors than asked for
                assumeTrue(VectorCorpus.VECTORISER_LANDED, "pending: the vectoriser (branch vec) is not merged yet");
                assertTrue(loops.stream().anyMatch(VectorExplainTest::vectorised), k.title() + " at " + bits + " bits:\n" + text);
                // the width asked for is the width used (a 128-bit machine must not get emulated 512-bit code)
                assertTrue(loops.stream().filter(VectorExplainTest::vectorised).anyMatch(l -> says(l, bits + " bits")),
                        k.title() + ": no loop says " + bits + " bits:\n" + text);
            }
            case SCALAR -> scalar(k, bits, loops, text);
            case INNER_SCALAR -> {
                int deepest = loops.stream().mapToInt(LoopReport::depth).max().orElseThrow();
                assertTrue(loops.stream().filter(l -> l.depth() == deepest).noneMatch(VectorExplainTest::vectorised),
                        k.title() + ": the inner loop must stay scalar:\n" + text);
            }
            case EITHER -> { } // only the results are checked
        }
    }

    private static void scalar(VectorKernel k, int bits, List<LoopReport> loops, String text) {
        assertTrue(loops.stream().noneMatch(VectorExplainTest::vectorised), k.title() + " must stay scalar at " + bits + " bits:\n" + text);
        assumeTrue(VectorCorpus.VECTORISER_LANDED, "pending: the reason comes from the vectoriser (branch vec)");
        assertTrue(text.contains("not vectorised") && text.contains(k.reason()),
                k.title() + " at " + bits + " bits: expected a reason naming '" + k.reason() + "':\n" + text);
    }

    /** Vector code off: no loop vectorised, and explain() gives {@code reason} once per loop. */
    private static void off(VectorKernel k, int bits, String reason) {
        Variant v = variant(k, bits);
        assertEquals(0, v.key().options().vectorBits(), "asked for " + bits + " bits");
        assertFalse(v.failed(), () -> v.failure().getMessage());
        assertTrue(v.loops().stream().noneMatch(VectorExplainTest::vectorised), lines(v));
        String explain = Widths.at(bits, () -> Hotloop.jit(k.spec().method()).explain());
        int said = explain.split(Pattern.quote(reason), -1).length - 1;
        assertEquals(v.loops().size(), said, "one reason per loop:\n" + explain);
    }
}
