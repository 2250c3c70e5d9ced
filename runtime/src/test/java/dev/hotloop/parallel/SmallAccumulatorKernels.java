package dev.hotloop.parallel;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/** Reductions into byte, short and char variables, which wrap after every update; for {@link SmallAccumulatorTest}. */
final class SmallAccumulatorKernels {
    private SmallAccumulatorKernels() {}

    @Jit(parallel = true)
    static int wrapping(int[] a, byte b0) {
        byte b = b0;
        short s = 1;
        char c = 7;
        short d = 100;
        for (@Parallel int i = 0; i < a.length; i++) {
            b += a[i];
            s *= (a[i] | 1);
            c ^= a[i];
            d -= a[i];
        }
        return b * 31 + s * 17 + c * 13 + d;
    }

    /** A truncated maximum is not a reduction: (byte) max(b, x) does not commute with the truncation. */
    @Jit(parallel = true)
    static byte truncatedMax(int[] a) {
        byte b = 0;
        for (@Parallel int i = 0; i < a.length; i++) b = (byte) Math.max(b, a[i]);
        return b;
    }
}
