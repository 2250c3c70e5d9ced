package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The exits of a lockstep inner loop ({@link OuterLegality}) that every running lane takes at
 * once: a branch out of the loop on a shared scalar, in a block every running lane runs. Such a
 * branch stays a scalar branch, and the lanes that stay are all the block's lanes, so no mask is
 * computed for it. Found one at a time, since each one found can widen the blocks all lanes run.
 * <pre>
 * for (i...) { k = 0; while (k &lt; maxIter &amp;&amp; x*x + y*y &lt;= 4) { ...; k++; } }
 *   k &lt; maxIter: uniform (k is shared); x*x + y*y &lt;= 4: per lane (a mask)
 * </pre>
 */
final class UniformExits {
    private UniformExits() {}

    /**
     * The uniform exits among the branches of {@code innerOrder} (the inner loop's blocks) to
     * {@code leaves}, given its shared {@code scalars} and the mask {@code active} of lanes still in it.
     */
    static Set<Instr> of(List<Block> innerOrder, List<Block> leaves, Instr active, Set<Instr> scalars) {
        Set<Instr> out = new LinkedHashSet<>();
        Mask entry = new Mask.Test(active, false);
        boolean changed = true;
        while (changed) {
            changed = false;
            BlockMasks masks = BlockMasks.of(innerOrder, entry, out);
            for (Block b : innerOrder) {
                Instr t = b.terminator();
                if (t.op() != Op.BRANCH || out.contains(t) || !(t.arg(0) instanceof Instr cond) || !scalars.contains(cond)) continue;
                boolean leaveOnTrue = leaves.contains(t.targets().get(0)), leaveOnFalse = leaves.contains(t.targets().get(1));
                if (leaveOnTrue == leaveOnFalse || !masks.of(b).equals(entry)) continue;
                out.add(t);
                changed = true;
                break;
            }
        }
        return out;
    }
}
