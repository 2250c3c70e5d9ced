package dev.hotloop.samples;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MonteCarloPiTest {
    @Test
    void compiledKernelEstimatesPi() {
        // 1e6 samples: the standard error of the estimate is about 0.0016, so 0.02 is > 10 sigma
        assertEquals(Math.PI, PiKernelsJit.monteCarloPi(1_000_000L), 0.02);
        assertEquals(Math.PI, PiKernelsJit.monteCarloPi(1_000_000L), 0.02, "second call, compiled variant cached");
    }

    @Test
    void runsTheSampleMain() {
        MonteCarloPi.main(new String[] {"100_000"});
    }
}
