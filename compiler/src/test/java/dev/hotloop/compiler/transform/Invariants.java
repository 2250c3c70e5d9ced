package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every pass must leave behind: a consistent CFG in reverse postorder, aligned phis, exact user lists. */
final class Invariants {
    private Invariants() {}

    /** With {@code exactOrder}, the blocks must be in exactly {@link CfgEdits#reversePostorder}'s order (else only all reachable). */
    static void check(Function f, boolean exactOrder) {
        String where = "@" + f.name() + ": ";
        assertTrue(f.entry().preds().isEmpty(), where + "entry has predecessors");
        List<Block> rpo = CfgEdits.reversePostorder(f);
        if (exactOrder) assertEquals(rpo, f.blocks(), where + "blocks not in reverse postorder");
        else assertEquals(new java.util.HashSet<>(rpo), new java.util.HashSet<>(f.blocks()), where + "unreachable blocks");
        Map<Block, Integer> index = new HashMap<>();
        for (Block b : f.blocks()) index.put(b, index.size());
        Map<Value, List<Instr>> uses = new HashMap<>();
        for (Block b : f.blocks()) {
            assertNotNull(b.terminator(), where + b + " has no terminator");
            boolean phis = true;
            for (Instr i : b.instrs()) {
                assertSame(b, i.block(), where + i + " thinks it is in " + i.block());
                if (i.isTerminator()) assertSame(b.instrs().getLast(), i, where + "terminator inside " + b);
                if (!i.isPhi()) phis = false;
                else assertTrue(phis, where + "phi after non-phi in " + b);
                for (Value a : i.args()) if (!(a instanceof dev.hotloop.compiler.ir.Const)) uses.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
            }
            for (Block s : b.succs()) {
                assertTrue(index.containsKey(s), where + "edge to removed " + s);
                assertEquals(count(b.succs(), s), count(s.preds(), b), where + "edge count " + b + "->" + s);
            }
            for (Block p : b.preds()) assertTrue(index.containsKey(p), where + "pred " + p + " of " + b + " is gone");
            for (Instr phi : b.phis()) assertEquals(b.preds().size(), phi.args().size(), where + phi + " arity in " + b);
        }
        for (Block b : f.blocks()) {
            for (Instr i : b.instrs()) {
                assertEquals(sorted(uses.getOrDefault(i, List.of())), sorted(i.users()), where + "users of " + i);
                for (Value a : i.args()) {
                    if (a instanceof Param p) assertTrue(f.params().contains(p), where + "foreign param in " + i);
                    if (a instanceof Instr d) {
                        assertTrue(d.block() != null && index.containsKey(d.block()), where + i + " uses removed " + d);
                        if (!i.isPhi()) assertTrue(index.get(d.block()) <= index.get(b), where + i + " before its operand " + d);
                    }
                }
            }
        }
        for (Instr phi : f.parallelPhis()) assertTrue(phi.block() != null && index.containsKey(phi.block()), where + "stale @parallel " + phi);
    }

    private static List<Integer> sorted(List<Instr> l) {
        return l.stream().map(Instr::id).sorted().toList();
    }

    private static int count(List<Block> l, Block b) {
        int n = 0;
        for (Block x : l) if (x == b) n++;
        return n;
    }
}
