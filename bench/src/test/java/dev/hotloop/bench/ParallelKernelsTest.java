package dev.hotloop.bench;

import dev.hotloop.bench.simd.SimdKernelsJit;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The twins {@link ParallelBench} times compile and agree with plain Java (small sizes). */
class ParallelKernelsTest {
    @Test
    void mandelbrotTwinsEqualPlainJava() {
        int w = 120, h = 90;
        int[] want = new int[w * h];
        long plain = ParallelKernels.mandelbrotSerial(want, w, h, 64);
        for (String k : new String[] {"serial", "parallel", "pixelsSerial", "pixelsParallel"}) {
            int[] got = new int[w * h];
            long total = switch (k) {
                case "serial" -> ParallelKernelsJit.mandelbrotSerial(got, w, h, 64);
                case "parallel" -> ParallelKernelsJit.mandelbrotParallel(got, w, h, 64);
                case "pixelsSerial" -> ParallelKernelsJit.mandelbrotPixelsSerial(got, w, h, 64);
                default -> ParallelKernelsJit.mandelbrotPixelsParallel(got, w, h, 64);
            };
            assertEquals(plain, total, k);
            assertArrayEquals(want, got, k);
        }
    }

    @Test
    void nbodyTwinsEqualPlainJava() {
        int n = 1500; // two chunks
        SplittableRandom r = new SplittableRandom(1);
        double[] x = r.doubles(n, -1, 1).toArray(), y = r.doubles(n, -1, 1).toArray();
        double[] z = r.doubles(n, -1, 1).toArray(), m = r.doubles(n, 0.5, 1.5).toArray();
        double[] wx = new double[n], wy = new double[n], wz = new double[n];
        ParallelKernels.nbodySerial(x, y, z, m, wx, wy, wz, 1e-3);
        double[] sx = new double[n], sy = new double[n], sz = new double[n];
        ParallelKernelsJit.nbodySerial(x, y, z, m, sx, sy, sz, 1e-3);
        double[] px = new double[n], py = new double[n], pz = new double[n];
        ParallelKernelsJit.nbodyParallel(x, y, z, m, px, py, pz, 1e-3);
        for (double[][] got : new double[][][] {{sx, sy, sz}, {px, py, pz}}) {
            assertArrayEquals(wx, got[0], 1e-9);
            assertArrayEquals(wy, got[1], 1e-9);
            assertArrayEquals(wz, got[2], 1e-9);
        }
    }

    @Test
    void piAndTinySumTwins() {
        assertEquals(Math.PI, ParallelKernelsJit.piSerial(200_000), 0.05);
        assertEquals(Math.PI, ParallelKernelsJit.piParallel(200_000), 0.05);
        double[] a = new SplittableRandom(2).doubles(1000, -1, 1).toArray();
        double plain = ParallelKernels.tinySumSerial(a);
        assertEquals(plain, ParallelKernelsJit.tinySumSerial(a), 0.0);
        assertEquals(plain, ParallelKernelsJit.tinySumParallel(a), 0.0, "1,000 iterations: one chunk, in order");
        assertTrue(ParallelKernelsJit.tinySumParallelFunction().explain().contains("parallel ("),
                ParallelKernelsJit.tinySumParallelFunction().explain());
    }

    @Test
    void triadTwinsEqualPlainJavaAndTheGrainIsTheOneTheBenchAssumes() {
        for (int n : new int[] {0, 1, 20_000, 32_768, 32_769, 60_000}) {
            SplittableRandom r = new SplittableRandom(n);
            double[] b = r.doubles(n, -1, 1).toArray(), c = r.doubles(n, -1, 1).toArray();
            double[] want = new double[n], serial = new double[n], parallel = new double[n];
            BenchKernels.triad(want, b, c, 1.5);
            BenchKernelsJit.triad(serial, b, c, 1.5);
            SimdKernelsJit.triad(parallel, b, c, 1.5);
            assertArrayEquals(want, serial, 0.0, "n=" + n);
            assertArrayEquals(want, parallel, 0.0, "n=" + n);
        }
        // ParallelBench.triad20k runs one chunk inline, triad60k two chunks
        String why = SimdKernelsJit.triadFunction().explain();
        assertTrue(why.contains("chunks of at least 32768 iterations"), why);
    }
}
