package dev.hotloop.samples;

import dev.hotloop.annotations.Jit;

/**
 * The kernel of the {@link MonteCarloPi} sample: the estimate of pi by throwing points at
 * the unit square, as in Numba's first example. The annotation processor generates
 * {@code PiKernelsJit.monteCarloPi(long)}, which compiles this method on its first call.
 */
public final class PiKernels {
    private PiKernels() {}

    /** Four times the share of {@code nsamples} random points in [0,1)^2 that fall inside the unit circle. */
    @Jit
    static double monteCarloPi(long nsamples) {
        long acc = 0;
        for (long i = 0; i < nsamples; i++) {
            double x = Math.random();
            double y = Math.random();
            if (x * x + y * y < 1.0) acc += 1;
        }
        return 4.0 * acc / nsamples;
    }
}
