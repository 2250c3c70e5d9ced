package dev.hotloop.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerifierTest {
    @Test
    void acceptsWellFormedFunctions() {
        Verifier.verify(IrParser.parse(IrParserTest.SUM));
        Verifier.verify(IrParser.parse(IrParserTest.EVERY_OP));
    }

    @Test
    void reportsTypeErrors() {
        List<String> ps = problems("""
                func @f(i32 v0, i64 v1, f64[] v2) -> f64 {
                b0:
                  v3 = add v0, v1
                  v4 = shl v1, v1
                  v5 = aload v2, v1
                  v6 = cmp lt v0, v1
                  astore v2, v0, v0
                  branch v0, b1, b2
                b1:
                  return v0
                b2:
                  return v5
                }
                """);
        assertEquals(List.of(
                "b0: v3 = add v0, v1: operands i32 and i64 differ",
                "b0: v4 = shl v1, v1: shift count is i64, not i32",
                "b0: v5 = aload v2, v1: index is i64, not i32",
                "b0: v6 = cmp v0, v1: operands i32 and i64 differ",
                "b0: astore v2, v0, v0: stores i32 into f64[]",
                "b0: branch v0: branch on i32, not bool",
                "b1: return v0: returns i32 from a function returning f64"), ps);
    }

    @Test
    void reportsUsesNotDominated() {
        List<String> ps = problems("""
                func @f(bool v0) -> i32 {
                b0:
                  v9 = cmp ne v0, 0
                  branch v9, b1, b2
                b1:
                  v1 = add 1, 2
                  jump b3
                b2:
                  jump b3
                b3:
                  v2 = phi i32 [b1: v1, b2: v1]
                  v3 = add v1, 1
                  return v3
                }
                """);
        assertEquals(List.of(
                "b3: v2 = phi v1, v1: v1 (from b2) is not defined on that path: b1 does not dominate b2",
                "b3: v3 = add v1, 1: v1 is not dominated by its definition in b1"), ps);
    }

    @Test
    void reportsBrokenStructure() {
        Function f = IrParser.parse("""
                func @f(bool v0) -> i32 {
                b0:
                  branch v0, b1, b2
                b1:
                  v1 = phi i32 [b0: 1]
                  return v1
                b2:
                  return 2
                }
                """);
        Block b1 = f.blocks().get(1), b2 = f.blocks().get(2);
        Instr v1 = b1.phis().getFirst();
        // a stray predecessor, a phi after a non-phi, and a missing terminator
        b1.preds().add(b2);
        Instr x = f.newInstr(Op.ADD, Type.I32, v1, Const.i32(1));
        b1.insertBefore(v1, x);
        b2.instrs().removeLast();
        List<String> ps = Verifier.problems(f);
        assertTrue(ps.contains("b1: v1 = phi 1: phi after a non-phi instruction"), ps.toString());
        assertTrue(ps.contains("b1: v1 = phi 1: 1 operands for 2 predecessors"), ps.toString());
        assertTrue(ps.contains("b2: does not end in a terminator"), ps.toString());
        assertTrue(ps.contains("b1: preds [b0, b2] but the terminators targeting it say [b0]"), ps.toString());
        var e = assertThrows(IllegalStateException.class, () -> Verifier.verify(f));
        assertTrue(e.getMessage().startsWith("@f: " + ps.size() + " problems\n  "), e.getMessage());
    }

    @Test
    void reportsStaleUserLists() {
        Function f = IrParser.parse(IrParserTest.SUM);
        Instr v7 = (Instr) f.blocks().get(2).instrs().get(2);
        v7.users().add(v7);
        f.params().getFirst().users().clear();
        List<String> ps = Verifier.problems(f);
        assertTrue(ps.contains("v7: listed 1x as used by v7, which uses it 0x"), ps.toString());
        assertTrue(ps.contains("b0: v1 = alen v0: v0 does not list it as a user"), ps.toString());
    }

    @Test
    void entryMustHaveNoPredecessors() {
        List<String> ps = problems("""
                func @f() -> void {
                b0:
                  jump b0
                }
                """);
        assertEquals(List.of("b0: the entry has predecessors [b0]"), ps);
    }

    private static List<String> problems(String text) {
        return Verifier.problems(IrParser.parse(text));
    }
}
