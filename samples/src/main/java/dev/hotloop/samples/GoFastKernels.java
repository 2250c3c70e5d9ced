package dev.hotloop.samples;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/**
 * The kernel of the {@link GoFast} sample, Numba's {@code go_fast} in Java:
 * <pre>
 * trace = sum of tanh(a[i][i])      # a parallel reduction
 * return a + trace                  # element-wise, one parallel row per iteration
 * </pre>
 * Numba writes {@code a + trace} as one array expression; here it is a second {@code @Parallel}
 * loop over rows with a serial loop over columns. The kernel allocates its result.
 */
public final class GoFastKernels {
    private GoFastKernels() {}

    /** {@code a[i][j] + trace} for every element, where {@code trace} sums {@code tanh} of the diagonal. */
    @Jit(parallel = true)
    public static double[][] goFast(double[][] a) {
        double trace = 0.0;
        for (@Parallel int i = 0; i < a.length; i++) {
            trace += Math.tanh(a[i][i]);
        }
        int n = a.length;
        int m = n == 0 ? 0 : a[0].length;
        double[][] r = new double[n][m];
        for (@Parallel int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                r[i][j] = a[i][j] + trace;
            }
        }
        return r;
    }
}
