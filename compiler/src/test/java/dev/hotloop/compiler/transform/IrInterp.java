package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.lang.reflect.Array;
import java.util.HashMap;
import java.util.Map;

/**
 * A small reference interpreter for the IR, so pass tests can check that a rewrite keeps
 * the meaning (values are boxed: Integer, Long, Float, Double, Boolean, Java arrays).
 * Covers what the pass tests build; it is not the back end.
 */
final class IrInterp {
    private final Program program;

    IrInterp(Program program) { this.program = program; }

    static Object run(Program p, Object... args) { return new IrInterp(p).call(p.kernel(), args); }

    Object call(Function f, Object... args) {
        Map<Value, Object> env = new HashMap<>();
        for (Param p : f.params()) env.put(p, args[p.index()]);
        Block prev = null;
        Block b = f.entry();
        for (int steps = 0; steps < 10_000_000; steps++) {
            // phis read their operands all at once, on the edge from prev
            Map<Instr, Object> phiVals = new HashMap<>();
            for (Instr phi : b.phis()) phiVals.put(phi, get(env, phi.arg(b.preds().indexOf(prev))));
            env.putAll(phiVals);
            Block next = null;
            for (Instr i : b.instrs()) {
                if (i.isPhi()) continue;
                switch (i.op()) {
                    case JUMP -> next = i.targets().getFirst();
                    case BRANCH -> next = i.targets().get(truth(get(env, i.arg(0))) ? 0 : 1);
                    case SWITCH -> {
                        int v = (Integer) get(env, i.arg(0));
                        int[] keys = (int[]) i.aux();
                        next = i.targets().getFirst();
                        for (int k = 0; k < keys.length; k++) if (keys[k] == v) next = i.targets().get(k + 1);
                    }
                    case RETURN -> { return i.args().isEmpty() ? null : get(env, i.arg(0)); }
                    default -> env.put(i, eval(env, i));
                }
            }
            prev = b;
            b = next;
        }
        throw new IllegalStateException("step limit");
    }

    private static boolean truth(Object o) { return o instanceof Boolean z ? z : ((Integer) o) != 0; }

    private Object get(Map<Value, Object> env, Value v) {
        if (v instanceof Const c) return c.value();
        if (!env.containsKey(v)) throw new IllegalStateException("no value for " + v);
        return env.get(v);
    }

    private Object eval(Map<Value, Object> env, Instr i) {
        Object[] a = new Object[i.args().size()];
        for (int k = 0; k < a.length; k++) a[k] = get(env, i.arg(k));
        return switch (i.op()) {
            case ADD, SUB, MUL, DIV, REM, AND, OR, XOR, SHL, SHR, USHR -> Arith.binary(i.op(), a[0], a[1]);
            case NEG -> Arith.neg(a[0]);
            case CONV -> Arith.conv(a[0], (Type) i.aux());
            case CMP -> Arith.cmp(i.cond(), a[0], a[1]);
            case SELECT -> truth(a[0]) ? a[1] : a[2];
            case ALOAD -> widen(Array.get(a[0], (Integer) a[1]));
            case ASTORE -> {
                Class<?> c = a[0].getClass().getComponentType();
                Object v = a[2];
                if (c == byte.class) v = (byte) (int) (Integer) v;
                else if (c == short.class) v = (short) (int) (Integer) v;
                else if (c == char.class) v = (char) (int) (Integer) v;
                else if (c == boolean.class) v = ((Integer) v & 1) != 0;
                Array.set(a[0], (Integer) a[1], v);
                yield null;
            }
            case ALEN -> Array.getLength(a[0]);
            case NEWARRAY -> Array.newInstance(javaClass(i.type().elem()), (Integer) a[0]);
            case CALL -> {
                Function h = program.helpers().get((MethodRef) i.aux());
                if (h == null) throw new UnsupportedOperationException("library call " + i.aux());
                yield call(h, a);
            }
            default -> throw new UnsupportedOperationException(i.op().text);
        };
    }

    private static Object widen(Object o) {
        return switch (o) {
            case Byte x -> (int) x;
            case Short x -> (int) x;
            case Character x -> (int) x;
            case Boolean x -> x ? 1 : 0;
            default -> o;
        };
    }

