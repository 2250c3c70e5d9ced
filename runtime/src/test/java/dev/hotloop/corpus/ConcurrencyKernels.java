package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * Kernels that nothing else calls, so that {@link ConcurrentFirstCallTest} makes their very
 * first call, from 32 threads at once.
 */
final class ConcurrencyKernels {
    private ConcurrencyKernels() {}

    @Jit
    static double sharedFunction(double[] a, int k) {
        double s = k;
        for (int i = 0; i < a.length; i++) s = s * 0.5 + a[i] * k;
        return s;
    }

    @Jit
    static long lookedUpPerThread(long[] a, long k) {
        long h = k;
        for (int i = 0; i < a.length; i++) h = h * 31 + (a[i] ^ k);
        return h;
    }
}
