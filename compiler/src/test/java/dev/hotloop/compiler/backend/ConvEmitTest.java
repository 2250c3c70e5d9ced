package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.util.List;

import static dev.hotloop.compiler.backend.EmitHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Conversions between every numeric type against Java casts, and constants keeping their exact bits. */
class ConvEmitTest {
    private static final List<Type> TARGETS = List.of(Type.I8, Type.I16, Type.U16, Type.I32, Type.I64, Type.F32, Type.F64);
    private static final int[] INTS = {0, 1, -1, 127, 128, 255, 65535, 65536, -129, Integer.MIN_VALUE, Integer.MAX_VALUE, 16777217};
    private static final long[] LONGS = {0, -1, (1L << 53) + 1, Long.MIN_VALUE, Long.MAX_VALUE, 0x1_0000_0080L, -40000};
    private static final double[] DOUBLES = {Double.NaN, -0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            1e10, -1e10, 3.7, -3.7, 65536.5, 1e20, 1e300, Double.MIN_VALUE, 0.1};

    private static Object fromInt(int x, Type to) {
        return switch (to.kind()) {
            case I8 -> (byte) x; case I16 -> (short) x; case U16 -> (char) x; case I32 -> x;
            case I64 -> (long) x; case F32 -> (float) x; case F64 -> (double) x; default -> throw new AssertionError();
        };
    }

    private static Object fromLong(long x, Type to) {
        return switch (to.kind()) {
            case I8 -> (byte) x; case I16 -> (short) x; case U16 -> (char) x; case I32 -> (int) x;
            case I64 -> x; case F32 -> (float) x; case F64 -> (double) x; default -> throw new AssertionError();
        };
    }

    private static Object fromFloat(float x, Type to) {
        return switch (to.kind()) {
            case I8 -> (byte) x; case I16 -> (short) x; case U16 -> (char) x; case I32 -> (int) x;
            case I64 -> (long) x; case F32 -> x; case F64 -> (double) x; default -> throw new AssertionError();
        };
    }

    private static Object fromDouble(double x, Type to) {
        return switch (to.kind()) {
            case I8 -> (byte) x; case I16 -> (short) x; case U16 -> (char) x; case I32 -> (int) x;
            case I64 -> (long) x; case F32 -> (float) x; case F64 -> x; default -> throw new AssertionError();
        };
    }

    /** {@code to(from x)}: one conv whose aux is the target type, returned as that Java type. */
    private static MethodHandle conv(Type from, Type to) {
        Function f = new Function("conv", Signature.parse(to.javaName() + "(" + from.javaName() + ")"));
        Block b0 = f.newBlock();
        f.ret(b0, add(f, b0, Op.CONV, to.computational(), p(f, 0)).setAux(to));
        return entry(f);
    }

    @Test
    void everyPairAgainstJavaCasts() throws Throwable {
        for (Type to : TARGETS) {
            MethodHandle fi = conv(Type.I32, to), fl = conv(Type.I64, to), ff = conv(Type.F32, to), fd = conv(Type.F64, to);
            for (int x : INTS) assertEquals(fromInt(x, to), call(fi, x), "int " + x + " -> " + to);
            for (long x : LONGS) assertEquals(fromLong(x, to), call(fl, x), "long " + x + " -> " + to);
            for (double x : DOUBLES) {
                assertEquals(fromDouble(x, to), call(fd, x), "double " + x + " -> " + to);
                assertEquals(fromFloat((float) x, to), call(ff, (float) x), "float " + (float) x + " -> " + to);
            }
        }
    }

    @Test
    void constantsKeepTheirBits() throws Throwable {
        double[] ds = {-0.0, 0.0, 1.0, 2.0, Double.NaN, Double.longBitsToDouble(0x7ff0000000000001L), Double.MIN_VALUE, -1.0};
        for (double d : ds) {
            Function f = new Function("k", Signature.parse("double()"));
            Block b0 = f.newBlock();
            f.ret(b0, Const.f64(d));
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits((double) call(entry(f))), "double " + d);
        }
        float[] fs = {-0.0f, 0.0f, 1.0f, 2.0f, 3.0f, Float.NaN, Float.NEGATIVE_INFINITY};
        for (float x : fs) {
            Function f = new Function("k", Signature.parse("float()"));
            Block b0 = f.newBlock();
            f.ret(b0, Const.f32(x));
            assertEquals(Float.floatToRawIntBits(x), Float.floatToRawIntBits((float) call(entry(f))), "float " + x);
        }
        for (int x : new int[] {-1, 0, 5, 6, -128, 127, 128, -32768, 32767, 32768, Integer.MIN_VALUE}) {
            Function f = new Function("k", Signature.parse("int()"));
            Block b0 = f.newBlock();
            f.ret(b0, Const.i32(x));
            assertEquals(x, call(entry(f)));
        }
        for (long x : new long[] {0, 1, 2, -1, Long.MIN_VALUE}) {
            Function f = new Function("k", Signature.parse("long()"));
            Block b0 = f.newBlock();
            f.ret(b0, Const.i64(x));
            assertEquals(x, call(entry(f)));
        }
    }
}
