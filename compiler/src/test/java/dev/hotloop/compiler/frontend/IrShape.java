package dev.hotloop.compiler.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Structural facts every function out of the front end must satisfy. */
final class IrShape {
    private IrShape() {}

    static void check(Function f) {
        String where = f.name();
        assertTrue(f.entry().preds().isEmpty(), where + ": entry has predecessors");
        Map<Block, Integer> index = new HashMap<>();
        for (Block b : f.blocks()) index.put(b, index.size());
        for (Block b : f.blocks()) {
            assertNotNull(b.terminator(), where + ": " + b + " has no terminator");
            for (Instr i : b.instrs()) {
                assertTrue(i.block() == b, where + ": " + i + " in wrong block");
                if (i.isTerminator()) assertTrue(i == b.instrs().getLast(), where + ": terminator inside " + b);
            }
            for (Block s : b.succs()) {
                assertTrue(index.containsKey(s), where + ": edge to removed " + s);
                assertEquals(count(b.succs(), s), count(s.preds(), b), where + ": edge count " + b + "->" + s);
            }
            for (Block p : b.preds()) assertTrue(index.containsKey(p), where + ": pred " + p + " of " + b + " is gone");
            for (Instr phi : b.phis()) {
                assertEquals(b.preds().size(), phi.args().size(), where + ": " + phi + " arity in " + b);
                Value first = phi.args().getFirst();
                boolean trivial = phi.args().stream().allMatch(a -> a == phi || SsaBuilder.sameValue(a, first));
                assertTrue(!trivial, where + ": trivial phi " + phi + " in " + b);
                assertTrue(phi.type() != Type.NULL || phi.args().stream().allMatch(a -> a.type().equals(Type.NULL)),
                        where + ": unresolved phi type " + phi);
            }
        }
        List<Block> rpo = CfgCleanup.reversePostorder(f.entry());
        assertEquals(rpo, new ArrayList<>(f.blocks()), where + ": blocks not in reverse postorder");
        for (Block b : f.blocks()) {
            for (Instr i : b.instrs()) {
                for (int k = 0; k < i.args().size(); k++) {
                    Value a = i.arg(k);
                    if (a instanceof Param p) {
                        assertTrue(f.params().contains(p), where + ": foreign param in " + i);
                    } else if (a instanceof Instr d) {
                        assertNotNull(d.block(), where + ": " + i + " uses removed " + d);
                        assertTrue(index.containsKey(d.block()), where + ": " + i + " uses " + d + " of a removed block");
                        if (!i.isPhi()) assertTrue(index.get(d.block()) <= index.get(b), where + ": " + i + " before its operand " + d);
                    }
                }
            }
        }
    }

    private static int count(List<Block> l, Block b) {
        int n = 0;
        for (Block x : l) if (x == b) n++;
        return n;
    }
}
