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

class SimplifyCfgTest {
    @Test
    void chainsOfJumpsCollapseIntoOneBlock() {
        Function k = func("k", "int(int)");
        Block b0 = k.newBlock(), b1 = k.newBlock(), b2 = k.newBlock();
        var x = bin(b0, k, Op.ADD, k.params().get(0), Const.i32(1));
        k.jump(b0, b2);
        // b1 sits between in the list but runs last
        k.ret(b1, bin(b1, k, Op.MUL, x, x));
        Instr p = phi(b2, k, Type.I32, x);
        bin(b2, k, Op.SUB, p, Const.i32(1));
        k.jump(b2, b1);

        new SimplifyCfg().run(new Program(k));

        assertEquals("""
                func @k(i32 v0) -> i32 {
                b0:
                  v1 = add v0, 1
                  v2 = sub v1, 1
                  v3 = mul v1, v1
                  return v3
                }
                """, text(k));
        assertFalse(SimplifyCfg.run(k));
    }

    @Test
    void unreachableBlocksGoWithTheirPhiOperands() {
        // b0 -> b2 (merge);  b1 (dead) -> b2;  b2: phi [b0: 1, b1: 2]; loop keeps b2 from merging
        Function k = func("k", "int(int)");
        var n = k.params().get(0);
        Block b0 = k.newBlock(), b1 = k.newBlock(), b2 = k.newBlock(), b3 = k.newBlock(), b4 = k.newBlock();
        k.jump(b0, b2);
        var dead = bin(b1, k, Op.ADD, n, Const.i32(5));
        k.jump(b1, b2);
        Instr s = phi(b2, k, Type.I32, Const.i32(1), dead);
        Instr i = phi(b2, k, Type.I32, n, n);
        k.branch(b2, cmp(b2, k, Cond.GT, i, Const.i32(0)), b3, b4);
        var s2 = bin(b3, k, Op.MUL, s, Const.i32(2));
        var i2 = bin(b3, k, Op.SUB, i, Const.i32(1));
        k.jump(b3, b2);
        s.addArg(s2);
        i.addArg(i2);
        k.ret(b4, s);

        SimplifyCfg.run(k);

        assertEquals("""
                func @k(i32 v0) -> i32 {
                b0:
                  jump b1
                b1:
                  v1 = phi i32 [b0: 1, b2: v2]
                  v3 = phi i32 [b0: v0, b2: v4]
                  v5 = cmp gt v3, 0
                  branch v5, b2, b3
                b3:
                  return v1
                b2:
                  v2 = mul v1, 2
                  v4 = sub v3, 1
                  jump b1
                }
                """, text(k));
        assertEquals(8, IrInterp.run(new Program(k), 3));
    }

    @Test
    void constantBranchesBecomeJumpsAndTheirPhisFold() {
        // b0: branch true, b1, b2;  b1 -> b3;  b2 -> b3;  b3: phi [b1: 10, b2: 20]
        Function k = func("k", "int(int)");
        Block b0 = k.newBlock(), b1 = k.newBlock(), b2 = k.newBlock(), b3 = k.newBlock();
        k.branch(b0, Const.bool(true), b1, b2);
        k.jump(b1, b3);
        k.jump(b2, b3);
        Instr m = phi(b3, k, Type.I32, Const.i32(10), Const.i32(20));
        k.ret(b3, bin(b3, k, Op.ADD, m, k.params().get(0)));

        SimplifyCfg.run(k);

        assertEquals("""
                func @k(i32 v0) -> i32 {
                b0:
                  v1 = add 10, v0
                  return v1
                }
                """, text(k));
    }

    @Test
    void aBranchToOneBlockTwiceKeepsOneEdge() {
        Function k = func("k", "int(int)");
        Block b0 = k.newBlock(), b1 = k.newBlock(), b2 = k.newBlock();
        var c = cmp(b0, k, Cond.LT, k.params().get(0), Const.i32(0));
        k.branch(b0, c, b1, b1);
        Instr m = phi(b1, k, Type.I32, Const.i32(4), Const.i32(4));
        k.jump(b1, b2);
        k.ret(b2, m);

        SimplifyCfg.run(k);
        DeadCode.run(k);

        assertEquals("""
                func @k(i32 v0) -> i32 {
                b0:
                  return 4
                }
                """, text(k));
    }

    @Test
    void aPhiFoldedToAConstantMakesItsBranchConstantToo() {
        // b0: jump b1;  b1: v = phi [b0: true]  branch v, b2, b3
        Function k = func("k", "int(int)");
        Block b0 = k.newBlock(), b1 = k.newBlock(), b2 = k.newBlock(), b3 = k.newBlock(), b4 = k.newBlock();
        k.branch(b0, cmp(b0, k, Cond.LT, k.params().get(0), Const.i32(0)), b4, b4);
        Instr c = phi(b4, k, Type.BOOL, Const.bool(true), Const.bool(true));
        k.jump(b4, b1);
        k.branch(b1, c, b2, b3);
        k.ret(b2, Const.i32(1));
        k.ret(b3, Const.i32(2));

        SimplifyCfg.run(k);
        DeadCode.run(k);

        assertEquals("""
                func @k(i32 v0) -> i32 {
                b0:
                  return 1
                }
                """, text(k));
    }
}
