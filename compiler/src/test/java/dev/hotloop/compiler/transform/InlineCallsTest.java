package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.Test;

import static dev.hotloop.compiler.transform.Ir.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InlineCallsTest {
    static final MethodRef SQ = ref("sq", "(D)D");
    static final MethodRef ABS = ref("abs", "(I)I");
    static final MethodRef FACT = ref("fact", "(I)I");
    static final MethodRef TWICE = ref("twice", "(I)I");

    /** sq(x) = x * x */
    static Function sq() {
        Function f = func("sq", "double(double)");
        Block b0 = f.newBlock();
        f.ret(b0, bin(b0, f, Op.MUL, f.params().get(0), f.params().get(0)).setLine(3));
        return f;
    }

    /** abs(x) { if (x < 0) return -x; return x; } */
    static Function abs() {
        Function f = func("abs", "int(int)");
        var x = f.params().get(0);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock();
        f.branch(b0, cmp(b0, f, Cond.LT, x, Const.i32(0)), b1, b2);
        f.ret(b1, op(b1, f, Op.NEG, Type.I32, x));
        f.ret(b2, x);
        return f;
    }

    /** twice(x) = abs(x) * 2 */
    static Function twice() {
        Function f = func("twice", "int(int)");
        Block b0 = f.newBlock();
        f.ret(b0, bin(b0, f, Op.MUL, call(b0, f, ABS, f.params().get(0)), Const.i32(2)));
        return f;
    }

    /** fact(n) = n <= 1 ? 1 : n * fact(twice(n) / 2 - 1) -- recursive, and calls a helper */
    static Function fact() {
        Function f = func("fact", "int(int)");
        var n = f.params().get(0);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock();
        f.branch(b0, cmp(b0, f, Cond.LE, n, Const.i32(1)), b1, b2);
        f.ret(b1, Const.i32(1));
        var t = bin(b2, f, Op.SUB, bin(b2, f, Op.DIV, call(b2, f, TWICE, n), Const.i32(2)), Const.i32(1));
        f.ret(b2, bin(b2, f, Op.MUL, n, call(b2, f, FACT, t)));
        return f;
    }

    @Test
    void singleReturnReplacesTheCallDirectly() {
        Function k = func("k", "double(double)");
        Block b0 = k.newBlock();
        var c = call(b0, k, SQ, k.params().get(0));
        k.ret(b0, bin(b0, k, Op.ADD, c, Const.f64(1)));
        Program p = new Program(k);
        p.helpers().put(SQ, sq());

        new InlineCalls().run(p);

        assertEquals("""
                func @k(f64 v0) -> f64 {
                b0:
                  jump b1
                b1:
                  v1 = mul v0, v0
                  jump b2
                b2:
                  v2 = add v1, 1.0
                  return v2
                }
                """, text(k));
        assertTrue(p.helpers().isEmpty());
        assertEquals(7.25, IrInterp.run(p, 2.5));
        assertEquals(1, k.instrs().stream().filter(i -> i.line() == 3).count(), "callee lines kept");
    }

    @Test
    void severalReturnsMergeInAPhiAndBlocksStayInReversePostorder() {
        Function k = func("k", "int(int, int)");
        Block b0 = k.newBlock();
        var a = call(b0, k, ABS, k.params().get(0));
        var b = call(b0, k, ABS, k.params().get(1));
        k.ret(b0, bin(b0, k, Op.ADD, a, b));
        Program p = new Program(k);
        p.helpers().put(ABS, abs());

        new InlineCalls().run(p);

        assertEquals("""
                func @k(i32 v0, i32 v1) -> i32 {
                b0:
                  jump b1
                b1:
                  v2 = cmp lt v0, 0
                  branch v2, b2, b3
                b3:
                  jump b4
                b2:
                  v3 = neg v0
                  jump b4
                b4:
                  v4 = phi i32 [b2: v3, b3: v0]
                  jump b5
                b5:
                  v5 = cmp lt v1, 0
                  branch v5, b6, b7
                b7:
                  jump b8
                b6:
                  v6 = neg v1
                  jump b8
                b8:
                  v7 = phi i32 [b6: v6, b7: v1]
                  v8 = add v4, v7
                  return v8
                }
                """, text(k));
        assertEquals(7, IrInterp.run(p, -3, 4));
        assertEquals(Integer.MIN_VALUE + 5, IrInterp.run(p, Integer.MIN_VALUE, -5));
    }

    @Test
    void nestedHelpersAreInlinedFullyAndRecursiveOnesStayCalls() {
        Function k = func("k", "int(int)");
        Block b0 = k.newBlock();
        var t = call(b0, k, TWICE, k.params().get(0));
        k.ret(b0, bin(b0, k, Op.ADD, t, call(b0, k, FACT, Const.i32(5))));
        Program p = new Program(k);
        p.helpers().put(TWICE, twice());
        p.helpers().put(ABS, abs());
        p.helpers().put(FACT, fact());

        new InlineCalls().run(p);

        long kernelCalls = k.instrs().stream().filter(i -> i.op() == Op.CALL).count();
        assertEquals(1, kernelCalls, IrPrinter(k));
        assertEquals(FACT, k.instrs().stream().filter(i -> i.op() == Op.CALL).findFirst().orElseThrow().aux());
        // fact keeps its recursive call but has twice (and abs within it) inlined
        Function fact = p.helpers().get(FACT);
        assertEquals(1, fact.instrs().stream().filter(i -> i.op() == Op.CALL).count(), IrPrinter(fact));
        assertEquals(java.util.Set.of(FACT), p.helpers().keySet(), "twice and abs are no longer called");
        assertEquals(6 + 120, IrInterp.run(p, -3));
    }

    @Test
    void callInsideALoopKeepsPhiOperandsAligned() {
        // double s = 0; for (int i = 0; i < n; i++) s += sq(i); return s;
        Function k = func("k", "double(int)");
        var n = k.params().get(0);
        Block b0 = k.newBlock(), b1 = k.newBlock(), b2 = k.newBlock(), b3 = k.newBlock();
        k.jump(b0, b1);
        Instr i = phi(b1, k, Type.I32, Const.i32(0));
        Instr s = phi(b1, k, Type.F64, Const.f64(0));
        k.branch(b1, cmp(b1, k, Cond.LT, i, n), b2, b3);
        var sq = call(b2, k, SQ, conv(b2, k, Type.F64, i));
        var s2 = bin(b2, k, Op.ADD, s, sq);
        var i2 = bin(b2, k, Op.ADD, i, Const.i32(1));
        k.jump(b2, b1);
        i.addArg(i2);
        s.addArg(s2);
        k.ret(b3, s);
        k.parallelPhis().add(i);
        Program p = new Program(k);
        p.helpers().put(SQ, sq());

        new InlineCalls().run(p);

        assertEquals("""
                func @k(i32 v0) -> f64 {
                b0:
                  jump b1
                b1:
                  v1 = phi i32 @parallel [b0: 0, b2: v2]
                  v3 = phi f64 [b0: 0.0, b2: v4]
                  v5 = cmp lt v1, v0
                  branch v5, b3, b4
                b4:
                  return v3
                b3:
                  v6 = conv f64 v1
                  jump b5
                b5:
                  v7 = mul v6, v6
                  jump b2
                b2:
                  v4 = add v3, v7
                  v2 = add v1, 1
                  jump b1
                }
                """, text(k));
        assertEquals(0.0 + 1 + 4 + 9, IrInterp.run(p, 4));
    }

    @Test
    void parallelLoopsInHelpersStayMarked() {
        MethodRef fill = ref("fill", "([D)V");
        Function h = func("fill", "void(double[])");
        var a = h.params().get(0);
        Block b0 = h.newBlock(), b1 = h.newBlock(), b2 = h.newBlock(), b3 = h.newBlock();
        var len = op(b0, h, Op.ALEN, Type.I32, a);
        h.jump(b0, b1);
        Instr i = phi(b1, h, Type.I32, Const.i32(0));
        h.branch(b1, cmp(b1, h, Cond.LT, i, len), b2, b3);
        op(b2, h, Op.ASTORE, Type.VOID, a, i, Const.f64(1));
        var i2 = bin(b2, h, Op.ADD, i, Const.i32(1));
        h.jump(b2, b1);
        i.addArg(i2);
        h.ret(b3, null);
        h.parallelPhis().add(i);

        Function k = func("k", "void(double[])");
        Block k0 = k.newBlock();
        call(k0, k, fill, k.params().get(0));
        k.ret(k0, null);
        Program p = new Program(k);
        p.helpers().put(fill, h);

        new InlineCalls().run(p);

        assertEquals(1, k.parallelPhis().size());
        Instr marked = k.parallelPhis().iterator().next();
        assertTrue(k.blocks().contains(marked.block()), "the marked phi is the kernel's copy");
        double[] arr = new double[3];
        IrInterp.run(p, (Object) arr);
        assertEquals(3.0, arr[0] + arr[1] + arr[2]);
    }

    @Test
    void growthCapLeavesCallsInPlace() {
        Function k = func("k", "int(int, int)");
        Block b0 = k.newBlock();
        var a = call(b0, k, ABS, k.params().get(0));
        var b = call(b0, k, ABS, k.params().get(1));
        k.ret(b0, bin(b0, k, Op.ADD, a, b));
        Program p = new Program(k);
        p.helpers().put(ABS, abs());

        new InlineCalls(12).run(p); // 4 + 6 + 1 fits, one more copy would not

        assertEquals(1, k.instrs().stream().filter(x -> x.op() == Op.CALL).count(), "one inlined, then the cap");
        assertTrue(p.helpers().containsKey(ABS), "still called, so kept");
        assertEquals(7, IrInterp.run(p, -3, 4));
    }

    @Test
    void linesFromAnotherSourceFileBecomeTheCallLine() {
        Function k = func("k", "double(double)");
        k.setSourceFile("K.java");
        Block b0 = k.newBlock();
        k.ret(b0, call(b0, k, SQ, k.params().get(0)).setLine(12));
        Function same = sq();
        same.setSourceFile("K.java");
        Program p = new Program(k);
        p.helpers().put(SQ, same);
        new InlineCalls().run(p);
        assertTrue(k.instrs().stream().anyMatch(i -> i.op() == Op.MUL && i.line() == 3), "same file: callee lines kept");

        Function k2 = func("k", "double(double)");
        k2.setSourceFile("K.java");
        Block c0 = k2.newBlock();
        k2.ret(c0, call(c0, k2, SQ, k2.params().get(0)).setLine(12));
        Function other = sq();
        other.setSourceFile("Other.java");
        Program p2 = new Program(k2);
        p2.helpers().put(SQ, other);
        new InlineCalls().run(p2);
        assertTrue(k2.instrs().stream().anyMatch(i -> i.op() == Op.MUL && i.line() == 12), "other file: the call's line");
    }

    @Test
    void aChainOfDoublingHelpersStaysUnderTheCap() {
        // h0(x) = x + 1; h(k)(x) = h(k-1)(x) + h(k-1)(x): full inlining would copy h0 2^12 times
        Program p = null;
        Function prev = null;
        MethodRef prevRef = null;
        java.util.Map<MethodRef, Function> hs = new java.util.LinkedHashMap<>();
        for (int k = 0; k <= 12; k++) {
            MethodRef r = ref("h" + k, "(I)I");
            Function h = func("h" + k, "int(int)");
            Block b = h.newBlock();
            var x = h.params().get(0);
            if (prev == null) h.ret(b, bin(b, h, Op.ADD, x, Const.i32(1)));
            else h.ret(b, bin(b, h, Op.ADD, call(b, h, prevRef, x), call(b, h, prevRef, x)));
            hs.put(r, h);
            prev = h;
            prevRef = r;
        }
        Function k = func("k", "int(int)");
        Block b0 = k.newBlock();
        k.ret(b0, call(b0, k, prevRef, k.params().get(0)));
        p = new Program(k);
        p.helpers().putAll(hs);

        new InlineCalls(500).run(p);

        for (Function f : p.helpers().values()) assertTrue(f.instrs().size() <= 500, f.name() + " " + f.instrs().size());
        assertTrue(k.instrs().size() <= 500);
        assertEquals(4096 * 4, IrInterp.run(p, 3));
    }

    private static String IrPrinter(Function f) { return dev.hotloop.compiler.ir.IrPrinter.print(f); }
}
