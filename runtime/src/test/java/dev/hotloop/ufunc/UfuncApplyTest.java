package dev.hotloop.ufunc;

import dev.hotloop.Hotloop;
import dev.hotloop.Ufunc;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** apply and into against plain Java loops calling the same scalar method, over 1-D and 2-D arrays, scalars broadcast. */
class UfuncApplyTest {
    static final int[] LENGTHS = {0, 1, 3, 7, 8, 9, 31, 33, 1001};
    final Random rnd = new Random(42);

    double[] doubles(int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = rnd.nextInt(5) == 0 ? 0 : rnd.nextGaussian() * 10;
        return a;
    }

    @Test
    void relDiffOverDoubleArrays() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "relDiff");
        for (int n : LENGTHS) {
            double[] x = doubles(n), y = doubles(n);
            double[] want = new double[n];
            for (int i = 0; i < n; i++) want[i] = UfuncKernels.relDiff(x[i], y[i]);
            assertArrayEquals(want, (double[]) u.apply(x, y), "n=" + n);
            double[] out = new double[n];
            assertSame(out, u.into(out, x, y));
            assertArrayEquals(want, out);
        }
    }

    @Test
    void scalarsBroadcastAgainstArrays() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "clip");
        double[] x = doubles(100);
        double[] want = new double[100];
        for (int i = 0; i < 100; i++) want[i] = UfuncKernels.clip(x[i], -1, 2.5);
        assertArrayEquals(want, (double[]) u.apply(x, -1.0, 2.5));
        // an int scalar widens to double as Java would
        assertArrayEquals(want, (double[]) u.apply(x, -1, 2.5f));
        double[] lo = doubles(100);
        for (int i = 0; i < 100; i++) want[i] = UfuncKernels.clip(3.0, lo[i], 4.0);
        assertArrayEquals(want, (double[]) u.apply(3.0, lo, 4.0));
    }

    @Test
    void allScalarsGiveAScalar() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "relDiff");
        assertEquals(UfuncKernels.relDiff(3, 5), u.apply(3.0, 5.0));
        assertEquals(UfuncKernels.relDiff(0, 0), u.apply(0.0, 0));
        assertEquals(5f, Hotloop.ufunc(UfuncKernels.class, "add").apply(2f, 3f));
        assertEquals(5, Hotloop.ufunc(UfuncKernels.class, "add").apply(2, 3));
    }

    @Test
    void scalarsBroadcastIntoOut() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "add");
        double[] out = new double[5];
        u.into(out, 1.0, 2.0);
        assertArrayEquals(new double[] {3, 3, 3, 3, 3}, out);
    }

    @Test
    void twoDimensionalArrays() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "relDiff");
        for (int[] shape : new int[][] {{0, 0}, {1, 1}, {3, 7}, {17, 33}}) {
            double[][] x = new double[shape[0]][], y = new double[shape[0]][];
            double[][] want = new double[shape[0]][shape[1]];
            for (int r = 0; r < shape[0]; r++) {
                x[r] = doubles(shape[1]);
                y[r] = doubles(shape[1]);
                for (int c = 0; c < shape[1]; c++) want[r][c] = UfuncKernels.relDiff(x[r][c], y[r][c]);
            }
            assertArrayEquals(want, (double[][]) u.apply(x, y));
            double[][] withScalar = (double[][]) u.apply(x, 1.5);
            for (int r = 0; r < shape[0]; r++) {
                for (int c = 0; c < shape[1]; c++) assertEquals(UfuncKernels.relDiff(x[r][c], 1.5), withScalar[r][c]);
            }
            double[][] out = new double[shape[0]][shape[1]];
            u.into(out, x, y);
            assertArrayEquals(want, out);
        }
    }

    @Test
    void intAndLongVariants() {
        Ufunc add = Hotloop.ufunc(UfuncKernels.class, "add");
        int[] a = rnd.ints(50).toArray(), b = rnd.ints(50).toArray();
        int[] ints = (int[]) add.apply(a, b);
        for (int i = 0; i < 50; i++) assertEquals(a[i] + b[i], ints[i], "int addition wraps as Java's does");
        long[] la = rnd.longs(50).toArray(), lb = rnd.longs(50).toArray();
        long[] longs = (long[]) add.apply(la, lb);
        for (int i = 0; i < 50; i++) assertEquals(la[i] + lb[i], longs[i]);
        Ufunc mix = Hotloop.ufunc(UfuncKernels.class, "mix");
        long[] m = (long[]) mix.apply(la, lb);
        for (int i = 0; i < 50; i++) assertEquals(UfuncKernels.mix(la[i], lb[i]), m[i]);
        int[][] a2 = {{1, 2, 3}, {4, 5, 6}};
        assertArrayEquals(new int[][] {{11, 12, 13}, {14, 15, 16}}, (int[][]) add.apply(a2, 10));
    }

    @Test
    void intFunctionWithAnInnerLoop() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "collatz");
        int[] x = new int[300];
        for (int i = 0; i < x.length; i++) x[i] = i - 5;
        int[] got = (int[]) u.apply((Object) x);
        for (int i = 0; i < x.length; i++) assertEquals(UfuncKernels.collatz(x[i]), got[i]);
    }

    @Test
    void otherElementTypesAreConvertedToTheDeclaredTypes() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "relDiff");
        float[] x = {1.5f, -2f, 0f, 3.25f};
        int[] y = {1, 2, 0, -4};
        double[] got = (double[]) u.apply(x, y);
        for (int i = 0; i < x.length; i++) assertEquals(UfuncKernels.relDiff(x[i], y[i]), got[i]);
        long[] ly = {1, 2, 0, -4};
        assertArrayEquals(got, (double[]) u.apply(x, ly));
    }

    @Test
    void booleanAndSmallTypes() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "inRange");
        double[] x = {-1, 0, 0.5, 1, 2};
        boolean[] strict = {true, true, true, false, false};
        boolean[] got = (boolean[]) u.apply(x, strict);
        for (int i = 0; i < x.length; i++) assertEquals(UfuncKernels.inRange(x[i], strict[i]), got[i]);
        assertArrayEquals(new boolean[] {false, true, true, true, false}, (boolean[]) u.apply(x, false));
        Ufunc avg = Hotloop.ufunc(UfuncKernels.class, "avg");
        short[] a = {1, 30000, -7}, b = {3, 30000, 2};
        short[] s = (short[]) avg.apply(a, b);
        for (int i = 0; i < 3; i++) assertEquals((short) UfuncKernels.avg(a[i], b[i]), s[i]);
        byte[] bytes = {1, 2, 3};
        char[] chars = {'a', 'b', 'c'};
        int[] mixed = (int[]) avg.apply(bytes, chars);
        for (int i = 0; i < 3; i++) assertEquals(UfuncKernels.avg(bytes[i], chars[i]), mixed[i]);
    }
}
