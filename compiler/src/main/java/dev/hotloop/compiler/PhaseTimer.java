package dev.hotloop.compiler;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Accumulates wall time per named compile phase, in first-seen order. */
public final class PhaseTimer {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    public <T> T time(String phase, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(phase, System.nanoTime() - t0, Long::sum);
        }
    }

    public void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    public Map<String, Long> nanos() { return Collections.unmodifiableMap(nanos); }
}
