package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Rpo;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Edits of the control-flow graph that keep its two invariants: a block's predecessor list
 * is aligned with the operands of its phis, and {@link Function#blocks()} lists the entry
 * first and the rest in reverse postorder.
 * <pre>
 * removePred(b3, 1)      b3: v9 = phi [b1: v4, b2: v7]  ==>  b3: v9 = phi [b1: v4]
 * sortReversePostorder   [b0, b3, b1, b2]  ==>  [b0, b1, b2, b3]   (for b0 -> b1 -> b2 -> b3)
 * </pre>
 */
public final class CfgEdits {
    private CfgEdits() {}

    /** Makes {@code newPred} take {@code oldPred}'s place (every occurrence) in {@code succ}'s predecessors. */
    public static void replacePred(Block succ, Block oldPred, Block newPred) {
        List<Block> preds = succ.preds();
        for (int k = 0; k < preds.size(); k++) {
            if (preds.get(k) == oldPred) preds.set(k, newPred);
        }
    }

    /** Drops predecessor {@code k} of {@code b} and the matching operand of each of its phis. */
    public static void removePred(Block b, int k) {
        b.preds().remove(k);
        for (Instr phi : b.phis()) phi.removeArg(k);
    }

    /** Replaces every phi of {@code b} that has a single operand (or only itself and one value) by that value. */
    public static boolean foldTrivialPhis(Function f, Block b) {
        boolean changed = false;
        for (Instr phi : b.phis()) {
            Value same = trivialValue(phi);
            if (same == null) continue;
            phi.replaceAllUsesWith(same);
            f.parallelPhis().remove(phi);
            phi.clearArgs();
            b.instrs().remove(phi);
            changed = true;
        }
        return changed;
    }

    /** The single value a phi merges apart from itself, or null when it merges two or more. */
    private static Value trivialValue(Instr phi) {
        Value same = null;
        for (Value v : phi.args()) {
            if (v == phi || v == same || (same != null && v.equals(same))) continue;
            if (same != null) return null;
            same = v;
        }
        return same;
    }

    /**
     * Blocks reachable from the entry, in reverse postorder of a depth-first walk that takes
     * successors in terminator order: the same order the front end produces, so re-sorting its
     * output changes nothing. (For javac's {@code if (i >= n) goto exit} loop headers the body
     * then prints before the exit.)
     */
    public static List<Block> reversePostorder(Function f) {
        return Rpo.of(f.entry());
    }

    /** Re-sorts {@code f}'s blocks into reverse postorder after dropping unreachable ones. */
    public static void sortReversePostorder(Function f) {
        removeUnreachable(f);
        List<Block> order = reversePostorder(f);
        f.blocks().clear();
        f.blocks().addAll(order);
    }

    /**
     * Deletes blocks the entry cannot reach, with the phi operands and predecessor entries
     * they fed; phis left with one operand are folded. Returns whether anything changed.
     */
    public static boolean removeUnreachable(Function f) {
        Set<Block> live = new LinkedHashSet<>(reversePostorder(f));
        if (live.size() == f.blocks().size()) return false;
        List<Block> dead = new ArrayList<>();
        for (Block b : f.blocks()) if (!live.contains(b)) dead.add(b);
        Set<Block> touched = new LinkedHashSet<>();
        for (Block s : live) {
            for (int k = s.preds().size() - 1; k >= 0; k--) {
                if (!live.contains(s.preds().get(k))) {
                    removePred(s, k);
                    touched.add(s);
                }
            }
        }
        // values of dead blocks are used only in dead blocks now: unlink them all first
        for (Block d : dead) {
            for (Instr i : d.instrs()) {
                i.clearArgs();
                f.parallelPhis().remove(i);
            }
        }
        for (Block d : dead) {
            d.instrs().clear();
            d.preds().clear();
        }
        f.blocks().removeAll(dead);
        for (Block s : touched) {
            if (s.preds().size() == 1) foldTrivialPhis(f, s);
        }
        return true;
    }
}
