package dev.hotloop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one variant of a kernel cost: compile against run.
 * <pre>
 * KernelStats[kernel=Kernels.monteCarloPi, signature=double(long), compileNanos=14_200_000,
 *             phaseNanos={read=.., ssa=.., passes=.., codegen=.., define=..}, firstCallNanos=310_000,
 *             calls=3, runNanos=92_000_000, fallback=]
 * </pre>
 *
 * @param kernel         {@code Owner.method}
 * @param signature      the variant's argument types as Java types, {@code double(float[], double)}
 * @param compileNanos   wall time from bytecode to a loaded class, all phases and {@code define} (0 when disabled)
 * @param phaseNanos     time of each compiler phase in pipeline order, plus {@code define}
 * @param firstCallNanos run time of the variant's very first call (0 before it)
 * @param calls          calls so far, through {@code invoke} and through handles
 * @param runNanos       total run time of those calls
 * @param fallback       why the original method runs instead of compiled code; empty when compiled code runs
 */
public record KernelStats(String kernel, String signature, long compileNanos, Map<String, Long> phaseNanos,
                          long firstCallNanos, long calls, long runNanos, String fallback) {
    public KernelStats {
        // keep pipeline order: read, ssa, passes..., codegen, define
        phaseNanos = Collections.unmodifiableMap(new LinkedHashMap<>(phaseNanos));
    }

    /** Mean run time per call in nanoseconds, 0 before the first call. */
    public double meanNanos() { return calls == 0 ? 0 : (double) runNanos / calls; }

    /** True when this variant runs compiled code. */
    public boolean compiled() { return fallback.isEmpty(); }
}
