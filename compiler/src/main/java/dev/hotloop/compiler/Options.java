package dev.hotloop.compiler;

/**
 * Compile options that change the generated code; part of every variant's cache key.
 *
 * @param parallel   split {@code @Parallel} loops over the pool ({@code @Jit(parallel = true)})
 * @param fastmath   allow reassociation, FMA contraction and approximate transcendentals
 * @param vectorBits Vector API width to use, 0 for no vector code (module absent or disabled)
 */
public record Options(boolean parallel, boolean fastmath, int vectorBits) {
    public static final Options SERIAL = new Options(false, false, 0);

    @Override
    public String toString() {
        return (parallel ? "parallel" : "serial") + (fastmath ? ",fastmath" : "") + (vectorBits > 0 ? ",vector" + vectorBits : "");
    }
}
