package dev.hotloop.ufunc;

import dev.hotloop.Hotloop;
import dev.hotloop.Ufunc;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** reduce and accumulate against left folds in plain Java. */
class UfuncFoldTest {
    final Random rnd = new Random(7);

    @Test
    void reduceFoldsLeftToRight() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "minusHalf");
        for (int n : new int[] {1, 2, 9, 1000}) {
            double[] a = rnd.doubles(n).toArray();
            double want = a[0];
            for (int i = 1; i < n; i++) want = UfuncKernels.minusHalf(want, a[i]);
            assertEquals(want, (double) u.reduce(a), "n=" + n);
            double[] acc = (double[]) u.accumulate(a);
            double run = a[0];
            assertEquals(run, acc[0]);
            for (int i = 1; i < n; i++) {
                run = UfuncKernels.minusHalf(run, a[i]);
                assertEquals(run, acc[i]);
            }
        }
    }

    @Test
    void reduceOverEachElementType() {
        Ufunc add = Hotloop.ufunc(UfuncKernels.class, "add");
        double[] d = rnd.doubles(101).toArray();
        double ds = d[0];
        for (int i = 1; i < d.length; i++) ds += d[i];
        assertEquals(ds, add.reduce(d));
        float[] f = new float[101];
        for (int i = 0; i < f.length; i++) f[i] = rnd.nextFloat();
        float fs = f[0];
        for (int i = 1; i < f.length; i++) fs += f[i];
        assertEquals(fs, add.reduce(f), "the float variant sums in float");
        int[] a = rnd.ints(101).toArray();
        int is = 0;
        for (int x : a) is += x;
        assertEquals(is, add.reduce(a));
        long[] l = rnd.longs(101).toArray();
        long ls = 0;
        for (long x : l) ls += x;
        assertEquals(ls, add.reduce(l));
        long[] acc = (long[]) add.accumulate(l);
        long run = 0;
        for (int i = 0; i < l.length; i++) assertEquals(run += l[i], acc[i]);
    }

    @Test
    void emptyReduceGivesTheIdentityOrAClearError() {
        assertEquals(0.0, Hotloop.ufunc(UfuncKernels.class, "add").reduce(new double[0]));
        assertEquals(0, Hotloop.ufunc(UfuncKernels.class, "add").reduce(new int[0]));
        assertEquals(0f, Hotloop.ufunc(UfuncKernels.class, "add").reduce(new float[0]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Hotloop.ufunc(UfuncKernels.class, "relDiff").reduce(new double[0]));
        assertTrue(e.getMessage().contains("empty") && e.getMessage().contains("identity"), e.getMessage());
        assertEquals(0, ((double[]) Hotloop.ufunc(UfuncKernels.class, "relDiff").accumulate(new double[0])).length);
    }

    @Test
    void twoDimensionalFoldsGoOverRows() {
        Ufunc add = Hotloop.ufunc(UfuncKernels.class, "add");
        double[][] m = {{1, 2, 3}, {10, 20, 30}, {100, 200, 300}};
        assertArrayEquals(new double[] {111, 222, 333}, (double[]) add.reduce(m));
        assertArrayEquals(new double[][] {{1, 2, 3}, {11, 22, 33}, {111, 222, 333}}, (double[][]) add.accumulate(m));
        int[][] im = {{1, 2}, {3, 4}};
        assertArrayEquals(new int[] {4, 6}, (int[]) add.reduce(im));
    }

    @Test
    void fastmathReduceSumsCloselyAndParallelReduceExactly() {
        double[] a = rnd.doubles(100_000).toArray();
        double want = 0;
        for (double x : a) want += x;
        assertEquals(want, (double) Hotloop.ufunc(UfuncKernels.class, "fastAdd").reduce(a), 1e-9 * a.length);
        assertEquals(want, Hotloop.ufunc(UfuncKernels.class, "parAdd").reduce(a), "reduce stays a serial left fold");
    }

    @Test
    void unaryUfuncsHaveNoFold() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Hotloop.ufunc(UfuncKernels.class, "collatz").reduce(new int[3]));
        assertTrue(e.getMessage().contains("two arguments"), e.getMessage());
    }
}
