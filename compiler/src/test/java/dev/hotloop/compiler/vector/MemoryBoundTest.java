package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.Options;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link MemoryBound}: with {@code streamBits} 256 at a width of 512, loops that do little
 * arithmetic per byte run on 256-bit vectors and say so; compute-bound loops, outer loops and
 * every loop of a pinned width (streamBits 0) keep 512. Narrowed loops still agree with plain Java bit for bit.
 */
class MemoryBoundTest {
    private static final Options STREAM = new Options(false, true, 512, true, 256);
    private static final Options PINNED = new Options(false, true, 512, true, 0);

    private static String explain(String kernel, Options o) throws Exception {
        return VecHarness.explain(VecHarness.compile(kernel, o));
    }

    @Test
    void streamingLoopsNarrow() throws Exception {
        String e = explain("dot", STREAM);
        assertTrue(e.contains("vectorised (inner, DoubleVector 256 bits x4; memory-bound: 256 bits, not 512)"), e);
        e = explain("relDiff", STREAM);
        assertTrue(e.contains("vectorised (inner, DoubleVector 256 bits x4; memory-bound: 256 bits, not 512)"), e);
        e = explain("sumInts", STREAM);
        assertTrue(e.contains("vectorised (inner, LongVector 256 bits x4; memory-bound: 256 bits, not 512)"), e);
    }

    @Test
    void computeBoundLoopsKeepTheWidth() throws Exception {
        assertTrue(explain("shrink", STREAM).contains("vectorised (inner, DoubleVector 512 bits x8)"));
        assertTrue(explain("expAll", STREAM).contains("vectorised (inner, DoubleVector 512 bits x8)"));
        String e = explain("escape", STREAM);
        assertTrue(e.contains("vectorised (outer, DoubleVector 512 bits x8;"), e);
    }

    @Test
    void aPinnedWidthAppliesToEveryLoop() throws Exception {
        assertTrue(explain("dot", PINNED).contains("vectorised (inner, DoubleVector 512 bits x8)"));
        assertTrue(explain("relDiff", PINNED).contains("vectorised (inner, DoubleVector 512 bits x8)"));
        assertTrue(explain("dot", new Options(false, true, 256, true, 256)).contains("vectorised (inner, DoubleVector 256 bits x4)"));
    }

    @Test
    void narrowedReductionsKeepSeveralAccumulators() throws Throwable {
        // dot at 256 bits with one add chain ran 0.14 us over 1,000 doubles against 0.092 at 512: several chains win it back
        VecHarness.Compiled c = VecHarness.compile("dot", STREAM);
        double[] a = new double[1000], b = new double[1000];
        for (int i = 0; i < a.length; i++) {
            a[i] = i % 7;
            b[i] = 0.5 * (i % 5); // small integers: every order of additions gives the same sum
        }
        for (int n : new int[]{0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 1000}) {
            double[] x = java.util.Arrays.copyOf(a, n), y = java.util.Arrays.copyOf(b, n);
            assertEquals(VecKernels.dot(x, y), (double) c.handle().invoke(x, y), "n=" + n);
        }
    }

    @Test
    void narrowedLoopsAgreeWithPlainJava() throws Throwable {
        for (String k : new String[]{"relDiff", "sumInts", "shrink", "intReductions", "countPositive", "maxAbs", "byteSum"}) {
            VecHarness.Compiled c = VecHarness.compile(k, STREAM);
            for (int n : new int[]{0, 1, 3, 4, 7, 8, 9, 31, 1000, 4099}) {
                VecHarness.agree(c, VecHarness.inputs(c.method(), n, 17L * n + 1), k + " n=" + n);
            }
        }
    }
}
