package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mask of every block of an acyclic region (if-conversion by predication): the entry runs
 * under the entry mask, and a block runs on the lanes of any edge into it, where an edge from a
 * {@code branch c} carries its block's mask and {@code c} (or {@code !c}).
 * <pre>
 * b2: branch v5, b3, b4      mask(b3) = v5         mask(b4) = !v5
 * b3: jump b5                mask(b5) = v5 | !v5 = all
 * </pre>
 * Edges entering the region's entry (back edges, for a loop body) are ignored. A phi at a join
 * becomes a blend of its operands under the masks of the edges they come along.
 */
public final class BlockMasks {
    private final Map<Block, Mask> masks = new LinkedHashMap<>();
    private final java.util.Set<Instr> uniform;

    private BlockMasks(java.util.Set<Instr> uniform) {
        this.uniform = uniform;
    }

    /**
     * @param order blocks of the region in topological order, the entry first; every branch
     *              target outside {@code order} (the region's exits) is ignored
     * @param entryMask the lanes running the entry
     * @param uniform branches every running lane takes to the target inside the region (a
     *                loop's own exit test, true on the whole vector range): their edges keep the block's mask
     */
    public static BlockMasks of(List<Block> order, Mask entryMask, java.util.Set<Instr> uniform) {
        BlockMasks m = new BlockMasks(uniform);
        m.masks.put(order.getFirst(), entryMask);
        for (Block b : order.subList(1, order.size())) {
            Mask mask = null;
            for (Block p : b.preds()) {
                if (!m.masks.containsKey(p)) continue; // outside the region, or a back edge
                Mask e = m.edge(p, b);
                mask = mask == null ? e : Mask.or(mask, e);
            }
            m.masks.put(b, mask == null ? entryMask : mask);
        }
        return m;
    }

    /** The masks of several disjoint regions as one (an outer loop's body around its inner loop). */
    public static BlockMasks union(List<BlockMasks> parts) {
        java.util.Set<Instr> uniform = new java.util.HashSet<>();
        for (BlockMasks p : parts) uniform.addAll(p.uniform);
        BlockMasks m = new BlockMasks(uniform);
        for (BlockMasks p : parts) m.masks.putAll(p.masks);
        return m;
    }

    public Mask of(Block b) { return masks.get(b); }

    /** The lanes that go from {@code from} to {@code to}. */
    public Mask edge(Block from, Block to) {
        Mask m = masks.get(from);
        Instr t = from.terminator();
        if (t.op() != Op.BRANCH || uniform.contains(t)) return m;
        boolean onTrue = t.targets().get(0) == to, onFalse = t.targets().get(1) == to;
        if (onTrue && onFalse) return m;
        return Mask.and(m, new Mask.Test(t.arg(0), !onTrue));
    }

    /** {@code b3: v5, b4: !v5} for tests and dumps. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        masks.forEach((b, m) -> s.append(s.isEmpty() ? "" : ", ").append(b).append(": ").append(m));
        return s.toString();
    }
}
