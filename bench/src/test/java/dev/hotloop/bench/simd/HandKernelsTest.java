package dev.hotloop.bench.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written kernels against plain Java ({@link SimdKernels} called directly): bit-identical
 * for the exact kernels, within a tolerance for the fastmath ones, and pi within 0.01. Lengths
 * cover empty, one element, one vector plus and minus one, and several chunks.
 */
class HandKernelsTest {
    private static final int VL = HandKernels.D.length();
    private static final int[] LENGTHS = {0, 1, VL - 1, VL, VL + 1, 4 * VL + 3, 1001, 100_003};

    @Test
    void monteCarloPiIsNearPi() {
        assertEquals(Math.PI, HandKernels.monteCarloPi(2_000_000L), 0.01);
        assertEquals(Math.PI, HandKernels.monteCarloPi(1_000_003L), 0.01, "a tail of 3 samples");
        assertTrue(Double.isNaN(HandKernels.monteCarloPi(0)), "0/0 as in plain Java");
        double few = HandKernels.monteCarloPi(VL + 1);
        assertEquals(0.0, few * (VL + 1) / 4.0 % 1.0, 1e-9, "a whole number of points inside: " + few);
    }

    @Test
    void monteCarloPiWithHotloopsGeneratorIsNearPi() {
        assertEquals(Math.PI, HandKernels.monteCarloPiLxm(2_000_000L), 0.01);
        assertEquals(Math.PI, HandKernels.monteCarloPiLxm(1_000_003L), 0.01, "a tail of 3 samples");
        assertTrue(Double.isNaN(HandKernels.monteCarloPiLxm(0)), "0/0 as in plain Java");
        double few = HandKernels.monteCarloPiLxm(VL + 1);
        assertEquals(0.0, few * (VL + 1) / 4.0 % 1.0, 1e-9, "a whole number of points inside: " + few);
    }

    @Test
    void laneLxmStepsEveryLaneAsTheScalarL64X128() {
        // one lane's two steps by hand in scalar code (KernelRandom.nextLong) against the vector step of piChunkLxm
        long[] st = LaneLxm.start(VL, 42, 3);
        LongVector a = LongVector.fromArray(HandKernels.L, st, 0), s = LongVector.fromArray(HandKernels.L, st, VL);
        LongVector x0 = LongVector.fromArray(HandKernels.L, st, 2 * VL), x1 = LongVector.fromArray(HandKernels.L, st, 3 * VL);
        for (int step = 0; step < 3; step++) {
            long[] out = LaneLxm.mix(s.add(x0)).toArray();
            for (int l = 0; l < VL; l++) {
                long sl = st[VL + l], p0 = st[2 * VL + l], p1 = st[3 * VL + l];
                assertEquals(lea64(sl + p0), out[l], "step " + step + " lane " + l);
                st[VL + l] = sl * LaneLxm.M + st[l];
                long q1 = p1 ^ p0;
                st[2 * VL + l] = Long.rotateLeft(p0, 24) ^ q1 ^ (q1 << 16);
                st[3 * VL + l] = Long.rotateLeft(q1, 37);
            }
            s = s.mul(LaneLxm.M).add(a);
            LongVector q1 = x1.lanewise(VectorOperators.XOR, x0);
            x0 = LaneLxm.nextX0(x0, q1);
            x1 = LaneLxm.nextX1(q1);
        }
        assertTrue(LaneLxm.unit(LongVector.broadcast(HandKernels.L, -1L)).lane(0) < 1.0);
    }

    private static long lea64(long z) {
        z = (z ^ (z >>> 32)) * 0xdaba0b6eb09322e3L;
        z = (z ^ (z >>> 32)) * 0xdaba0b6eb09322e3L;
        return z ^ (z >>> 32);
    }

    @Test
    void laneRandomLanesWalkOneMixedWeylSequence() {
        LongVector s = LaneRandom.start(HandKernels.L, 42, 3);
        long[] state = s.toArray(), out = LaneRandom.mix(s).toArray();
        for (int l = 0; l < VL; l++) {
            assertEquals(state[0] + l * LaneRandom.GAMMA, state[l], "lane " + l);
            assertEquals(LaneRandom.lea64(state[l]), out[l], "lane " + l);
        }
        assertEquals(state[0] + VL * LaneRandom.GAMMA, LaneRandom.next(s).lane(0), "lanes interleave");
        assertTrue(state[0] != LaneRandom.start(HandKernels.L, 42, 4).lane(0), "chunks start apart");
        double sum = 0;
        for (int i = 0; i < 100_000; i++, s = LaneRandom.next(s)) {
            DoubleVector u = LaneRandom.unit(s);
            assertTrue(u.compare(VectorOperators.GE, 0.0).and(u.compare(VectorOperators.LT, 1.0)).allTrue());
            sum += u.reduceLanes(VectorOperators.ADD);
        }
        assertEquals(0.5, sum / (100_000.0 * VL), 0.002, "mean of uniform [0, 1)");
    }

    @Test
    void mandelbrotIsExact() {
        for (int[] s : new int[][] {{1, 1}, {VL - 1, 3}, {VL + 1, 5}, {13, 7}, {64, 97}, {203, 150}}) {
            for (int maxIter : new int[] {0, 1, 100}) {
                int w = s[0], h = s[1];
                int[] want = new int[w * h], got = new int[w * h];
                String what = w + "x" + h + " maxIter " + maxIter;
                assertEquals(SimdKernels.mandelbrot(want, w, h, maxIter), HandKernels.mandelbrot(got, w, h, maxIter), what);
                assertArrayEquals(want, got, what);
            }
        }
    }

