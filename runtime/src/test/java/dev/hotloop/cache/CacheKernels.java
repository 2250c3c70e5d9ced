package dev.hotloop.cache;

import dev.hotloop.annotations.Jit;

/** Kernels of the disk cache tests: cached ones, one calling a helper of another class, one not cached. */
final class CacheKernels {
    private CacheKernels() {}

    @Jit(cache = true)
    static double sum(double[] xs) {
        double s = 0;
        for (int i = 0; i < xs.length; i++) s += xs[i];
        return s;
    }

    /** Inlines {@link CacheHelpers#square}: its class is recorded in the entry. */
    @Jit(cache = true)
    static double sumOfSquares(double[] xs) {
        double s = 0;
        for (int i = 0; i < xs.length; i++) s += CacheHelpers.square(xs[i]);
        return s;
    }

    @Jit
    static double notCached(double[] xs) {
        return sum(xs);
    }
}
