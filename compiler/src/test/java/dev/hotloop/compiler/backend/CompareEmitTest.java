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

/**
 * Every condition on every numeric type, fused into a branch (both block layouts) and
 * materialised as a boolean, against Java's own operators, NaN, signed zeros and infinities included.
 */
class CompareEmitTest {
    private static final List<Cond> ORDERED = List.of(Cond.EQ, Cond.NE, Cond.LT, Cond.LE, Cond.GT, Cond.GE);
    private static final double[] DOUBLES = {Double.NaN, -0.0, 0.0, 1.5, -1.5, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE};
    private static final long[] LONGS = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, (1L << 32) + 1};
    private static final int[] INTS = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 300};

    /** Java's meaning of each condition, the u-forms as negations (true on NaN). */
    private static boolean java(Cond c, double a, double b) {
        return switch (c) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            case ULT -> !(a >= b);
            case ULE -> !(a > b);
            case UGT -> !(a <= b);
            case UGE -> !(a < b);
        };
    }

    private static boolean java(Cond c, long a, long b) {
        return switch (c) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            default -> throw new AssertionError(c);
        };
    }

    /** Three shapes: branch with the true block next, branch with the false block next, and a 0/1 value. */
    private static MethodHandle[] kernels(Type t, Cond c, Const rhs) {
        MethodHandle[] out = new MethodHandle[3];
        for (int shape = 0; shape < 3; shape++) {
            String sig = shape == 2 ? "boolean(" + t.javaName() + ", " + t.javaName() + ")" : "int(" + t.javaName() + ", " + t.javaName() + ")";
            Function f = new Function("c", Signature.parse(sig));
            Block b0 = f.newBlock();
            Instr cmp = cmp(f, b0, c, p(f, 0), rhs != null ? rhs : p(f, 1));
            if (shape == 2) {
                f.ret(b0, cmp);
            } else {
                Block first = f.newBlock(), second = f.newBlock();
                Block yes = shape == 0 ? first : second, no = shape == 0 ? second : first;
                f.branch(b0, cmp, yes, no);
                f.ret(yes, Const.i32(1));
                f.ret(no, Const.i32(0));
            }
            out[shape] = entry(f);
        }
        return out;
    }

    private static boolean truth(Object r) {
        return r instanceof Boolean b ? b : (int) r == 1;
    }

    @Test
    void doublesAndFloats() throws Throwable {
        for (Cond c : Cond.values()) {
            MethodHandle[] d = kernels(Type.F64, c, null);
            MethodHandle[] f = kernels(Type.F32, c, null);
            for (double a : DOUBLES) {
                for (double b : DOUBLES) {
                    for (MethodHandle mh : d) {
                        assertEquals(java(c, a, b), truth(call(mh, a, b)), c + " " + a + " " + b + " (double)");
                    }
                    float fa = (float) a, fb = (float) b;
                    for (MethodHandle mh : f) {
                        assertEquals(java(c, fa, fb), truth(call(mh, fa, fb)), c + " " + fa + " " + fb + " (float)");
                    }
                }
            }
        }
    }

    @Test
    void doubleAgainstConstantNaNAndNegativeZero() throws Throwable {
        for (Cond c : Cond.values()) {
            for (double k : new double[] {Double.NaN, -0.0}) {
                for (MethodHandle mh : kernels(Type.F64, c, Const.f64(k))) {
                    for (double a : DOUBLES) assertEquals(java(c, a, k), truth(call(mh, a, 0.0)), c + " " + a + " " + k);
                }
            }
        }
    }

    @Test
    void longs() throws Throwable {
        for (Cond c : ORDERED) {
            for (MethodHandle mh : kernels(Type.I64, c, null)) {
                for (long a : LONGS) for (long b : LONGS) assertEquals(java(c, a, b), truth(call(mh, a, b)), c + " " + a + " " + b);
            }
        }
    }

    @Test
    void intsAgainstValuesAndZero() throws Throwable {
        for (Cond c : ORDERED) {
            for (MethodHandle mh : kernels(Type.I32, c, null)) {
                for (int a : INTS) for (int b : INTS) assertEquals(java(c, a, b), truth(call(mh, a, b)), c + " " + a + " " + b);
            }
            for (MethodHandle mh : kernels(Type.I32, c, Const.i32(0))) {
                for (int a : INTS) assertEquals(java(c, a, 0), truth(call(mh, a, 7)), c + " " + a + " 0");
            }
        }
    }

    @Test
    void nullChecksAndReferenceEquality() throws Throwable {
        for (Cond c : List.of(Cond.EQ, Cond.NE)) {
            Function f = new Function("n", Signature.parse("boolean(double[], double[])"));
            Block b0 = f.newBlock();
            Instr isNull = cmp(f, b0, c, p(f, 0), Const.nul());
            Instr same = cmp(f, b0, c, p(f, 0), p(f, 1));
            f.ret(b0, add(f, b0, Op.AND, Type.BOOL, isNull, same));
            MethodHandle mh = entry(f);
            double[] x = {1}, y = {1};
            boolean eq = c == Cond.EQ;
            assertEquals(eq, call(mh, null, null));
            assertEquals(!eq, call(mh, x, y));
            assertEquals(false, call(mh, x, x));
        }
    }

    @Test
    void threeWayCompares() throws Throwable {
        for (Type t : List.of(Type.F64, Type.F32)) {
            for (int nan : new int[] {-1, 1}) {
                Function f = new Function("c3", Signature.parse("int(" + t.javaName() + ", " + t.javaName() + ")"));
                Block b0 = f.newBlock();
                f.ret(b0, add(f, b0, Op.CMP3, Type.I32, p(f, 0), p(f, 1)).setAux(nan));
                MethodHandle mh = entry(f);
                for (double a : DOUBLES) {
                    for (double b : DOUBLES) {
                        // Widened floats compare as the floats do, so one reference serves both types.
                        double x = t == Type.F64 ? a : (float) a, y = t == Type.F64 ? b : (float) b;
                        int want = Double.isNaN(x) || Double.isNaN(y) ? nan : x < y ? -1 : x > y ? 1 : 0;
                        Object r = t == Type.F64 ? call(mh, a, b) : call(mh, (float) a, (float) b);
                        assertEquals(want, r, t + " " + a + " " + b);
                    }
                }
            }
        }
        Function f = new Function("lc", Signature.parse("int(long, long)"));
        Block b0 = f.newBlock();
        f.ret(b0, add(f, b0, Op.CMP3, Type.I32, p(f, 0), p(f, 1)));
        MethodHandle mh = entry(f);
        for (long a : LONGS) for (long b : LONGS) assertEquals(Long.compare(a, b), call(mh, a, b));
    }
}
