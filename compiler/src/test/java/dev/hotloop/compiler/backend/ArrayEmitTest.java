package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;

import static dev.hotloop.compiler.backend.EmitHarness.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Array allocation, loads and stores of every element type, 2-D arrays, and the exceptions they raise. */
class ArrayEmitTest {
    private static final Type F64_2D = Type.array(Type.array(Type.F64));

    private static MethodHandle element() {
        Function f = new Function("at", Signature.parse("double(double[], int)"));
        Block b0 = f.newBlock();
        f.ret(b0, add(f, b0, Op.ALOAD, Type.F64, p(f, 0), p(f, 1)));
        return entry(f);
    }

    @Test
    void outOfBoundsAndNullArrayThrow() throws Throwable {
        MethodHandle at = element();
        double[] a = {1, 2};
        assertEquals(2.0, call(at, a, 1));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> call(at, a, 2));
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> call(at, a, -1));
        assertThrows(NullPointerException.class, () -> call(at, null, 0));
    }

    @Test
    void storeIntoNullConstantThrowsNpe() {
        Function f = new Function("st", Signature.parse("void()"));
        Block b0 = f.newBlock();
        add(f, b0, Op.ASTORE, Type.VOID, Const.nul(), Const.i32(0), Const.i32(1));
        f.ret(b0, null);
        MethodHandle mh = entry(f);
        assertThrows(NullPointerException.class, () -> call(mh));
    }

    @Test
    void negativeSizeThrows() throws Throwable {
        Function f = new Function("mk", Signature.parse("int(int)"));
        Block b0 = f.newBlock();
        Instr a = add(f, b0, Op.NEWARRAY, Type.array(Type.I64), p(f, 0));
        f.ret(b0, add(f, b0, Op.ALEN, Type.I32, a));
        MethodHandle mh = entry(f);
        assertEquals(3, call(mh, 3));
        assertThrows(NegativeArraySizeException.class, () -> call(mh, -1));
    }

    /** {@code double[][] a = new double[n][m]; a[1][2] = 3.5; return a;} */
    @Test
    void multiDimensionalAllocationAndRowAccess() throws Throwable {
        Function f = new Function("grid", Signature.parse("double[][](int, int)"));
        Block b0 = f.newBlock();
        Instr a = add(f, b0, Op.NEWARRAY, F64_2D, p(f, 0), p(f, 1));
        Instr row = add(f, b0, Op.ALOAD, Type.array(Type.F64), a, Const.i32(1));
        add(f, b0, Op.ASTORE, Type.VOID, row, Const.i32(2), Const.f64(3.5));
        f.ret(b0, a);
        double[][] g = (double[][]) call(entry(f), 2, 3);
        assertArrayEquals(new double[][] {{0, 0, 0}, {0, 0, 3.5}}, g);
        assertThrows(NegativeArraySizeException.class, () -> call(entry(f), 2, -3));
    }

    /** {@code double[][] a = new double[n][]; a[0] = new double[m]; return a;} */
    @Test
    void arrayOfRowsThenRowAllocation() throws Throwable {
        Function f = new Function("rows", Signature.parse("double[][](int, int)"));
        Block b0 = f.newBlock();
        Instr a = add(f, b0, Op.NEWARRAY, F64_2D, p(f, 0));
        Instr row = add(f, b0, Op.NEWARRAY, Type.array(Type.F64), p(f, 1));
        add(f, b0, Op.ASTORE, Type.VOID, a, Const.i32(0), row);
        f.ret(b0, a);
        double[][] g = (double[][]) call(entry(f), 2, 4);
        assertEquals(4, g[0].length);
        assertNull(g[1]);
    }

    /** Stores truncate and loads widen as the JVM's baload/caload/saload do; boolean arrays use bastore. */
    @Test
    void smallElementTypes() throws Throwable {
        Function f = new Function("small", Signature.parse("long(byte[], char[], short[], boolean[], int)"));
        Block b0 = f.newBlock();
        Instr sum = null;
        for (int k = 0; k < 4; k++) {
            Value arr = p(f, k);
            boolean bool = arr.type().elem().kind() == Type.Kind.BOOL;
            add(f, b0, Op.ASTORE, Type.VOID, arr, Const.i32(0), bool ? Const.i32(1) : p(f, 4));
            Instr v = add(f, b0, Op.ALOAD, Type.I32, arr, Const.i32(0));
            sum = sum == null ? v : add(f, b0, Op.ADD, Type.I32, sum, v);
        }
        f.ret(b0, add(f, b0, Op.CONV, Type.I64, sum).setAux(Type.I64));
        MethodHandle mh = entry(f);
        byte[] b = new byte[1];
        char[] c = new char[1];
        short[] s = new short[1];
        boolean[] z = new boolean[1];
        int x = 0x12345FF;
        long want = (byte) x + (char) x + (short) x + 1;
        assertEquals(want, call(mh, b, c, s, z, x));
        assertEquals((byte) x, b[0]);
        assertEquals((char) x, c[0]);
        assertEquals(true, z[0]);
    }

    /** {@code void fill(float[] a, long[] b, float v)}: a void kernel storing into float and long arrays. */
    @Test
    void voidKernelStoresFloatsAndLongs() throws Throwable {
        Function f = new Function("fill", Signature.parse("void(float[], long[], float)"));
        Block b0 = f.newBlock();
        add(f, b0, Op.ASTORE, Type.VOID, p(f, 0), Const.i32(1), p(f, 2));
        Instr wide = add(f, b0, Op.CONV, Type.I64, p(f, 2)).setAux(Type.I64);
        add(f, b0, Op.ASTORE, Type.VOID, p(f, 1), Const.i32(0), wide);
        f.ret(b0, null);
        float[] a = new float[2];
        long[] l = new long[1];
        call(entry(f), a, l, -2.75f);
        assertEquals(-2.75f, a[1]);
        assertEquals(-2L, l[0]);
    }
}
