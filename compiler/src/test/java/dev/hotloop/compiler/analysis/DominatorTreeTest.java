package dev.hotloop.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.IrParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class DominatorTreeTest {
    // b0 -> b1 | b2 ; b1 -> b3 ; b2 -> b3 ; b3 -> b4 | b3-loop via b5 ; b6 unreachable
    static final String DIAMOND_LOOP = """
            func @f(bool v0) -> void {
            b0:
              v1 = cmp ne v0, 0
              branch v1, b1, b2
            b1:
              jump b3
            b2:
              jump b3
            b3:
              branch v1, b5, b4
            b5:
              jump b3
            b4:
              return
            b6:
              jump b4
            }
            """;

    @Test
    void immediateDominatorsAndQueries() {
        Function f = IrParser.parse(DIAMOND_LOOP);
        List<Block> b = f.blocks();
        Block b0 = b.get(0), b1 = b.get(1), b2 = b.get(2), b3 = b.get(3), b5 = b.get(4), b4 = b.get(5), b6 = b.get(6);
        DominatorTree dom = DominatorTree.of(f);
        assertNull(dom.idom(b0));
        assertEquals(b0, dom.idom(b1));
        assertEquals(b0, dom.idom(b2));
        assertEquals(b0, dom.idom(b3));
        assertEquals(b3, dom.idom(b5));
        assertEquals(b3, dom.idom(b4));
        assertTrue(dom.dominates(b0, b4));
        assertTrue(dom.dominates(b3, b3));
        assertFalse(dom.strictlyDominates(b3, b3));
        assertFalse(dom.dominates(b1, b3));
        assertFalse(dom.dominates(b5, b4));
        assertEquals(List.of(b1, b2, b3), dom.children(b0).stream().sorted((x, y) -> x.id() - y.id()).toList());
    }

    @Test
    void reversePostorderAndUnreachableBlocks() {
        Function f = IrParser.parse(DIAMOND_LOOP);
        DominatorTree dom = DominatorTree.of(f);
        Block b6 = f.blocks().get(6);
        assertEquals(6, dom.rpo().size());
        assertEquals(f.entry(), dom.rpo().getFirst());
        for (Block x : dom.rpo()) {
            // every reachable block other than the entry comes after its immediate dominator
            if (x != f.entry()) assertTrue(dom.rpoNumber(dom.idom(x)) < dom.rpoNumber(x));
        }
        assertFalse(dom.isReachable(b6));
        assertEquals(-1, dom.rpoNumber(b6));
        assertNull(dom.idom(b6));
        assertFalse(dom.dominates(b6, f.blocks().get(5)));
        assertFalse(dom.dominates(f.entry(), b6));
    }
}
