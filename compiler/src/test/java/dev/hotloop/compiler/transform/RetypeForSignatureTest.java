package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.hotloop.compiler.transform.Ir.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetypeForSignatureTest {
    private static Program retype(Function f, String... types) {
        Program p = new Program(f);
        new RetypeForSignature(java.util.Arrays.stream(types).map(Type::parse).toList()).run(p);
        return p;
    }

    @Test
    void scalarWidensOnceAtEntry() {
        Function k = func("k", "double(double, long)");
        Block b0 = k.newBlock();
        var x = bin(b0, k, Op.MUL, k.params().get(0), Const.f64(2));
        k.ret(b0, bin(b0, k, Op.ADD, x, conv(b0, k, Type.F64, k.params().get(1))));

        Program p = retype(k, "int", "byte");

        assertEquals("""
                func @k(i32 v0, i8 v1) -> f64 {
                b0:
                  v2 = conv f64 v0
                  v3 = conv i64 v1
                  v4 = mul v2, 2.0
                  v5 = conv f64 v3
                  v6 = add v4, v5
                  return v6
                }
                """, text(k));
        assertEquals("double(int, byte)", k.signature().toString());
        assertEquals(Type.I32, k.params().get(1).type());
        assertEquals(-1.0, IrInterp.run(p, 3, (int) (byte) -7));
    }

    @Test
    void byteForIntNeedsNoConversion() {
        Function k = func("k", "int(int)");
        Block b0 = k.newBlock();
        k.ret(b0, bin(b0, k, Op.ADD, k.params().get(0), Const.i32(1)));
        retype(k, "byte");
        assertEquals("""
                func @k(i8 v0) -> i32 {
                b0:
                  v1 = add v0, 1
                  return v1
                }
                """, text(k));
    }

    /** for (int i = 0; i < a.length; i++) { s += a[i]; a[i] = a[i] * 0.5; } return s; */
    static Function scaleAndSum(String sig) {
        Function k = func("k", sig);
        var a = k.params().get(0);
        Type elem = k.signature().params().get(0).elem().computational();
        Block b0 = k.newBlock(), b1 = k.newBlock(), b2 = k.newBlock(), b3 = k.newBlock();
        var n = op(b0, k, Op.ALEN, Type.I32, a);
        k.jump(b0, b1);
        Instr i = phi(b1, k, Type.I32, Const.i32(0));
        Instr s = phi(b1, k, elem, elem == Type.F64 ? Const.f64(0) : Const.i32(0));
        k.branch(b1, cmp(b1, k, Cond.LT, i, n), b2, b3);
        var x = op(b2, k, Op.ALOAD, elem, a, i);
        var s2 = bin(b2, k, Op.ADD, s, x);
        var half = elem == Type.F64 ? bin(b2, k, Op.MUL, x, Const.f64(0.5)) : bin(b2, k, Op.SHR, x, Const.i32(1));
        op(b2, k, Op.ASTORE, Type.VOID, a, i, half);
        var i2 = bin(b2, k, Op.ADD, i, Const.i32(1));
        k.jump(b2, b1);
        i.addArg(i2);
        s.addArg(s2);
        k.ret(b3, s);
        return k;
    }

    @Test
    void floatArrayInDoubleKernelConvertsLoadsAndStores() {
        Function k = scaleAndSum("double(double[])");
        Program p = retype(k, "float[]");
        assertEquals("""
                func @k(f32[] v0) -> f64 {
                b0:
                  v1 = alen v0
                  jump b1
                b1:
                  v2 = phi i32 [b0: 0, b2: v3]
                  v4 = phi f64 [b0: 0.0, b2: v5]
                  v6 = cmp lt v2, v1
                  branch v6, b2, b3
                b2:
                  v7 = aload v0, v2
                  v8 = conv f64 v7
                  v5 = add v4, v8
                  v9 = mul v8, 0.5
                  v10 = conv f32 v9
                  astore v0, v2, v10
                  v3 = add v2, 1
                  jump b1
                b3:
                  return v4
                }
                """, text(k));
        assertEquals(Type.F32, k.instrs().stream().filter(i -> i.op() == Op.ALOAD).findFirst().orElseThrow().type());
        float[] a = {1.5f, 2.25f, 0.1f};
        assertEquals((double) 1.5f + (double) 2.25f + (double) 0.1f, IrInterp.run(p, (Object) a));
        assertArrayEquals(new float[] {0.75f, 1.125f, (float) (0.1f * 0.5)}, a);
    }

    @Test
    void byteArrayInIntKernelCastsStoresOnly() {
        Function k = scaleAndSum("int(int[])");
        Program p = retype(k, "byte[]");
        String t = text(k);
        assertEquals(1, count(k, Op.CONV), t);
        assertTrue(t.contains("conv i8"), t);
        byte[] a = {-128, 7, 100};
        assertEquals(-21, IrInterp.run(p, (Object) a));
        assertArrayEquals(new byte[] {-64, 3, 50}, a);
    }

    @Test
    void smallElementTypesReadAsTheDeclaredOne() {
        // int k(char[] a) { return a[0]; } called with a byte[]: (char) b, as converting the array would
        Function k = func("k", "int(char[])");
        Block b0 = k.newBlock();
        k.ret(b0, op(b0, k, Op.ALOAD, Type.I32, k.params().get(0), Const.i32(0)));
        Program p = retype(k, "byte[]");
        assertTrue(text(k).contains("conv u16"), text(k));
        assertEquals(65535, IrInterp.run(p, (Object) new byte[] {-1}));

        Function s = func("k", "int(short[])");
        Block s0 = s.newBlock();
        s.ret(s0, op(s0, s, Op.ALOAD, Type.I32, s.params().get(0), Const.i32(0)));
        retype(s, "byte[]");
        assertEquals(0, count(s, Op.CONV), "every byte is a short");
    }

    @Test
    void rowsOfATwoDimensionalArrayAreRetypedToo() {
        // double k(double[][] m) { m[0][1] = m[1][0] * 1.5; return m[1][0]; }
        Function k = func("k", "double(double[][])");
        Block b0 = k.newBlock();
        var m = k.params().get(0);
        var r0 = op(b0, k, Op.ALOAD, Type.parse("f64[]"), m, Const.i32(0));
        var r1 = op(b0, k, Op.ALOAD, Type.parse("f64[]"), m, Const.i32(1));
        var x = op(b0, k, Op.ALOAD, Type.F64, r1, Const.i32(0));
        op(b0, k, Op.ASTORE, Type.VOID, r0, Const.i32(1), bin(b0, k, Op.MUL, x, Const.f64(1.5)));
        k.ret(b0, x);

        Program p = retype(k, "int[][]");

        assertEquals("""
                func @k(i32[][] v0) -> f64 {
                b0:
                  v1 = aload v0, 0
                  v2 = aload v0, 1
                  v3 = aload v2, 0
                  v4 = conv f64 v3
                  v5 = mul v4, 1.5
                  v6 = conv i32 v5
                  astore v1, 1, v6
                  return v4
                }
                """, text(k));
        assertEquals(Type.parse("i32[]"), k.instrs().getFirst().type());
        int[][] a = {{0, 0}, {5, 0}};
        assertEquals(5.0, IrInterp.run(p, (Object) a));
        assertEquals(7, a[0][1]);
    }

    @Test
    void phiOfTheSameArrayOrNullIsFine() {
        // double k(double[] a, double[] b, boolean c) { double[] x = c ? a : b; x = x == null ? null : x; return x[0]; }
        Function k = func("k", "double(double[], double[], boolean)");
        Block b0 = k.newBlock();
        var sel = op(b0, k, Op.SELECT, Type.parse("f64[]"), k.params().get(2), k.params().get(0), k.params().get(1));
        var sel2 = op(b0, k, Op.SELECT, Type.parse("f64[]"), k.params().get(2), sel, Const.nul());
        k.ret(b0, op(b0, k, Op.ALOAD, Type.F64, sel2, Const.i32(0)));
        Program p = retype(k, "float[]", "float[]", "boolean");
        assertEquals(Type.parse("f32[]"), sel2.type());
        assertEquals(2.5, IrInterp.run(p, new float[] {2.5f}, new float[] {1}, 1));
    }

    @Test
    void mixingWithAnArrayOfTheDeclaredTypeIsAnError() {
        Function k = func("k", "double(double[], boolean)");
        k.setSourceFile("K.java");
        Block b0 = k.newBlock();
        var fresh = op(b0, k, Op.NEWARRAY, Type.parse("f64[]"), Const.i32(4));
        var sel = op(b0, k, Op.SELECT, Type.parse("f64[]"), k.params().get(1), k.params().get(0), fresh).setLine(7);
        k.ret(b0, op(b0, k, Op.ALOAD, Type.F64, sel, Const.i32(0)));
        CompileError e = assertThrows(CompileError.class, () -> retype(k, "float[]", "boolean"));
        assertEquals("K.java:7: parameter 1 (declared double[], passed float[]) cannot be used in place: "
                + "the array meets a double[] at a conditional; hint: use one array type on both sides, or pass a double[]",
                e.getMessage());
    }

    @Test
    void returningOrPassingARetypedArrayIsAnError() {
        Function k = func("k", "double[](double[])");
        k.setSourceFile("K.java");
        Block b0 = k.newBlock();
        k.ret(b0, k.params().get(0)).setLine(12);
        CompileError e = assertThrows(CompileError.class, () -> retype(k, "float[]"));
        assertTrue(e.getMessage().startsWith("K.java:12: parameter 1 (declared double[], passed float[])"), e.getMessage());
        assertTrue(e.getMessage().contains("is returned"), e.getMessage());

        Function c = func("c", "void(double[])");
        Block c0 = c.newBlock();
        call(c0, c, ref("h", "([D)V"), c.params().get(0)).setLine(3);
        c.ret(c0, null);
        CompileError e2 = assertThrows(CompileError.class, () -> retype(c, "long[]"));
        assertTrue(e2.getMessage().contains("is passed to p.K.h"), e2.getMessage());
    }

    @Test
    void storingARetypedRowIntoAnotherArrayIsAnError() {
        Function k = func("k", "void(double[][], double[])");
        Block b0 = k.newBlock();
        op(b0, k, Op.ASTORE, Type.VOID, k.params().get(0), Const.i32(0), k.params().get(1));
        k.ret(b0, null);
        assertThrows(CompileError.class, () -> retype(k, "double[][]", "float[]"));
        // both retyped alike: fine
        Function ok = func("k", "void(double[][], double[])");
        Block o0 = ok.newBlock();
        op(o0, ok, Op.ASTORE, Type.VOID, ok.params().get(0), Const.i32(0), ok.params().get(1));
        ok.ret(o0, null);
        retype(ok, "float[][]", "float[]");
        assertEquals("void(float[][], float[])", ok.signature().toString());
    }

    @Test
    void theSignatureMustMatchInLength() {
        Function k = func("k", "void(int)");
        k.ret(k.newBlock(), null);
        assertThrows(IllegalArgumentException.class, () -> new RetypeForSignature(List.of()).run(new Program(k)));
    }

    private static long count(Function f, Op op) { return f.instrs().stream().filter(i -> i.op() == op).count(); }
}
