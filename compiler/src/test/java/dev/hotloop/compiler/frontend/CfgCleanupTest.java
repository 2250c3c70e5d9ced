package dev.hotloop.compiler.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.Test;

/** The final clean-up on hand-built IR: unreachable predecessors leave phis, trivial phis go, blocks get RPO. */
class CfgCleanupTest {
    @Test
    void unreachablePredecessorIsDroppedWithItsPhiOperand() {
        Function f = new Function("f", Signature.parse("int(int)"));
        Block entry = f.newBlock();
        Block dead = f.newBlock();
        Block join = f.newBlock();
        f.jump(entry, join);
        f.jump(dead, join);
        Instr phi = f.newInstr(Op.PHI, Type.I32, f.params().getFirst(), Const.i32(7));
        join.add(phi);
        f.ret(join, phi);
        CfgCleanup.run(f, new SsaBuilder(f, 1, (b, v) -> Type.I32), new Param(Type.NULL, -1));
        IrShape.check(f);
        assertEquals("""
                func @f(i32 v0) -> i32 {
                b0:
                  jump b2
                b2:
                  return v0
                }
                """, IrPrinter.print(f));
    }
}
