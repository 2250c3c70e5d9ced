package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The comparisons emitted as a compare-and-jump inside their only user instead of as a 0/1 value:
 * a {@code cmp} whose single use is the condition of the {@code branch} or {@code select} right after it.
 * <pre>v4 = cmp lt v2, v1; branch v4, b2, b3   ==>   iload v2; iload v1; if_icmplt b2</pre>
 * Requiring the user to follow immediately keeps every operand read where the source read it.
 */
final class FusedCompares {
    private final Set<Instr> fused = new HashSet<>();

    FusedCompares(Function f) {
        for (Block b : f.blocks()) {
            List<Instr> is = b.instrs();
            for (int k = 0; k + 1 < is.size(); k++) {
                Instr cmp = is.get(k);
                Instr user = is.get(k + 1);
                if (cmp.op() == Op.CMP && cmp.users().size() == 1 && cmp.users().getFirst() == user
                        && (user.op() == Op.BRANCH || user.op() == Op.SELECT) && user.arg(0) == cmp) {
                    fused.add(cmp);
                }
            }
        }
    }

    boolean isFused(Instr i) { return fused.contains(i); }
}
