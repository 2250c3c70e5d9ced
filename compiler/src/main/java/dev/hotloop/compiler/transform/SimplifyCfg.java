package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;

import java.util.ArrayList;
import java.util.List;

/**
 * Tidies the control-flow graph: a branch on a constant (or to one block twice) becomes a
 * jump, blocks the entry cannot reach are deleted, and a block whose single predecessor jumps
 * only to it is merged into that predecessor. Blocks end in reverse postorder.
 * <pre>
 * b0: v1 = add v0, 1           b0: v1 = add v0, 1
 *     jump b1            ==>       v2 = mul v1, v1
 * b1: v2 = mul v1, v1              return v2
 *     return v2
 * </pre>
 */
public final class SimplifyCfg implements Pass {
    @Override
    public String name() { return "simplify"; }

    @Override
    public void run(Program program) {
        run(program.kernel());
        for (Function h : program.helpers().values()) run(h);
    }

    /** Returns whether anything changed. Rounds repeat: a folded phi may make a branch constant. */
    public static boolean run(Function f) {
        boolean any = false;
        boolean changed;
        do {
            changed = false;
            for (Block b : f.blocks()) changed |= foldBranch(f, b);
            changed |= CfgEdits.removeUnreachable(f);
            for (Block b : new ArrayList<>(f.blocks())) {
                if (f.blocks().contains(b)) changed |= mergeIntoPred(f, b);
            }
            any |= changed;
        } while (changed);
        CfgEdits.sortReversePostorder(f);
        return any;
    }

    /** {@code branch true, b1, b2} or {@code branch c, b1, b1} ==> {@code jump b1}. */
    private static boolean foldBranch(Function f, Block b) {
        Instr t = b.terminator();
        if (t == null || t.op() != Op.BRANCH) return false;
        Block ifTrue = t.targets().get(0);
        Block ifFalse = t.targets().get(1);
        Block keep;
        Block drop;
        if (ifTrue == ifFalse) {
            keep = ifTrue;
            drop = ifTrue;
        } else if (t.arg(0) instanceof Const c) {
            boolean taken = c.longValue() != 0;
            keep = taken ? ifTrue : ifFalse;
            drop = taken ? ifFalse : ifTrue;
        } else {
            return false;
        }
        // one edge b -> drop goes away, with its phi operands (the last one, if b -> keep == drop twice)
        int k = drop.preds().lastIndexOf(b);
        CfgEdits.removePred(drop, k);
        if (drop != keep && drop.preds().size() == 1) CfgEdits.foldTrivialPhis(f, drop);
        int line = t.line();
        t.remove();
        f.jump(b, keep).setLine(line);
        // f.jump recorded a new edge b -> keep; the old one is still in keep's preds
        keep.preds().removeLast();
        return true;
    }

    /** Merges {@code b} into its single predecessor when that predecessor jumps only to {@code b}. */
    private static boolean mergeIntoPred(Function f, Block b) {
        if (b == f.entry() || b.preds().size() != 1) return false;
        Block p = b.preds().getFirst();
        Instr jump = p.terminator();
        if (p == b || jump == null || jump.op() != Op.JUMP) return false;
        for (Instr phi : b.phis()) {
            phi.replaceAllUsesWith(phi.arg(0));
            f.parallelPhis().remove(phi);
            phi.clearArgs();
            b.instrs().remove(phi);
        }
        jump.remove();
        List<Instr> moved = new ArrayList<>(b.instrs());
        b.instrs().clear();
        for (Instr i : moved) p.add(i);
        for (Block s : p.succs()) CfgEdits.replacePred(s, b, p);
        b.preds().clear();
        f.blocks().remove(b);
        return true;
    }
}
