package dev.hotloop.bench.c2;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The loops of {@link C2Kernels} written by hand with the Vector API at the preferred species
 * (512 bits on AVX-512), full vectors then a scalar tail: what Hotloop's vectoriser would emit.
 */
public final class C2Hand {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;

    private C2Hand() {}

    public static void triad(double[] a, double[] b, double[] c, double s) {
        int i = 0;
        for (int n = D.loopBound(a.length); i < n; i += D.length()) {
            DoubleVector.fromArray(D, b, i).add(DoubleVector.fromArray(D, c, i).mul(s)).intoArray(a, i);
        }
        for (; i < a.length; i++) a[i] = b[i] + s * c[i];
    }

    public static void addInts(int[] x, int[] y, int[] z) {
        int i = 0;
        for (int n = I.loopBound(z.length); i < n; i += I.length()) {
            IntVector.fromArray(I, x, i).add(IntVector.fromArray(I, y, i)).intoArray(z, i);
        }
        for (; i < z.length; i++) z[i] = x[i] + y[i];
    }

    public static void bitsInts(int[] x, int[] y, int[] z) {
        int i = 0;
        for (int n = I.loopBound(z.length); i < n; i += I.length()) {
            IntVector.fromArray(I, x, i).lanewise(VectorOperators.LSHL, 3)
                    .lanewise(VectorOperators.XOR, IntVector.fromArray(I, y, i).and(0xff)).intoArray(z, i);
        }
        for (; i < z.length; i++) z[i] = (x[i] << 3) ^ (y[i] & 0xff);
    }

    public static void axpyFloats(float[] x, float[] y, float a) {
        int i = 0;
        for (int n = F.loopBound(y.length); i < n; i += F.length()) {
            FloatVector.fromArray(F, x, i).mul(a).add(FloatVector.fromArray(F, y, i)).intoArray(y, i);
        }
        for (; i < y.length; i++) y[i] = a * x[i] + y[i];
    }

    public static void mulLongs(long[] x, long[] y, long[] z) {
        int i = 0;
        for (int n = L.loopBound(z.length); i < n; i += L.length()) {
            LongVector.fromArray(L, x, i).mul(LongVector.fromArray(L, y, i)).add(1).intoArray(z, i);
        }
        for (; i < z.length; i++) z[i] = x[i] * y[i] + 1;
    }

    public static void sqrtAll(double[] x, double[] y) {
        int i = 0;
        for (int n = D.loopBound(y.length); i < n; i += D.length()) {
            DoubleVector.fromArray(D, x, i).lanewise(VectorOperators.SQRT).intoArray(y, i);
        }
        for (; i < y.length; i++) y[i] = Math.sqrt(x[i]);
    }

    public static void divAll(double[] x, double[] y, double[] z) {
        int i = 0;
        for (int n = D.loopBound(z.length); i < n; i += D.length()) {
            DoubleVector.fromArray(D, x, i).div(DoubleVector.fromArray(D, y, i)).intoArray(z, i);
        }
        for (; i < z.length; i++) z[i] = x[i] / y[i];
    }

    public static void addRows(double[][] a, double[][] r, double t) {
        for (int i = 0; i < r.length; i++) {
            double[] ai = a[i], ri = r[i];
            int j = 0;
            for (int n = D.loopBound(ri.length); j < n; j += D.length()) DoubleVector.fromArray(D, ai, j).add(t).intoArray(ri, j);
            for (; j < ri.length; j++) ri[j] = ai[j] + t;
        }
    }

    public static int sumInts(int[] x) {
        IntVector acc = IntVector.zero(I);
        int i = 0;
        for (int n = I.loopBound(x.length); i < n; i += I.length()) acc = acc.add(IntVector.fromArray(I, x, i));
        int s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < x.length; i++) s += x[i];
        return s;
    }

    public static long sumLongs(long[] x) {
        LongVector acc = LongVector.zero(L);
        int i = 0;
        for (int n = L.loopBound(x.length); i < n; i += L.length()) acc = acc.add(LongVector.fromArray(L, x, i));
        long s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < x.length; i++) s += x[i];
        return s;
    }

    public static int dotInts(int[] x, int[] y) {
        IntVector acc = IntVector.zero(I);
        int i = 0;
        for (int n = I.loopBound(x.length); i < n; i += I.length()) {
            acc = acc.add(IntVector.fromArray(I, x, i).mul(IntVector.fromArray(I, y, i)));
        }
        int s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < x.length; i++) s += x[i] * y[i];
        return s;
    }

    /** Half-width int vectors widened to long lanes, summed in a long accumulator. */
    public static long sumIntsToLong(int[] x) {
        VectorSpecies<Integer> half = L.withLanes(int.class);
        LongVector acc = LongVector.zero(L);
        int i = 0;
        for (int n = half.loopBound(x.length); i < n; i += half.length()) {
            acc = acc.add(IntVector.fromArray(half, x, i).convertShape(VectorOperators.I2L, L, 0));
        }
        long s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < x.length; i++) s += x[i];
        return s;
    }
}
