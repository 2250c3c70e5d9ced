package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;

import java.util.List;
import java.util.Set;

/**
 * How a loop nest runs with one lane per iteration of its outer loop (outer-loop vectorisation):
 * the outer body before the inner loop ({@code pre}) and after it ({@code post}) run as straight
 * vector code under {@link BlockMasks}, and the inner loop runs in lockstep under the mask
 * {@code active} (the lanes still inside it) until no lane is left. Each lane keeps its own order
 * of operations, so the results are plain Java's bit for bit.
 * <pre>
 * for (x...) { k = 0; while (k &lt; max &amp;&amp; |z| &lt;= 2) { z = z*z + c; k++; } counts[x] = k; }
 *   ==> lanes = pixels x; k scalar (the same on every lane still running); z per lane;
 *       each lane's k captured when it leaves; counts[x..x+lanes) stored as one vector
 * </pre>
 *
 * @param vector      the outer loop as a vector plan: its trip count, induction variables,
 *                    reductions, in-loop invariants, contiguous accesses ({@code a[i + c]}), masks
 *                    of every block (the inner loop's start from {@code active}) and lane count
 * @param inner       the inner loop
 * @param pre         outer blocks before the inner loop, the outer header first (topological)
 * @param innerOrder  the inner loop's blocks, its header first (topological, back edges ignored)
 * @param post        outer blocks after the inner loop, its exit block first (topological)
 * @param preheader   the one block that enters the inner loop
 * @param exit        the one block the inner loop leaves to (through {@code leaves})
 * @param leaves      the inner loop's exit blocks: {@code exit}, or empty blocks jumping to it (a break)
 * @param scalars     inner-loop values the same on every running lane, computed as scalars
 *                    (induction variables from an invariant start, loads at such an index)
 * @param vectorPhis  the inner header's phis kept one value per lane
 * @param scalarPhis  the inner header's phis in {@code scalars}
 * @param liveOuts    inner-loop values used after it: each lane keeps the value it left with
 * @param active      a stand-in bool whose mask is the lanes still in the inner loop
 * @param uniformExits exit branches of the inner loop on a shared scalar in blocks every running
 *                    lane runs: taken by all running lanes at once, they stay scalar branches
 * @param innerWhere  {@code Kernels.java:14}, for explain()
 */
public record OuterPlan(VectorPlan vector, Loop inner, List<Block> pre, List<Block> innerOrder, List<Block> post,
                        Block preheader, Block exit, List<Block> leaves, Set<Instr> scalars, List<Instr> vectorPhis,
                        List<Instr> scalarPhis, List<Instr> liveOuts, Instr active, Set<Instr> uniformExits, String innerWhere) {

    /** What explain() says: {@code vectorised (outer, DoubleVector 512 bits x8; inner loop at K.java:14 in lockstep under a mask)}. */
    public String status() {
        return "vectorised (outer, " + vector.widest().vectorName() + " " + vector.bits() + " bits x" + vector.lanes()
                + "; inner loop at " + innerWhere + " in lockstep under a mask)";
    }
}
