package dev.hotloop.vector;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/**
 * Parallel loops whose chunks contain a vectorisable inner loop: the split loop itself (each
 * chunk runs its range as an inner loop) or the loop over a row. Integer sums only, so the
 * result does not depend on the chunking.
 */
final class ParallelVectorKernels {
    private ParallelVectorKernels() {}

    @Jit(parallel = true)
    static void parallelSaxpy(double alpha, double[] x, double[] y) {
        for (@Parallel int i = 0; i < y.length; i++) y[i] += alpha * x[i];
    }

    @Jit(parallel = true)
    static void parallelRows(double[][] m, double s) {
        for (@Parallel int r = 0; r < m.length; r++) {
            double[] row = m[r];
            for (int j = 0; j < row.length; j++) row[j] = Math.abs(row[j]) * s;
        }
    }

    @Jit(parallel = true)
    static long parallelIntSum(int[] a) {
        long s = 0;
        for (@Parallel int i = 0; i < a.length; i++) s += a[i];
        return s;
    }
}
