package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.analysis.Reduction;
import dev.hotloop.compiler.analysis.TripCount;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Value;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one innermost loop runs {@code lanes} iterations at a time: the loop's own blocks in
 * topological order under their {@link BlockMasks}, its contiguous {@link Access}es, the
 * reductions kept in vector accumulators, and the loop-invariant instructions inside the loop
 * (computed once before the vector loop). The back end places the vector loop on the edge into
 * the header; the scalar loop then runs the remaining iterations (see {@code backend.vector}).
 * <pre>
 * for (int i = 0; i &lt; n; i++) s += a[i] * b[i];      (long s, int[] a, b; 256 bits)
 *   ==> lanes 8, widest INT, accesses [v0[v2], v1[v2]], reductions [v3 = add]
 * </pre>
 *
 * @param order      the header, then the body blocks in topological order (back edges ignored)
 * @param invariants loop-invariant instructions inside the loop, in order (bounds, rows, lengths)
 * @param skipped    instructions the vector loop does not compute: the exit test and its branch
 * @param accesses   every load and store of the loop by instruction
 * @param widest     the widest lane type: it fixes the lane count
 * @param bits       the vector width the widest lane type uses
 * @param narrowedFrom the options' width when {@link MemoryBound} chose the narrower {@code bits}, else 0
 */
public record VectorPlan(Function function, Loop loop, TripCount trip, List<InductionVariable> ivs,
                         List<dev.hotloop.compiler.ir.Block> order, BlockMasks masks, List<Reduction> reductions,
                         List<Instr> invariants, Set<Instr> skipped, Map<Instr, Access> accesses,
                         LaneType widest, int lanes, int bits, int narrowedFrom) {

    /** A plan at the width the options ask for. */
    public VectorPlan(Function function, Loop loop, TripCount trip, List<InductionVariable> ivs,
                      List<dev.hotloop.compiler.ir.Block> order, BlockMasks masks, List<Reduction> reductions,
                      List<Instr> invariants, Set<Instr> skipped, Map<Instr, Access> accesses,
                      LaneType widest, int lanes, int bits) {
        this(function, loop, trip, ivs, order, masks, reductions, invariants, skipped, accesses, widest, lanes, bits, 0);
    }

    /**
     * This plan at the width {@link MemoryBound} narrowed it from, or null when it was not narrowed
     * or the widest lanes would not fit 512 bits: the same loop, twice the lanes.
     * <pre>DoubleVector 256 bits x4 (narrowed from 512) ==> DoubleVector 512 bits x8</pre>
     */
    public VectorPlan widened() {
        if (narrowedFrom == 0 || narrowedFrom % bits != 0) return null;
        int factor = narrowedFrom / bits;
        if (lanes * factor * widest.bits > 512) return null;
        return new VectorPlan(function, loop, trip, ivs, order, masks, reductions, invariants, skipped, accesses,
                widest, lanes * factor, narrowedFrom, 0);
    }

    /** Bits of a vector of {@code t} lanes: the lane count is the same for every type in the loop. */
    public int bitsOf(LaneType t) { return lanes * t.bits; }

    /** True for values the same on every iteration: constants, parameters, values from outside, in-loop invariants. */
    public boolean isUniform(Value v) {
        if (v instanceof Const || v instanceof Param) return true;
        Instr i = (Instr) v;
        return i.block() == null || !loop.contains(i.block()) || invariants.contains(i);
    }

    /** The induction variable whose header phi is {@code v}, or null. */
    public InductionVariable ivOf(Value v) {
        for (InductionVariable iv : ivs) if (iv.phi() == v) return iv;
        return null;
    }

    /** The reduction of header phi {@code v}, or null. */
    public Reduction reductionOf(Value v) {
        for (Reduction r : reductions) if (r.phi() == v) return r;
        return null;
    }

    /**
     * What explain() says: {@code vectorised (inner, DoubleVector 512 bits x8)}, or for a loop
     * {@link MemoryBound} narrowed {@code vectorised (inner, DoubleVector 256 bits x4; memory-bound: 256 bits, not 512)}.
     */
    public String status() {
        String narrowed = narrowedFrom > 0 ? "; memory-bound: " + bits + " bits, not " + narrowedFrom : "";
        return "vectorised (inner, " + widest.vectorName() + " " + bits + " bits x" + lanes + narrowed + ")";
    }
}
