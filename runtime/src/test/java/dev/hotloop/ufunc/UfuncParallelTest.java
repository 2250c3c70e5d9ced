package dev.hotloop.ufunc;

import dev.hotloop.Hotloop;
import dev.hotloop.Ufunc;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** target = PARALLEL: large arrays split over the pool, same results as plain Java on any thread count. */
class UfuncParallelTest {
    @Test
    void parallelMapEqualsPlainJava() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "parPoly");
        Random r = new Random(1);
        int n = 100_003;
        double[] x = r.doubles(n).toArray(), y = r.doubles(n).toArray();
        double[] want = new double[n];
        for (int i = 0; i < n; i++) want[i] = UfuncKernels.parPoly(x[i], y[i]);
        int threads = Hotloop.threads();
        try {
            for (int t : new int[] {1, 2, 5}) {
                Hotloop.threads(t);
                assertArrayEquals(want, (double[]) u.apply(x, y));
            }
        } finally {
            Hotloop.threads(threads);
        }
        double[] small = {1, 2, 3};
        assertArrayEquals(new double[] {UfuncKernels.parPoly(1, 0.5), UfuncKernels.parPoly(2, 0.5), UfuncKernels.parPoly(3, 0.5)},
                (double[]) u.apply(small, 0.5));
        String why = u.explain();
        assertTrue(why.contains("map, parallel void(double[], double[], double[]):"), why);
        assertTrue(why.contains("map void(double[], double, double[]):"), "3 elements stay serial\n" + why);
        assertTrue(Hotloop.report().contains("UfuncKernels.parPoly.map"), Hotloop.report());
    }

    @Test
    void parallelTwoDimensionalSplitsRows() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "parPoly");
        Random r = new Random(2);
        double[][] x = new double[300][], y = new double[300][];
        for (int i = 0; i < 300; i++) {
            x[i] = r.doubles(101).toArray();
            y[i] = r.doubles(101).toArray();
        }
        double[][] got = (double[][]) u.apply(x, y);
        for (int i = 0; i < 300; i++) {
            for (int j = 0; j < 101; j++) assertTrue(got[i][j] == UfuncKernels.parPoly(x[i][j], y[i][j]));
        }
    }
}