    @Test
    void nbodyIsExact() {
        for (int n : LENGTHS) {
            if (n > 5000) continue; // n^2 pairs
            SimdData d = data(n, 0, 0);
            double[] wx = new double[n], wy = new double[n], wz = new double[n];
            SimdKernels.nbody(d.x, d.y, d.z, d.m, wx, wy, wz, 1e-3);
            HandKernels.nbody(d.x, d.y, d.z, d.m, d.ax, d.ay, d.az, 1e-3);
            assertArrayEquals(wx, d.ax, "n=" + n); // no delta: bit for bit
            assertArrayEquals(wy, d.ay, "n=" + n);
            assertArrayEquals(wz, d.az, "n=" + n);
        }
    }

    @Test
    void blackScholesIsCloseToPlainJava() {
        for (int n : LENGTHS) {
            SimdData d = data(0, n, 0);
            double[] call = new double[n], put = new double[n];
            SimdKernels.blackScholes(d.price, d.strike, d.years, SimdData.RATE, SimdData.VOL, call, put);
            HandKernels.blackScholes(d.price, d.strike, d.years, SimdData.RATE, SimdData.VOL, d.call, d.put);
            for (int i = 0; i < n; i++) {
                // EXP and LOG are within 1 ulp of Math's; seen: at most 4.3e-14 apart over 1M options
                assertEquals(call[i], d.call[i], 1e-12 * Math.max(1, d.price[i]), "call " + i + " of " + n);
                assertEquals(put[i], d.put[i], 1e-12 * Math.max(1, d.strike[i]), "put " + i + " of " + n);
            }
        }
    }

    @Test
    void cndMatchesTheScalarFunction() {
        double[] ds = {-40, -5, -1.5, -1e-300, -0.0, 0.0, 1e-300, 0.3, 2, 7, 40};
        double[] got = new double[VL];
        for (double v : ds) {
            HandKernels.cnd(DoubleVector.broadcast(HandKernels.D, v)).intoArray(got, 0);
            assertEquals(SimdKernels.cnd(v), got[0], 1e-15, "cnd(" + v + ")");
        }
    }

    @Test
    void dotIsCloseToPlainJava() {
        for (int n : LENGTHS) {
            SplittableRandom r = new SplittableRandom(n);
            double[] a = r.doubles(n, -1, 1).toArray(), b = r.doubles(n, -1, 1).toArray();
            assertEquals(SimdKernels.dot(a, b), HandKernels.dot(a, b), 1e-13 * Math.max(1, n), "n=" + n);
        }
    }

    @Test
    void triadIsExact() {
        for (int n : LENGTHS) {
            SplittableRandom r = new SplittableRandom(n);
            double[] b = r.doubles(n, -1, 1).toArray(), c = r.doubles(n, -1, 1).toArray();
            if (n > 0) b[n / 2] = Double.NaN; // flows through as in Java
            double[] want = new double[n], got = new double[n];
            SimdKernels.triad(want, b, c, 1.5);
            HandKernels.triad(got, b, c, 1.5);
            assertArrayEquals(want, got, "n=" + n);
        }
    }

    @Test
    void goFastIsExact() {
        for (int n : new int[] {0, 1, VL - 1, VL + 1, 300}) {
            double[][] a = data(0, 0, n).grid;
            double[][] want = SimdKernels.goFast(a), got = HandKernels.goFast(a);
            assertEquals(want.length, got.length);
            for (int i = 0; i < n; i++) assertArrayEquals(want[i], got[i], "row " + i + " of " + n);
        }
    }

    @Test
    void stencilIsExact() {
        for (int n : new int[] {0, 1, 2, 3, VL + 2, VL + 3, 100, 203}) {
            SimdData d = data(0, 0, n);
            double[][] want = new double[n][], got = new double[n][];
            for (int i = 0; i < n; i++) {
                want[i] = new double[n];
                java.util.Arrays.fill(want[i], -7.0); // the border must stay as it was
                got[i] = want[i].clone();
            }
            SimdKernels.stencil(d.grid, want);
            HandKernels.stencil(d.grid, got);
            for (int i = 0; i < n; i++) assertArrayEquals(want[i], got[i], "row " + i + " of " + n);
        }
    }

    @Test
    void chunksCoverTheRangeInOrder() {
        assertEquals(0, Chunks.count(0, 10));
        assertEquals(1, Chunks.count(10, 10));
        assertEquals(2, Chunks.count(11, 10));
        assertEquals(Chunks.MAX_CHUNKS, Chunks.count(1_000_000, 1));
        long[] seen = new long[1003];
        Chunks.run(1003, 10, (k, lo, hi) -> {
            assertEquals(Chunks.start(1003, Chunks.count(1003, 10), k), lo);
            for (long i = lo; i < hi; i++) seen[(int) i]++;
        });
        for (long s : seen) assertEquals(1, s);
    }

    private static SimdData data(int bodies, int options, int grid) {
        SimdData d = new SimdData();
        d.fill(bodies, options, grid);
        return d;
    }
}
