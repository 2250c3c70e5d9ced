package dev.hotloop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one variant of a kernel cost: compile against run.
 * <pre>
 * KernelStats[kernel=Kernels.monteCarloPi, signature=double(long), compileNanos=14_200_000,
 *             phaseNanos={read=.., ssa=.., passes=.., codegen=.., define=..}, firstCallNanos=310_000,
 *             calls=3, runNanos=92_000_000, fallback=, cached=false]
 * </pre>
 *
 * @param kernel         {@code Owner.method}
 * @param signature      the variant's argument types as Java types, {@code double(float[], double)}
 * @param compileNanos   wall time from bytecode to a loaded class, all phases and {@code define} (0 when disabled)
 * @param phaseNanos     time of each compiler phase in pipeline order, plus {@code define}; for
 *                       {@code @Jit(cache = true)} kernels first {@code cache} (disk cache look-up and store)
 * @param firstCallNanos run time of the variant's very first call (0 before it)
 * @param calls          calls so far, through {@code invoke} and through handles
 * @param runNanos       total run time of those calls
 * @param fallback       why the original method runs instead of compiled code; empty when compiled code runs
 * @param cached         the compiled class was loaded from the disk cache ({@code @Jit(cache = true)}) instead of
 *                       compiled: {@code compileNanos} is then the time to find, check and define it, and
 *                       {@code phaseNanos} is {@code {cache=...}}
 */
public record KernelStats(String kernel, String signature, long compileNanos, Map<String, Long> phaseNanos,
                          long firstCallNanos, long calls, long runNanos, String fallback, boolean cached) {
    public KernelStats {
        // keep pipeline order: read, ssa, passes..., codegen, define
        phaseNanos = Collections.unmodifiableMap(new LinkedHashMap<>(phaseNanos));
    }

    /** Stats of a variant made in this JVM (not loaded from the disk cache). */
    public KernelStats(String kernel, String signature, long compileNanos, Map<String, Long> phaseNanos,
                       long firstCallNanos, long calls, long runNanos, String fallback) {
        this(kernel, signature, compileNanos, phaseNanos, firstCallNanos, calls, runNanos, fallback, false);
    }

    /** Mean run time per call in nanoseconds, 0 before the first call. */
    public double meanNanos() { return calls == 0 ? 0 : (double) runNanos / calls; }

    /** True when this variant runs compiled code. */
    public boolean compiled() { return fallback.isEmpty(); }
}