    static Class<?> javaClass(Type t) {
        return switch (t.kind()) {
            case BOOL -> boolean.class;
            case I8 -> byte.class;
            case I16 -> short.class;
            case U16 -> char.class;
            case I32 -> int.class;
            case I64 -> long.class;
            case F32 -> float.class;
            case F64 -> double.class;
            case ARRAY -> javaClass(t.elem()).arrayType();
            default -> throw new IllegalArgumentException(t.toString());
        };
    }

    /** Java's arithmetic on boxed operands of one computational type. */
    static final class Arith {
        static Object binary(dev.hotloop.compiler.ir.Op op, Object x, Object y) {
            return switch (x) {
                case Integer p -> {
                    int q = (Integer) y;
                    yield switch (op) {
                        case ADD -> p + q; case SUB -> p - q; case MUL -> p * q; case DIV -> p / q; case REM -> p % q;
                        case AND -> p & q; case OR -> p | q; case XOR -> p ^ q;
                        case SHL -> p << q; case SHR -> p >> q; case USHR -> p >>> q;
                        default -> throw new IllegalArgumentException(op.text);
                    };
                }
                case Long p -> {
                    long q = ((Number) y).longValue();
                    yield switch (op) {
                        case ADD -> p + q; case SUB -> p - q; case MUL -> p * q; case DIV -> p / q; case REM -> p % q;
                        case AND -> p & q; case OR -> p | q; case XOR -> p ^ q;
                        case SHL -> p << q; case SHR -> p >> q; case USHR -> p >>> q;
                        default -> throw new IllegalArgumentException(op.text);
                    };
                }
                case Float p -> {
                    float q = (Float) y;
                    yield switch (op) {
                        case ADD -> p + q; case SUB -> p - q; case MUL -> p * q; case DIV -> p / q; case REM -> p % q;
                        default -> throw new IllegalArgumentException(op.text);
                    };
                }
                case Double p -> {
                    double q = (Double) y;
                    yield switch (op) {
                        case ADD -> p + q; case SUB -> p - q; case MUL -> p * q; case DIV -> p / q; case REM -> p % q;
                        default -> throw new IllegalArgumentException(op.text);
                    };
                }
                default -> throw new IllegalArgumentException(String.valueOf(x));
            };
        }

        static Object neg(Object x) {
            return switch (x) {
                case Integer p -> -p; case Long p -> -p; case Float p -> -p; case Double p -> -p;
                default -> throw new IllegalArgumentException(String.valueOf(x));
            };
        }

        static Object conv(Object x, Type to) {
            if (x instanceof Boolean z) x = z ? 1 : 0;
            Number n = (Number) x;
            return switch (to.kind()) {
                case I8 -> (int) (byte) asInt(n);
                case I16 -> (int) (short) asInt(n);
                case U16 -> (int) (char) asInt(n);
                case I32 -> asInt(n);
                case I64 -> n instanceof Float f ? (long) (float) f : n instanceof Double d ? (long) (double) d : n.longValue();
                case F32 -> n instanceof Integer k ? (float) k : n instanceof Long l ? (float) l : n.floatValue();
                case F64 -> n instanceof Integer k ? (double) k : n instanceof Long l ? (double) l : n.doubleValue();
                default -> throw new IllegalArgumentException(to.toString());
            };
        }

        private static int asInt(Number n) {
            return switch (n) {
                case Float f -> (int) (float) f;
                case Double d -> (int) (double) d;
                default -> n.intValue();
            };
        }

        static Object cmp(Cond c, Object x, Object y) {
            if (x instanceof Float || x instanceof Double) {
                double p = ((Number) x).doubleValue();
                double q = ((Number) y).doubleValue();
                if (Double.isNaN(p) || Double.isNaN(q)) return c.trueOnNaN();
                return c.test(p == q ? 0 : p < q ? -1 : 1);
            }
            if (!(x instanceof Number)) return c == Cond.EQ ? x == y : x != y;
            return c.test(Long.compare(((Number) x).longValue(), ((Number) y).longValue()));
        }
    }
}
