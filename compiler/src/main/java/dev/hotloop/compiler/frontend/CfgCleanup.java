package dev.hotloop.compiler.frontend;

import dev.hotloop.compiler.ir.Rpo;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Final shape of a freshly built function: no unreachable blocks, no trivial phis (a phi of
 * one value, including a phi of one predecessor), no leftover {@code ThreadLocalRandom}
 * placeholder, and blocks in reverse postorder with the entry first. Phi operands stay in
 * the order of {@link Block#preds()}.
 */
final class CfgCleanup {
    private CfgCleanup() {}

    static void run(Function f, SsaBuilder ssa, Value randomSource) {
        Set<Block> reachable = new HashSet<>(reversePostorder(f.entry()));
        for (Block b : List.copyOf(f.blocks())) {
            if (reachable.contains(b)) continue;
            for (Block s : b.succs()) {
                if (!reachable.contains(s)) continue;
                for (int k = s.preds().size() - 1; k >= 0; k--) {
                    if (s.preds().get(k) != b) continue;
                    s.preds().remove(k);
                    for (Instr phi : s.phis()) phi.removeArg(k);
                }
            }
        }
        dropRandomSourcePhis(f, randomSource);
        removeTrivialPhis(f, ssa);
        List<Block> order = reversePostorder(f.entry());
        f.blocks().clear();
        f.blocks().addAll(order);
    }

    /** Phis merging {@code ThreadLocalRandom.current()} results are dead once the draws are translated. */
    private static void dropRandomSourcePhis(Function f, Value randomSource) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Instr i : f.instrs()) {
                if (i.isPhi() && i.args().contains(randomSource)) {
                    i.replaceAllUsesWith(randomSource);
                    i.remove();
                    changed = true;
                }
            }
        }
        for (Instr u : randomSource.users()) {
            throw Unsupported.at(new dev.hotloop.compiler.diag.SourcePos(f.sourceFile(), u.line()),
                    "use of ThreadLocalRandom.current() other than a next* call", "call nextDouble(), nextInt(n), ... on it directly");
        }
    }

    private static void removeTrivialPhis(Function f, SsaBuilder ssa) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Instr i : f.instrs()) {
                if (i.isPhi() && i.block() != null && ssa.tryRemoveTrivialPhi(i) != i) changed = true;
            }
        }
    }

    static List<Block> reversePostorder(Block entry) {
        return Rpo.of(entry);
    }
}
