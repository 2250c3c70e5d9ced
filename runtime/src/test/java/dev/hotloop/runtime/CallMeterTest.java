package dev.hotloop.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallMeterTest {
    @Test
    void slowKernelsAreTimedOnEveryCall() {
        CallMeter m = new CallMeter();
        for (int i = 0; i < 100; i++) {
            assertTrue(m.sample());
            m.record(CallMeter.SLOW_NANOS * 2);
        }
        assertEquals(100, m.calls());
        assertEquals(0, m.untimedCalls());
        assertEquals(100 * CallMeter.SLOW_NANOS * 2, m.nanos());
    }

    @Test
    void fastKernelsAreSampledCountedAndEstimated() {
        CallMeter m = new CallMeter();
        int timed = 0;
        for (int i = 0; i < 6400; i++) {
            if (m.sample()) {
                timed++;
                m.record(100);
            }
        }
        assertEquals(6400, m.calls(), "every call counted");
        assertEquals(6400 - timed, m.untimedCalls());
        assertTrue(timed <= 6400 / CallMeter.SAMPLE_EVERY + 2, "timed " + timed);
        assertEquals(6400 * 100L, m.nanos(), "untimed calls estimated from the timed ones");
        assertFalse(m.sample() && m.sample() && m.sample());
    }
}
