package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.Options;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The profitability rule ({@link C2Vectorises}): which {@link VecKernels} loops are left to C2's
 * auto-vectoriser, which keep our Vector API code, and that the loops left scalar still agree with
 * plain Java. {@code leaveToC2 = false} gives every loop our vector code again.
 */
class C2VectorisesTest {
    private static final String LEFT = "loop left to C2's auto-vectoriser (a straight-line loop of array loads, stores and arithmetic)";

    private static String explain(String kernel, Options o) throws Exception {
        return VecHarness.explain(VecHarness.compile(kernel, o));
    }

    /** Straight-line loops of one element type, at the store's own index: C2 vectorises them. */
    @Test
    void straightLineLoopsAreLeftToC2() throws Throwable {
        for (String k : List.of("triad", "axpyN", "inPlace", "bounded", "rows")) {
            for (int bits : new int[]{128, 256, 512}) {
                VecHarness.Compiled c = VecHarness.compile(k, new Options(false, false, bits));
                String e = VecHarness.explain(c);
                assertTrue(e.matches("(?s).*VecKernels\\.java:\\d+: \\Q" + LEFT + "\\E.*"), k + " @" + bits + ":\n" + e);
                assertFalse(e.contains("vectorised ("), k + ":\n" + e);
                for (int n : new int[]{0, 1, 7, 8, 9, 1001}) VecHarness.agree(c, VecHarness.inputs(c.method(), n, n), k + " n=" + n);
            }
        }
    }

    /** What C2 does not vectorise, or we do better, keeps our vector code. */
    @Test
    void theRestStaysOurs() throws Exception {
        Options v256 = new Options(false, false, 256);
        List<String> ours = List.of(
                "sumInts",          // long s += int: a widening conversion
                "iota",             // the loop variable as a value
                "offsets",          // a store and loads of the same array type at other offsets
                "clampSelect",      // a select (if-conversion)
                "conditionalStore", // a branch in the body
                "intReductions",    // min and max reductions
                "longOps",          // long bitwise operators and shifts (not measured)
                "bytesToShorts",    // narrow element types
                "toInt",            // a conversion
                "fmaAll");          // a call other than Math.sqrt
        for (String k : ours) {
            String e = explain(k, v256);
            assertTrue(e.contains("vectorised ("), k + ":\n" + e);
            assertFalse(e.contains(LEFT), k + ":\n" + e);
        }
        // fastmath: transcendentals and floating-point reductions stay ours
        assertTrue(explain("expAll", new Options(false, true, 256)).contains("vectorised ("));
        assertTrue(explain("dot", new Options(false, true, 256)).contains("vectorised ("));
        // outer loops run in lockstep stay ours
        assertTrue(explain("escape", v256).contains("vectorised (outer"));
    }

    @Test
    void leaveToC2OffVectorisesThemToo() throws Exception {
        String e = explain("triad", new Options(false, false, 512, false));
        assertTrue(e.contains("vectorised (inner, DoubleVector 512 bits x8)"), e);
        assertFalse(e.contains(LEFT), e);
    }

    @Test
    void noNoteAtZeroBits() throws Exception {
        assertFalse(explain("triad", Options.SERIAL).contains("C2"));
    }

    @Test
    void theReasonIsTheOneExplainShows() {
        assertTrue(C2Vectorises.REASON.equals(LEFT));
    }
}
