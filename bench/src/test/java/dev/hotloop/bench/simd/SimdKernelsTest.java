package dev.hotloop.bench.simd;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The kernels {@link SimdBench} times as Hotloop compiles them ({@code SimdKernelsJit}) agree with
 * plain Java: bit for bit where no licence is given, within a tolerance for fastmath and for the
 * parallel trace of go_fast (a sum in chunks), pi within 0.01. Small sizes, several chunks.
 */
class SimdKernelsTest {
    @Test
    void monteCarloPi() {
        assertEquals(Math.PI, SimdKernelsJit.monteCarloPi(1_000_003L), 0.01);
    }

    @Test
    void mandelbrot() {
        int w = 203, h = 150;
        int[] want = new int[w * h], got = new int[w * h];
        assertEquals(SimdKernels.mandelbrot(want, w, h, 100), SimdKernelsJit.mandelbrot(got, w, h, 100));
        assertArrayEquals(want, got);
    }

    @Test
    void nbody() {
        SimdData d = new SimdData();
        d.fill(1001, 0, 0);
        double[] wx = new double[1001], wy = new double[1001], wz = new double[1001];
        SimdKernels.nbody(d.x, d.y, d.z, d.m, wx, wy, wz, 1e-3);
        SimdKernelsJit.nbody(d.x, d.y, d.z, d.m, d.ax, d.ay, d.az, 1e-3);
        assertArrayEquals(wx, d.ax);
        assertArrayEquals(wy, d.ay);
        assertArrayEquals(wz, d.az);
    }

    @Test
    void blackScholes() {
        SimdData d = new SimdData();
        d.fill(0, 10_007, 0);
        double[] call = new double[10_007], put = new double[10_007];
        SimdKernels.blackScholes(d.price, d.strike, d.years, SimdData.RATE, SimdData.VOL, call, put);
        SimdKernelsJit.blackScholes(d.price, d.strike, d.years, SimdData.RATE, SimdData.VOL, d.call, d.put);
        for (int i = 0; i < call.length; i++) {
            assertEquals(call[i], d.call[i], 1e-10 * Math.max(1, d.price[i]), "call " + i);
            assertEquals(put[i], d.put[i], 1e-10 * Math.max(1, d.strike[i]), "put " + i);
        }
    }

    @Test
    void dotAndTriad() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 100_003;
        double[] a = r.doubles(n, -1, 1).toArray(), b = r.doubles(n, -1, 1).toArray();
        assertEquals(SimdKernels.dot(a, b), SimdKernelsJit.dot(a, b), 1e-13 * n);
        double[] want = new double[n], got = new double[n];
        SimdKernels.triad(want, a, b, 1.5);
        SimdKernelsJit.triad(got, a, b, 1.5);
        assertArrayEquals(want, got);
    }

    @Test
    void goFastAndStencil() {
        SimdData d = new SimdData();
        d.fill(0, 0, 301);
        double[][] want = SimdKernels.goFast(d.grid), got = SimdKernelsJit.goFast(d.grid);
        for (int i = 0; i < want.length; i++) assertArrayEquals(want[i], got[i], 1e-12, "goFast row " + i);
        double[][] sWant = new double[301][301], sGot = new double[301][301];
        SimdKernels.stencil(d.grid, sWant);
        SimdKernelsJit.stencil(d.grid, sGot);
        for (int i = 0; i < sWant.length; i++) assertArrayEquals(sWant[i], sGot[i], "stencil row " + i);
    }
}
