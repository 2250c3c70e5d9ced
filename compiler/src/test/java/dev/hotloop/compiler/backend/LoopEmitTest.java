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

/** Loops: phis become slots copied on the edges, swaps included, critical edges via trampolines. */
class LoopEmitTest {
    private static Instr phi(Function f, Block b, Type t) {
        return b.add(f.newInstr(Op.PHI, t));
    }

    @Test
    void sumOfArray() throws Throwable {
        Function f = new Function("sum", Signature.parse("double(double[])"));
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock(), b3 = f.newBlock();
        Instr n = add(f, b0, Op.ALEN, Type.I32, p(f, 0));
        f.jump(b0, b1);
        Instr i = phi(f, b1, Type.I32);
        Instr s = phi(f, b1, Type.F64);
        f.branch(b1, cmp(f, b1, Cond.LT, i, n), b2, b3);
        Instr x = add(f, b2, Op.ALOAD, Type.F64, p(f, 0), i);
        Instr s2 = add(f, b2, Op.ADD, Type.F64, s, x);
        Instr i2 = add(f, b2, Op.ADD, Type.I32, i, Const.i32(1));
        f.jump(b2, b1);
        i.addArg(Const.i32(0));
        i.addArg(i2);
        s.addArg(Const.f64(0.0));
        s.addArg(s2);
        f.ret(b3, s);

        MethodHandle mh = entry(f);
        double[] a = {0.1, 0.2, 0.3, 1e17, -1e17, 7};
        double want = 0;
        for (double v : a) want += v;
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits((double) call(mh, (Object) a)));
        assertEquals(0.0, (double) call(mh, (Object) new double[0]));
    }

    /** {@code for (k = 0; k < n; k++) { t = x; x = y; y = t; } return x * 1000 + y;} with the swap as two phis. */
    @Test
    void swapOfTwoPhis() throws Throwable {
        Function f = new Function("swap", Signature.parse("int(int, int, int)"));
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock(), b3 = f.newBlock();
        f.jump(b0, b1);
        Instr x = phi(f, b1, Type.I32);
        Instr y = phi(f, b1, Type.I32);
        Instr k = phi(f, b1, Type.I32);
        f.branch(b1, cmp(f, b1, Cond.LT, k, p(f, 2)), b2, b3);
        Instr k2 = add(f, b2, Op.ADD, Type.I32, k, Const.i32(1));
        f.jump(b2, b1);
        x.addArg(p(f, 0));
        x.addArg(y);
        y.addArg(p(f, 1));
        y.addArg(x);
        k.addArg(Const.i32(0));
        k.addArg(k2);
        Instr r = add(f, b3, Op.ADD, Type.I32, add(f, b3, Op.MUL, Type.I32, x, Const.i32(1000)), y);
        f.ret(b3, r);

        MethodHandle mh = entry(f);
        assertEquals(1002, call(mh, 1, 2, 0));
        assertEquals(2001, call(mh, 1, 2, 1));
        assertEquals(1002, call(mh, 1, 2, 10));
        assertEquals(2001, call(mh, 1, 2, 11));
    }

    /** gcd with the loop on one block: the back edge leaves a two-way branch, so its copies go to a trampoline. */
    @Test
    void criticalBackEdgeWithDependentPhis() throws Throwable {
        Function f = new Function("gcd", Signature.parse("long(long, long)"));
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock();
        f.jump(b0, b1);
        Instr x = phi(f, b1, Type.I64);
        Instr y = phi(f, b1, Type.I64);
        Instr r = add(f, b1, Op.REM, Type.I64, x, y);
        f.branch(b1, cmp(f, b1, Cond.NE, r, Const.i64(0)), b1, b2);
        x.addArg(p(f, 0));
        x.addArg(y);
        y.addArg(p(f, 1));
        y.addArg(r);
        f.ret(b2, y);

        MethodHandle mh = entry(f);
        assertEquals(6L, call(mh, 12L, 18L));
        assertEquals(1L, call(mh, 17L, 5L));
        assertEquals(5L, call(mh, 5L, 5L));
    }

    /** The lost-copy shape: the exit reads the header phi, which the back-edge copy must not clobber. */
    @Test
    void exitReadsOldPhiValue() throws Throwable {
        Function f = new Function("last", Signature.parse("int(int)"));
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock();
        f.jump(b0, b1);
        Instr i = phi(f, b1, Type.I32);
        Instr i2 = add(f, b1, Op.ADD, Type.I32, i, Const.i32(1));
        f.branch(b1, cmp(f, b1, Cond.LT, i2, p(f, 0)), b1, b2);
        i.addArg(Const.i32(0));
        i.addArg(i2);
        f.ret(b2, i);

        MethodHandle mh = entry(f);
        assertEquals(4, call(mh, 5));
        assertEquals(0, call(mh, 1));
        assertEquals(0, call(mh, -3));
    }

    /** A loop whose exit is the true side and whose body is laid out first (no fall-through inversion). */
    @Test
    void countDownWithBodyFirst() throws Throwable {
        Function f = new Function("down", Signature.parse("long(int)"));
        Block b0 = f.newBlock(), head = f.newBlock(), body = f.newBlock(), exit = f.newBlock();
        f.jump(b0, head);
        Instr n = phi(f, head, Type.I32);
        Instr acc = phi(f, head, Type.I64);
        f.branch(head, cmp(f, head, Cond.LE, n, Const.i32(0)), exit, body);
        Instr wide = add(f, body, Op.CONV, Type.I64, n).setAux(Type.I64);
        Instr acc2 = add(f, body, Op.ADD, Type.I64, acc, wide);
        Instr n2 = add(f, body, Op.SUB, Type.I32, n, Const.i32(1));
        f.jump(body, head);
        n.addArg(p(f, 0));
        n.addArg(n2);
        acc.addArg(Const.i64(0));
        acc.addArg(acc2);
        f.ret(exit, acc);

        MethodHandle mh = entry(f);
        assertEquals(5050L, call(mh, 100));
        assertEquals(0L, call(mh, -1));
    }
}
