package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.analysis.InductionVariables;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;

import java.util.HashSet;
import java.util.Set;

/**
 * Pure integer arithmetic in an outer-loop plan ({@link OuterLegality}) used only to form
 * contiguous array indices or the loop's own test: it is never computed as a vector, since a
 * contiguous access needs just the index of its first lane, which the scalar code computes.
 * <pre>
 * for (i...) { ...; f[i + 1] = s; }      i + 1: address only (no vector of i + 1 is built)
 * </pre>
 */
final class AddressOnly {
    private AddressOnly() {}

    /** The address-only values of {@code loop}, none of them among the inner loop's shared {@code scalars}. */
    static Set<Instr> of(Loop loop, InductionVariables ivs, Set<Instr> scalars) {
        Set<Instr> addressOnly = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : loop.blocks()) {
                for (Instr i : b.instrs()) {
                    if (addressOnly.contains(i) || scalars.contains(i) || i.users().isEmpty() || !i.type().isInt() || i.type().kind() == Type.Kind.BOOL) continue;
                    if (!(i.op() == Op.ADD || i.op() == Op.SUB || i.op() == Op.MUL || i.op() == Op.SHL || i.op() == Op.NEG)) continue;
                    boolean only = true;
                    for (Instr u : i.users()) {
                        boolean index = (u.op() == Op.ALOAD || u.op() == Op.ASTORE) && u.arg(1) == i && u.arg(0) != i
                                && (u.args().size() < 3 || u.arg(2) != i) && !scalars.contains(u);
                        boolean test = u.op() == Op.CMP && u.block() == loop.header() && u.users().size() == 1 && u.users().getFirst() == loop.header().terminator();
                        if (!(index || addressOnly.contains(u) || test || u.isPhi() && u.block() == loop.header() && ivs.get(u).isPresent())) only = false;
                    }
                    if (only && addressOnly.add(i)) changed = true;
                }
            }
        }
        return addressOnly;
    }
}
