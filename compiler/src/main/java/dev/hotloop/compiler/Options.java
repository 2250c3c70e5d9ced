package dev.hotloop.compiler;

/**
 * Compile options that change the generated code; part of every variant's cache key.
 *
 * @param parallel   split {@code @Parallel} loops over the pool ({@code @Jit(parallel = true)})
 * @param fastmath   allow reassociation, FMA contraction and approximate transcendentals
 * @param vectorBits Vector API width to use, 0 for no vector code (module absent or disabled)
 * @param leaveToC2  give no Vector API code to loops C2 auto-vectorises by itself (the default);
 *                   false vectorises them too (tests of the vector back end, benchmarks)
 * @param streamBits the narrower width memory-bound inner loops use instead of {@code vectorBits}
 *                   ({@code vector.MemoryBound}), 0 for none: every loop then uses {@code vectorBits}.
 *                   The runtime sets 256 when the width is the machine's preferred 512 bits and the
 *                   user did not pin one with {@code hotloop.vector.bits}
 */
public record Options(boolean parallel, boolean fastmath, int vectorBits, boolean leaveToC2, int streamBits) {
    public static final Options SERIAL = new Options(false, false, 0);

    /** The default: loops C2 vectorises by itself are left to it. */
    public Options(boolean parallel, boolean fastmath, int vectorBits) {
        this(parallel, fastmath, vectorBits, true);
    }

    /** One width for every loop. */
    public Options(boolean parallel, boolean fastmath, int vectorBits, boolean leaveToC2) {
        this(parallel, fastmath, vectorBits, leaveToC2, 0);
    }

    @Override
    public String toString() {
        return (parallel ? "parallel" : "serial") + (fastmath ? ",fastmath" : "") + (vectorBits > 0 ? ",vector" + vectorBits : "")
                + (streamBits > 0 ? ",stream" + streamBits : "") + (leaveToC2 ? "" : ",notC2");
    }
}
