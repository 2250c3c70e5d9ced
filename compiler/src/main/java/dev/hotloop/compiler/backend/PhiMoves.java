package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;

import java.util.ArrayList;
import java.util.List;

/**
 * SSA destruction on one CFG edge: the phis of the target block, copied as one parallel copy
 * through the operand stack (push every input, then store into the phi slots in reverse).
 * <pre>b2 -> b1 with  v2 = phi [.., b2: v3], v3 = phi [.., b2: v2]
 *    ==> iload v3; iload v2; istore v3; istore v2      (a swap needs no temporary)</pre>
 * A phi whose input on the edge is itself is left alone.
 */
final class PhiMoves {
    private PhiMoves() {}

    /** Emits the copies for the {@code edge}-th target of {@code from}'s terminator. */
    static void emit(MethodEmitter m, Block from, int edge) {
        List<Block> targets = from.terminator().targets();
        Block to = targets.get(edge);
        int pred = predIndex(from, to, targets, edge);
        List<Instr> moved = new ArrayList<>();
        for (Instr phi : to.phis()) {
            if (phi.arg(pred) == phi) continue;
            m.load(phi.arg(pred));
            moved.add(phi);
        }
        for (Instr phi : moved.reversed()) m.store(phi);
        m.enteredBy(from, to);
    }

    /** True when the {@code edge}-th target of {@code from} needs copies. */
    static boolean needed(Block from, int edge) {
        return !from.terminator().targets().get(edge).phis().isEmpty();
    }

    /**
     * The index in {@code to.preds()} of this edge: when {@code from} reaches {@code to} by several
     * edges, the n-th such target is the n-th occurrence of {@code from} among the predecessors.
     */
    private static int predIndex(Block from, Block to, List<Block> targets, int edge) {
        int nth = 0;
        for (int k = 0; k < edge; k++) if (targets.get(k) == to) nth++;
        List<Block> preds = to.preds();
        for (int k = 0; k < preds.size(); k++) {
            if (preds.get(k) == from && nth-- == 0) return k;
        }
        throw new IllegalStateException(from + " is not a predecessor of " + to);
    }
}
