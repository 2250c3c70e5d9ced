package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;

import static dev.hotloop.compiler.backend.EmitHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Unusual but legal CFG shapes: two edges between the same blocks, constant conditions, bool phis, unused results. */
class EdgeEmitTest {
    /** {@code branch c, b1, b1} where b1's phi takes a different input on each edge. */
    @Test
    void twoEdgesIntoOnePhiBlock() throws Throwable {
        Function f = new Function("two", Signature.parse("int(int)"));
        Block b0 = f.newBlock(), b1 = f.newBlock();
        f.branch(b0, cmp(f, b0, Cond.LT, p(f, 0), Const.i32(0)), b1, b1);
        Instr r = b1.add(f.newInstr(Op.PHI, Type.I32, Const.i32(1), Const.i32(2)));
        f.ret(b1, r);
        MethodHandle mh = entry(f);
        assertEquals(1, call(mh, -5));
        assertEquals(2, call(mh, 5));
    }

    /** A bool carried through a phi, then branched on: {@code boolean seen = false; ...; return seen ? 7 : 9;} */
    @Test
    void boolPhiAndConstantBranch() throws Throwable {
        Function f = new Function("seen", Signature.parse("int(int[])"));
        Block b0 = f.newBlock(), head = f.newBlock(), body = f.newBlock(), exit = f.newBlock(), yes = f.newBlock(), no = f.newBlock();
        f.branch(b0, Const.bool(true), head, exit);     // constant condition, then the loop
        Instr i = head.add(f.newInstr(Op.PHI, Type.I32));
        Instr seen = head.add(f.newInstr(Op.PHI, Type.BOOL));
        Instr n = add(f, head, Op.ALEN, Type.I32, p(f, 0));
        f.branch(head, cmp(f, head, Cond.LT, i, n), body, exit);
        Instr x = add(f, body, Op.ALOAD, Type.I32, p(f, 0), i);
        Instr neg = cmp(f, body, Cond.LT, x, Const.i32(0));
        Instr seen2 = add(f, body, Op.OR, Type.BOOL, seen, neg);
        Instr i2 = add(f, body, Op.ADD, Type.I32, i, Const.i32(1));
        add(f, body, Op.MUL, Type.I64, Const.i64(3), Const.i64(4));     // unused long result: popped
        f.jump(body, head);
        i.addArg(Const.i32(0));
        i.addArg(i2);
        seen.addArg(Const.bool(false));
        seen.addArg(seen2);
        Instr out = exit.add(f.newInstr(Op.PHI, Type.BOOL, Const.bool(false), seen));
        f.branch(exit, out, yes, no);
        f.ret(yes, Const.i32(7));
        f.ret(no, Const.i32(9));
        MethodHandle mh = entry(f);
        assertEquals(7, call(mh, (Object) new int[] {1, -2, 3}));
        assertEquals(9, call(mh, (Object) new int[] {1, 2}));
        assertEquals(9, call(mh, (Object) new int[0]));
    }
}
