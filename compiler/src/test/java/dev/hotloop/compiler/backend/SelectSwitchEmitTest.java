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
import java.util.List;

import static dev.hotloop.compiler.backend.EmitHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** {@code select} (fused and on a stored bool) and {@code switch} (table and lookup, edges into phis). */
class SelectSwitchEmitTest {
    /** {@code a > b ? a : b} with the compare fused into the select; NaN picks b as Java's ternary does. */
    @Test
    void fusedSelect() throws Throwable {
        Function f = new Function("max", Signature.parse("double(double, double)"));
        Block b0 = f.newBlock();
        Instr c = cmp(f, b0, Cond.GT, p(f, 0), p(f, 1));
        f.ret(b0, add(f, b0, Op.SELECT, Type.F64, c, p(f, 0), p(f, 1)));
        MethodHandle mh = entry(f);
        assertEquals(2.0, call(mh, 1.0, 2.0));
        assertEquals(2.0, call(mh, 2.0, 1.0));
        assertEquals(1.0, call(mh, Double.NaN, 1.0));
        assertEquals(-0.0, call(mh, 0.0, -0.0));
    }

    /** The bool is used twice, so it lives in a slot; the arrays selected may be null. */
    @Test
    void selectOnStoredBoolAndArrays() throws Throwable {
        Function f = new Function("pick", Signature.parse("int[](int, int[])"));
        Block b0 = f.newBlock();
        Instr c = cmp(f, b0, Cond.LT, p(f, 0), Const.i32(0));
        Instr s1 = add(f, b0, Op.SELECT, Type.array(Type.I32), c, Const.nul(), p(f, 1));
        Instr n = add(f, b0, Op.NEWARRAY, Type.array(Type.I32), Const.i32(2));
        f.ret(b0, add(f, b0, Op.SELECT, Type.array(Type.I32), c, s1, n));
        MethodHandle mh = entry(f);
        int[] a = {7};
        assertNull(call(mh, -1, a));
        assertEquals(2, ((int[]) call(mh, 1, a)).length);
        assertSame(null, call(mh, Integer.MIN_VALUE, null));
    }

    /** Dense keys: a tableswitch, every case returning its own value. */
    @Test
    void denseSwitch() throws Throwable {
        Function f = new Function("sw", Signature.parse("int(int)"));
        Block b0 = f.newBlock(), d = f.newBlock(), c0 = f.newBlock(), c1 = f.newBlock(), c3 = f.newBlock();
        f.switchOn(b0, p(f, 0), d, new int[] {3, 0, 1}, List.of(c3, c0, c1));
        f.ret(d, Const.i32(-1));
        f.ret(c0, Const.i32(100));
        f.ret(c1, Const.i32(101));
        f.ret(c3, Const.i32(103));
        MethodHandle mh = entry(f);
        int[] want = {100, 101, -1, 103, -1};
        for (int k = 0; k < want.length; k++) assertEquals(want[k], call(mh, k));
        assertEquals(-1, call(mh, -1));
    }

    /**
     * Sparse keys (a lookupswitch) where the default and one case both go straight to a block with a
     * phi: two edges from one block into one successor, each with its own phi input.
     */
    @Test
    void sparseSwitchIntoPhi() throws Throwable {
        Function f = new Function("sw", Signature.parse("long(int)"));
        Block b0 = f.newBlock(), ba = f.newBlock(), bb = f.newBlock(), merge = f.newBlock();
        f.switchOn(b0, p(f, 0), merge, new int[] {1, 5, 100000}, List.of(merge, ba, bb));
        f.jump(ba, merge);
        f.jump(bb, merge);
        Instr r = merge.add(f.newInstr(Op.PHI, Type.I64, Const.i64(10), Const.i64(20), Const.i64(30), Const.i64(40)));
        f.ret(merge, r);
        MethodHandle mh = entry(f);
        assertEquals(10L, call(mh, 0));
        assertEquals(20L, call(mh, 1));
        assertEquals(30L, call(mh, 5));
        assertEquals(40L, call(mh, 100000));
        assertEquals(10L, call(mh, -100000));
    }
}
