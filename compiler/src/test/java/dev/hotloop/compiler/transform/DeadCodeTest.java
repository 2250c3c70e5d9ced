package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.Test;

import static dev.hotloop.compiler.transform.Ir.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadCodeTest {
    @Test
    void unusedPureValuesGoButTrappingOnesStay() {
        // int k(int[] a, int x) { int u = x * 3 + 1; a[x]; a.length; x / 0; new int[x]; return x; }
        Function k = func("k", "int(int[], int)");
        var a = k.params().get(0);
        var x = k.params().get(1);
        Block b0 = k.newBlock();
        bin(b0, k, Op.ADD, bin(b0, k, Op.MUL, x, Const.i32(3)), Const.i32(1));
        op(b0, k, Op.ALOAD, Type.I32, a, x);
        op(b0, k, Op.ALEN, Type.I32, a);
        bin(b0, k, Op.DIV, x, Const.i32(0));
        bin(b0, k, Op.REM, x, Const.i32(2));
        op(b0, k, Op.NEWARRAY, Type.parse("i32[]"), x);
        cmp(b0, k, Cond.LT, x, Const.i32(0));
        k.ret(b0, x);

        new DeadCode().run(new Program(k));

        assertEquals("""
                func @k(i32[] v0, i32 v1) -> i32 {
                b0:
                  v2 = aload v0, v1
                  v3 = alen v0
                  v4 = div v1, 0
                  v5 = rem v1, 2
                  v6 = newarray i32[] v1
                  return v1
                }
                """, text(k));
    }

    @Test
    void deadCyclesOfPhisAndArithmeticGo() {
        // int k(int n) { int j = 0; for (int i = 0; i < n; i++) j += 2; return n; }  -- j is dead
        Function k = func("k", "int(int)");
        var n = k.params().get(0);
        Block b0 = k.newBlock(), b1 = k.newBlock(), b2 = k.newBlock(), b3 = k.newBlock();
        k.jump(b0, b1);
        Instr i = phi(b1, k, Type.I32, Const.i32(0));
        Instr j = phi(b1, k, Type.I32, Const.i32(0));
        Instr self = phi(b1, k, Type.I32, Const.i32(0));
        k.branch(b1, cmp(b1, k, Cond.LT, i, n), b2, b3);
        var j2 = bin(b2, k, Op.ADD, j, Const.i32(2));
        var i2 = bin(b2, k, Op.ADD, i, Const.i32(1));
        k.jump(b2, b1);
        i.addArg(i2);
        j.addArg(j2);
        self.addArg(self);
        k.ret(b3, n);
        k.parallelPhis().add(j);

        assertTrue(DeadCode.run(k));

        assertEquals("""
                func @k(i32 v0) -> i32 {
                b0:
                  jump b1
                b1:
                  v1 = phi i32 [b0: 0, b2: v2]
                  v3 = cmp lt v1, v0
                  branch v3, b2, b3
                b2:
                  v2 = add v1, 1
                  jump b1
                b3:
                  return v0
                }
                """, text(k));
        assertTrue(k.parallelPhis().isEmpty());
        assertFalse(DeadCode.run(k), "already at the fixpoint");
        assertEquals(5, IrInterp.run(new Program(k), 5));
    }

    @Test
    void effectsAndCallsStay() {
        Function k = func("k", "void(double[])");
        Block b0 = k.newBlock();
        op(b0, k, Op.ASTORE, Type.VOID, k.params().get(0), Const.i32(0), Const.f64(1));
        call(b0, k, ref("h", "(I)I"), Const.i32(1));
        op(b0, k, Op.RANDOM, Type.F64).setAux(dev.hotloop.compiler.ir.RandomKind.DOUBLE);
        k.ret(b0, null);
        assertFalse(DeadCode.run(k));
    }
}
