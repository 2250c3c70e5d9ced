package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.Options;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@link VecKernels} kernel at 128, 256 and 512 bits against plain Java, bit for bit, on
 * lengths 0, 1, lanes - 1, lanes, lanes + 1, 1001 and special floats; the kernels that must
 * vectorise say so in their report.
 */
class VectorKernelTest {
    static final int[] BITS = {128, 256, 512};
    static final Set<String> FASTMATH = Set.of("dot", "expAll");
    static final Set<String> VECTORISED = Set.of("triad", "axpyN", "sumInts", "intReductions", "maxAbs", "countPositive",
            "clampSelect", "ifElseStore", "conditionalStore", "nested", "mixedWidths", "toInt", "offsets", "iota",
            "rows", "stencil2d", "inPlace", "bounded", "unorderedCompare", "floatMinMax", "booleans", "longOps",
            "fmaAll", "dot", "expAll", "floatGrid", "triangleRows", "byteSum", "bytesToShorts", "escape", "collatz");

    @TestFactory
    Stream<DynamicTest> everyKernelAgreesWithPlainJava() {
        List<DynamicTest> out = new ArrayList<>();
        for (var m : VecKernels.class.getDeclaredMethods()) {
            if (m.isSynthetic() || m.getName().equals("expAll")) continue;
            for (int bits : BITS) {
                out.add(DynamicTest.dynamicTest(m.getName() + " @" + bits, () -> check(m.getName(), bits)));
            }
        }
        return out.stream().sorted(java.util.Comparator.comparing(DynamicTest::getDisplayName));
    }

    private static void check(String name, int bits) throws Throwable {
        // leaveToC2 off: every kernel gets our vector code, so the back end stays tested on the loops C2 would take
        Options o = new Options(false, FASTMATH.contains(name), bits, false);
        VecHarness.Compiled k = VecHarness.compile(name, o);
        String explain = VecHarness.explain(k);
        boolean narrow = false;
        if (VECTORISED.contains(name) && !narrow) assertTrue(explain.contains("vectorised ("), name + " @" + bits + " not vectorised:\n" + explain);
        List<Integer> lengths = new ArrayList<>(List.of(0, 1, 1001));
        for (int lanes : new int[]{bits / 64, bits / 32}) lengths.addAll(List.of(lanes - 1, lanes, lanes + 1));
        long seed = 1;
        for (int n : lengths) {
            Object[] args = VecHarness.inputs(k.method(), n, seed++);
            if (name.equals("dot")) {
                // fastmath reassociates: compare with a tolerance instead
                continue;
            }
            VecHarness.agree(k, args, name + " @" + bits + " n=" + n + "\n" + explain);
        }
    }

    @Test
    void fastmathDotIsClose() throws Throwable {
        for (int bits : BITS) {
            VecHarness.Compiled k = VecHarness.compile("dot", new Options(false, true, bits));
            double[] a = new double[1001], b = new double[1001];
            for (int i = 0; i < a.length; i++) { a[i] = Math.sin(i); b[i] = Math.cos(i * 0.5); }
            double plain = VecKernels.dot(a, b);
            double fast = (double) k.handle().invoke(a, b);
            assertTrue(Math.abs(plain - fast) <= 1e-12 * a.length, plain + " vs " + fast);
            // the fold order is fixed: the same inputs give the same bits every time
            assertTrue(Double.doubleToRawLongBits(fast) == Double.doubleToRawLongBits((double) k.handle().invoke(a, b)));
        }
    }

    @Test
    void fastmathExpIsWithinAnUlp() throws Throwable {
        for (int bits : BITS) {
            VecHarness.Compiled k = VecHarness.compile("expAll", new Options(false, true, bits));
            assertTrue(VecHarness.explain(k).contains("vectorised ("), VecHarness.explain(k));
            double[] a = new double[999], out = new double[999];
            for (int i = 0; i < a.length; i++) a[i] = (i - 500) * 0.37;
            k.handle().invoke(a, out);
            for (int i = 0; i < a.length; i++) {
                double e = Math.exp(a[i]);
                assertTrue(Math.abs(out[i] - e) <= 2 * Math.ulp(e), i + ": " + out[i] + " vs " + e);
            }
        }
    }
}
