package dev.hotloop.runtime;

import dev.hotloop.compiler.LoopReport;

import java.util.List;

/**
 * The text of {@code JitFunction.explain()}: per variant its signature, then what the compiler
 * did with each loop, inner loops indented under outer ones.
 * <pre>
 * Kernels.monteCarloPi
 * double(long):
 *   Kernels.java:12-15: serial
 *     not parallel: no @Parallel loop variable
 *     not vectorised: jdk.incubator.vector is not present (run java with --add-modules jdk.incubator.vector)
 * double(int):
 *   runs the original method: Kernels.java:13: object allocation ...
 * double(double[]):
 *   loaded from the disk cache /home/u/.cache/hotloop/Kernels.sum-0c1f....hlc
 *   Kernels.java:20: vectorised (DoubleVector.SPECIES_256)
 * double(float):
 *   does not compile: Kernels.java:13: object allocation ...
 * </pre>
 */
final class Explain {
    private Explain() {}

    /**
     * The text for the loops of a ufunc or gufunc ({@code Kernels.add}): per loop its kind ({@code map},
     * {@code reduce}, ...; {@code parallel} when split over the pool), its signature, then its report.
     * <pre>
     * Kernels.add
     * map, parallel void(double[], double[], double[]):
     *   Kernels.java:12: parallel ...
     * </pre>
     */
    static String ofLoops(String kernel, List<Variant> loops) {
        StringBuilder b = new StringBuilder(kernel).append('\n');
        if (loops.isEmpty()) return b.append("  no loops compiled yet\n").toString();
        for (Variant v : loops) {
            String kind = v.kernel().startsWith(kernel + ".") ? v.kernel().substring(kernel.length() + 1) : v.kernel();
            b.append(kind).append(v.key().options().parallel() ? ", parallel " : " ");
            b.append(of("", List.of(v)).substring(1));
        }
        return b.toString();
    }

    static String of(String kernel, List<Variant> variants) {
        StringBuilder b = new StringBuilder(kernel).append('\n');
        if (variants.isEmpty()) return b.append("  no variants compiled yet\n").toString();
        for (Variant v : variants) {
            b.append(v.signature()).append(":\n");
            if (v.failed()) {
                b.append("  does not compile: ").append(v.failure().rawMessage()).append('\n');
                continue;
            }
            if (!v.fallback().isEmpty()) {
                b.append("  runs the original method: ").append(v.fallback()).append('\n');
                continue;
            }
            if (v.cacheEntry() != null) b.append("  loaded from the disk cache ").append(v.cacheEntry()).append('\n');
            if (v.loops().isEmpty()) b.append("  no loops\n");
            boolean vectorOff = v.key().options().vectorBits() == 0;
            for (LoopReport loop : v.loops()) {
                String indent = "  ".repeat(Math.max(1, loop.depth()));
                b.append(indent).append(loop.where()).append(": ").append(loop.status()).append('\n');
                for (String note : loop.notes()) {
                    // at width 0 the runtime knows the real reason (module absent, or turned off): say that instead
                    if (vectorOff && note.contains("not vectorised")) continue;
                    b.append(indent).append("  ").append(note).append('\n');
                }
                if (vectorOff) b.append(indent).append("  ").append(VectorSupport.offReason()).append('\n');
            }
        }
        return b.toString();
    }
}
