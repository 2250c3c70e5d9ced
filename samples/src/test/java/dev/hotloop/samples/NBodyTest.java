package dev.hotloop.samples;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class NBodyTest {
    @Test
    void compiledStepsEqualPlainJava() {
        for (int n : new int[] {0, 1, 2, 9, 1500}) {
            NBody.Bodies want = new NBody.Bodies(n, 7), got = new NBody.Bodies(n, 7);
            for (int s = 0; s < 3; s++) {
                want.stepPlain();
                got.step();
            }
            // no fastmath: every body sums its pulls in the order of j, as plain Java does: same bits
            assertArrayEquals(want.x, got.x, "x, n=" + n);
            assertArrayEquals(want.vy, got.vy, "vy, n=" + n);
            assertArrayEquals(want.az, got.az, "az, n=" + n);
        }
    }

    @Test
    void runsTheSampleMain() {
        NBody.main(new String[] {"300", "4"});
    }
}
