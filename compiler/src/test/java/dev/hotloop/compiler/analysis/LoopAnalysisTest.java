package dev.hotloop.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.IrParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** LoopForest, InductionVariables, TripCount, Invariance and LoopLines on small hand-written functions. */
class LoopAnalysisTest {
    static final String NESTED = """
            func @f(f64[][] v0) -> f64 {
            b0:
              v1 = alen v0  ; line 3
              jump b1
            b1:
              v2 = phi i32 [b0: 0, b5: v20]
              v3 = phi f64 [b0: 0.0, b5: v12]
              v4 = cmp lt v2, v1  ; line 3
              branch v4, b2, b6
            b2:
              v5 = aload v0, v2  ; line 4
              jump b3
            b3:
              v10 = phi i32 [b2: 0, b4: v14]
              v12 = phi f64 [b2: v3, b4: v13]
              v11 = alen v5  ; line 4
              v15 = cmp ge v10, v11  ; line 4
              branch v15, b5, b4
            b4:
              v16 = aload v5, v10  ; line 5
              v13 = add v12, v16
              v14 = sub v10, -1  ; line 4
              jump b3
            b5:
              v20 = add v2, 1  ; line 3
              jump b1
            b6:
              return v3  ; line 7
            }
            """;

    @Test
    void forestNestsLoops() {
        Function f = IrParser.parse(NESTED);
        List<Block> b = f.blocks();
        LoopForest forest = LoopForest.of(f);
        assertEquals(2, forest.loops().size());
        Loop outer = forest.loops().get(0), inner = forest.loops().get(1);
        assertEquals(b.get(1), outer.header());
        assertEquals(List.of(b.get(1), b.get(2), b.get(3), b.get(4), b.get(5)), outer.blocks());
        assertEquals(List.of(b.get(5)), outer.latches());
        assertEquals(List.of(b.get(6)), outer.exits());
        assertEquals(List.of(b.get(1)), outer.exiting());
        assertEquals(List.of(inner), outer.children());
        assertNull(outer.parent());
        assertSame(outer, inner.parent());
        assertEquals(2, inner.depth());
        assertTrue(inner.isInnermost());
        assertEquals(List.of(outer), forest.roots());
        assertSame(inner, forest.loopOf(b.get(4)));
        assertSame(outer, forest.loopOf(b.get(2)));
        assertNull(forest.loopOf(b.get(6)));
        assertEquals(2, forest.depth(b.get(3)));
        assertEquals(0, forest.depth(b.get(0)));
    }

    @Test
    void inductionVariablesAndTripCounts() {
        Function f = IrParser.parse(NESTED);
        LoopForest forest = LoopForest.of(f);
        InductionVariables ivs = InductionVariables.of(forest);
        Loop outer = forest.loops().get(0), inner = forest.loops().get(1);
        InductionVariable i = ivs.of(outer).getFirst();
        assertEquals("v2 = {0, +1}", i.toString());
        assertEquals(Const.i32(0), i.init());
        InductionVariable j = ivs.of(inner).getFirst();
        assertEquals(1, j.step(), "sub v10, -1 steps by +1");
        assertEquals(1, ivs.of(inner).size(), "v12 is a reduction, not an induction variable");
        assertTrue(ivs.get(i.phi()).isPresent());

        TripCount t = TripCount.of(outer, ivs, forest.dominators()).orElseThrow();
        assertEquals(Cond.LT, t.cond());
        assertFalse(t.inclusive());
        assertFalse(t.afterStep());
        assertTrue(t.soleExit());
        assertEquals(f.blocks().get(1), t.exiting());
        // the inner loop exits when ge holds: it stays while lt; its bound is the row length
        TripCount u = TripCount.of(inner, ivs, forest.dominators()).orElseThrow();
        assertEquals(Cond.LT, u.cond());
        assertEquals("trip v11 (lt)", u.toString());
        assertTrue(Invariance.isInvariant(inner, u.bound()));
        assertFalse(Invariance.isInvariant(outer, u.bound()), "the row changes with i");
    }

    @Test
    void storingARowMakesRowLengthsVariant() {
        // as javac compiles j < m[i].length: the row is loaded again in the inner header
        String reload = NESTED.replace("  v11 = alen v5  ; line 4\n", "  v9 = aload v0, v2\n  v11 = alen v9  ; line 4\n");
        Function f = IrParser.parse(reload);
        LoopForest forest = LoopForest.of(f);
        assertTrue(TripCount.of(forest.loops().get(1), InductionVariables.of(forest), forest.dominators()).isPresent());

        Function g = IrParser.parse(reload.replace("  v13 = add v12, v16\n", "  v13 = add v12, v16\n  astore v0, 0, v5\n"));
        forest = LoopForest.of(g);
        assertEquals(Optional.empty(), TripCount.of(forest.loops().get(1), InductionVariables.of(forest), forest.dominators()));
    }

    @Test
    void loopLines() {
        LoopForest forest = LoopForest.of(IrParser.parse(NESTED));
        assertEquals(new LoopLines(3, 5), LoopLines.of(forest.loops().get(0)));
        assertEquals("Kernels.java:3-5", LoopLines.of(forest.loops().get(0)).where("Kernels.java"));
        assertEquals(new LoopLines(4, 5), LoopLines.of(forest.loops().get(1)));
        assertEquals("K.java", new LoopLines(0, 0).where("K.java"));
        assertEquals("K.java:9", new LoopLines(9, 9).where("K.java"));
    }

    @Test
    void notCountedWhenTheTestCannotEndTheLoop() {
        // i += 2 with i != n may step over n; i > n with a rising i never ends by the test; eq stays only at one value
        for (String test : List.of("v4 = cmp ne v2, v0", "v4 = cmp gt v2, v0", "v4 = cmp eq v2, v0")) {
            Function f = IrParser.parse(loop(test, "v5 = add v2, 2"));
            LoopForest forest = LoopForest.of(f);
            Loop l = forest.loops().getFirst();
            InductionVariables ivs = InductionVariables.of(forest);
            assertEquals(2, ivs.of(l).getFirst().step());
            assertEquals(Optional.empty(), TripCount.of(l, ivs, forest.dominators()), test);
        }
    }

    @Test
    void notAnInductionVariableWithoutAConstantStep() {
        for (String update : List.of("v5 = add v2, v0", "v5 = mul v2, 2", "v5 = sub 1, v2", "v5 = add v2, 0")) {
            Function f = IrParser.parse(loop("v4 = cmp lt v2, v0", update));
            LoopForest forest = LoopForest.of(f);
            assertEquals(List.of(), InductionVariables.of(forest).of(forest.loops().getFirst()), update);
        }
    }

    @Test
    void countsDownWithSub() {
        Function f = IrParser.parse(loop("v4 = cmp gt v2, 0", "v5 = sub v2, 1"));
        LoopForest forest = LoopForest.of(f);
        InductionVariables ivs = InductionVariables.of(forest);
        TripCount t = TripCount.of(forest.loops().getFirst(), ivs, forest.dominators()).orElseThrow();
        assertEquals(-1, t.iv().step());
        assertEquals(Cond.GT, t.cond());
        Instr phi = t.iv().phi();
        assertSame(phi, f.blocks().get(1).phis().getFirst());
    }

    private static String loop(String test, String update) {
        return """
                func @f(i32 v0) -> i32 {
                b0:
                  jump b1
                b1:
                  v2 = phi i32 [b0: 0, b2: v5]
                  TEST
                  branch v4, b2, b3
                b2:
                  UPDATE
                  jump b1
                b3:
                  return v2
                }
                """.replace("TEST", test).replace("UPDATE", update);
    }
}
