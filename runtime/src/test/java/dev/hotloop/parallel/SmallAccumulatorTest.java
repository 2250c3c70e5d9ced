package dev.hotloop.parallel;

import dev.hotloop.Hotloop;
import dev.hotloop.HotloopCompileException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** byte, short and char accumulators in parallel loops wrap exactly as in plain Java. */
class SmallAccumulatorTest {
    private final int threadsBefore = Hotloop.threads();

    @AfterEach
    void restoreThreads() {
        Hotloop.threads(threadsBefore);
    }

    @Test
    void wrappingAccumulatorsMatchPlainJava() {
        for (int n : new int[] {0, 1, 7, 1025, 5000, 100_003}) {
            int[] a = new Random(n).ints(n, -100_000, 100_000).toArray();
            for (byte b0 : new byte[] {0, -128, 127}) {
                int want = SmallAccumulatorKernels.wrapping(a, b0);
                for (int threads : new int[] {1, 2, 7}) {
                    Hotloop.threads(threads);
                    assertEquals(want, Hotloop.jit(SmallAccumulatorKernels.class, "wrapping").invoke(a, b0),
                            "n=" + n + " b0=" + b0 + " threads=" + threads);
                }
            }
        }
        var f = Hotloop.jit(SmallAccumulatorKernels.class, "wrapping");
        String text = f.explain();
        assertTrue(text.contains("reduction b: add (byte)") && text.contains("reduction s: mul (short)")
                && text.contains("reduction c: xor (char)") && text.contains("reduction d: sub (short)"), text);
    }

    @Test
    void aTruncatedMaximumIsRejected() {
        HotloopCompileException e = assertThrows(HotloopCompileException.class,
                () -> Hotloop.jit(SmallAccumulatorKernels.class, "truncatedMax").invoke((Object) new int[3]));
        assertTrue(e.getMessage().contains("variable b"), e.getMessage());
    }
}
