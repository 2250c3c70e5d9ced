package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;

import static dev.hotloop.compiler.backend.EmitHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Arithmetic: typed opcodes, integer division traps, float signed zeros, shift masking. */
class ArithEmitTest {
    private static MethodHandle binary(Op op, String sig, Type t) {
        Function f = new Function(op.text, Signature.parse(sig));
        Block b0 = f.newBlock();
        f.ret(b0, add(f, b0, op, t, p(f, 0), p(f, 1)));
        return entry(f);
    }

    @Test
    void integerDivisionByZeroThrows() throws Throwable {
        MethodHandle idiv = binary(Op.DIV, "int(int, int)", Type.I32);
        MethodHandle lrem = binary(Op.REM, "long(long, long)", Type.I64);
        assertEquals(-3, call(idiv, 7, -2));
        assertEquals(Integer.MIN_VALUE, call(idiv, Integer.MIN_VALUE, -1));
        assertThrows(ArithmeticException.class, () -> call(idiv, 1, 0));
        assertEquals(-1L, call(lrem, -7L, 2L));
        assertThrows(ArithmeticException.class, () -> call(lrem, 1L, 0L));
    }

    @Test
    void floatDivisionAndNegationKeepSignedZeros() throws Throwable {
        MethodHandle ddiv = binary(Op.DIV, "double(double, double)", Type.F64);
        assertEquals(Double.NEGATIVE_INFINITY, call(ddiv, -1.0, 0.0));
        assertEquals(Double.POSITIVE_INFINITY, call(ddiv, -1.0, -0.0));
        Function f = new Function("neg", Signature.parse("float(float)"));
        Block b0 = f.newBlock();
        f.ret(b0, add(f, b0, Op.NEG, Type.F32, p(f, 0)));
        MethodHandle fneg = entry(f);
        assertEquals(Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits((float) call(fneg, 0.0f)));
        MethodHandle drem = binary(Op.REM, "double(double, double)", Type.F64);
        assertEquals(-1.0, call(drem, -7.0, 2.0));
    }

    @Test
    void shiftsMaskTheirCount() throws Throwable {
        MethodHandle lshl = binary(Op.SHL, "long(long, int)", Type.I64);
        MethodHandle ishr = binary(Op.SHR, "int(int, int)", Type.I32);
        MethodHandle lushr = binary(Op.USHR, "long(long, int)", Type.I64);
        assertEquals(1L << 65, call(lshl, 1L, 65));
        assertEquals(-8 >> 33, call(ishr, -8, 33));
        assertEquals(-8L >>> 60, call(lushr, -8L, 60));
    }

    @Test
    void bitwiseAndMixedArithmetic() throws Throwable {
        Function f = new Function("mix", Signature.parse("long(long, long)"));
        Block b0 = f.newBlock();
        var x = add(f, b0, Op.XOR, Type.I64, p(f, 0), p(f, 1));
        var y = add(f, b0, Op.AND, Type.I64, x, Const.i64(0xFF00FF00FFL));
        var z = add(f, b0, Op.OR, Type.I64, y, Const.i64(1));
        var w = add(f, b0, Op.MUL, Type.I64, z, Const.i64(3));
        f.ret(b0, add(f, b0, Op.SUB, Type.I64, w, p(f, 0)));
        long a = 0x123456789ABCDEFL, b = -77;
        assertEquals((((a ^ b) & 0xFF00FF00FFL) | 1) * 3 - a, call(entry(f), a, b));
    }
}
