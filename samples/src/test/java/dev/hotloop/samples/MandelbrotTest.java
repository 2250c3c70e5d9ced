package dev.hotloop.samples;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MandelbrotTest {
    @Test
    void compiledKernelEqualsPlainJava() {
        // 97 rows: more than one chunk is not guaranteed, but odd sizes exercise the chunk edges
        for (int[] size : new int[][] {{1, 1}, {13, 7}, {64, 97}, {200, 1500}}) {
            int w = size[0], h = size[1];
            int[] want = new int[w * h], got = new int[w * h];
            long plain = MandelbrotKernels.escapeCounts(want, w, h, 100);
            assertEquals(plain, MandelbrotKernelsJit.escapeCounts(got, w, h, 100), w + "x" + h);
            assertArrayEquals(want, got, w + "x" + h);
        }
    }

    @Test
    void runsTheSampleMain() {
        Mandelbrot.main(new String[] {"80", "60", "50"});
    }
}
