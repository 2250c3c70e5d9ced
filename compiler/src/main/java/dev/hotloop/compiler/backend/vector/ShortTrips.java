package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.vector.VectorPlan;

/**
 * The run-time width rule for narrowed reductions: a reduction loop {@code MemoryBound} narrowed
 * (256 bits instead of 512) also gets a loop at the full width, which runs when the loop (or strip
 * block) has fewer than {@link #TRIPS} iterations. {@link VectorLoopEmitter#emit} places it first.
 * <pre>
 * s += a[i] * b[i]   (512 bits, streamBits 256)
 *   trips &lt; 1024: DoubleVector 512 bits x8, 2 accumulators     (L1-resident: the lanes win)
 *   otherwise:     DoubleVector 256 bits x4, 2 accumulators     (streaming: 256 bits win)
 * </pre>
 * JMH on this AMD EPYC (SimdBench dot, 2 forks): over 1,000 doubles 0.116 us narrow against 0.092
 * wide (hand-written 512-bit FMA code 0.084); over 1M doubles unchanged (full blocks stay narrow).
 * With 1, 2 and 4 wide accumulators: 0.095, 0.092, 0.097 (one fork each).
 *
 * <p>What was tried for dot over 1,000 doubles and left out (issue 4, session 11): the wide loop is
 * bound by its 250 loads of 512 bits, so the loop body's arithmetic hardly counts. Timed in one JVM,
 * calls interleaved (min/median ns, hand-written 61.0/61.8): emitted 63.7/64.8 against FMA
 * contraction plus a pairwise-tree lane fold 64.2/65.1; in Java models of this block, 4 FMA chains,
 * {@code reduceLanes}, a tree or a shuffle fold all land within 1 ns of the 2-chain loop. The rest
 * of the gap to the hand kernel is the entry (its {@code CallMeter} sample, about 1.5 ns) and the
 * guards and calls (about 1-2 ns); JMH forks of this kernel vary far more than that (0.067-0.105 us).
 */
final class ShortTrips {
    private ShortTrips() {}

    /**
     * Trips below which a narrowed reduction loop runs wide: one strip block
     * ({@code StripNames.LIGHT_BLOCK}), so the full blocks of a long loop (the streaming case the
     * narrowing is for) stay narrow, while a whole loop of fewer iterations, whose arrays stay in
     * L1 from call to call, runs twice the lanes per instruction. A long loop's short last block
     * joins the one before it ({@code StripMineVectorLoops}), so no block of a loop of 1,024 or more
     * iterations runs wide: a block method that flips between the two loops call by call was seen
     * to be trapped and recompiled by C2 until it ran at C1 speed (ufunc sum over 1M: 35 ms, not 0.12).
     */
    static final int TRIPS = 1024;

    /** Accumulators per reduction of the wide loop. */
    static final int ACCUMULATORS = 2;

    /** The wide plan for short trips of {@code p}, or null: narrowed reductions without random draws. */
    static VectorPlan plan(VectorPlan p) {
        // a loop that draws steps one generator in order, at one width
        if (p.reductions().isEmpty() || p.loop().draws()) return null;
        return p.widened();
    }
}
