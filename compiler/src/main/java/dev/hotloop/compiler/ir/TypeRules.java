package dev.hotloop.compiler.ir;

import java.util.Arrays;
import java.util.List;

/**
 * What each {@link Op} asks of its operands, result, payload and targets, for the {@link Verifier}.
 * Types are compared by their computational type ({@code bool} and {@code i32} agree, as on the
 * JVM); the {@code null} constant agrees with every array type.
 * <pre>add v1, v2 with v1: i32, v2: i64   ==>  "operands i32 and i64 differ"</pre>
 */
final class TypeRules {
    private TypeRules() {}

    /** Null when {@code i} is well typed, otherwise the reason. */
    static String check(Function f, Instr i) {
        List<Value> a = i.args();
        Type t = i.type();
        return switch (i.op()) {
            case ADD, SUB, MUL, DIV, REM -> binary(a, t, false);
            case AND, OR, XOR -> binary(a, t, true);
            case NEG -> count(a, 1) != null ? count(a, 1) : !numeric(a.get(0).type()) ? "neg of " + a.get(0).type()
                    : result(t, a.get(0).type());
            case SHL, SHR, USHR -> {
                if (count(a, 2) != null) yield count(a, 2);
                Type x = a.get(0).type().computational();
                if (x.kind() != Type.Kind.I32 && x.kind() != Type.Kind.I64) yield "shift of " + x;
                if (!a.get(1).type().computational().equals(Type.I32)) yield "shift count is " + a.get(1).type() + ", not i32";
                yield result(t, x);
            }
            case CONV -> {
                if (count(a, 1) != null) yield count(a, 1);
                if (!a.get(0).type().isPrimitive()) yield "conv of " + a.get(0).type();
                Type to = i.aux() instanceof Type x ? x : t;
                if (!to.isPrimitive()) yield "conv to " + to;
                yield result(t, to.computational());
            }
            case CMP -> {
                if (count(a, 2) != null) yield count(a, 2);
                if (!(i.aux() instanceof Cond c)) yield "cmp without a condition";
                if (!agree(a.get(0).type(), a.get(1).type())) yield "operands " + a.get(0).type() + " and " + a.get(1).type() + " differ";
                Type x = a.get(0).type().kind() == Type.Kind.NULL ? a.get(1).type() : a.get(0).type();
                if (x.isRef() && c != Cond.EQ && c != Cond.NE) yield "cmp " + c.text() + " of references";
                if (x.isInt() && c != c.ordered()) yield "unordered cmp " + c.text() + " of integers";
                yield t.equals(Type.BOOL) ? null : "cmp result is " + t + ", not bool";
            }
            case CMP3 -> {
                if (count(a, 2) != null) yield count(a, 2);
                if (!agree(a.get(0).type(), a.get(1).type())) yield "operands " + a.get(0).type() + " and " + a.get(1).type() + " differ";
                Type x = a.get(0).type();
                boolean ok = x.isFloat() ? i.aux() instanceof Integer n && (n == 1 || n == -1)
                        : x.kind() == Type.Kind.I64 && i.aux() == null;
                if (!ok) yield "cmp3 of " + x + " with NaN result " + i.aux();
                yield result(t, Type.I32);
            }
            case SELECT -> {
                if (count(a, 3) != null) yield count(a, 3);
                if (!a.get(0).type().computational().equals(Type.I32)) yield "select condition is " + a.get(0).type();
                if (!agree(a.get(1).type(), a.get(2).type())) yield "operands " + a.get(1).type() + " and " + a.get(2).type() + " differ";
                yield agree(t, a.get(1).type()) && agree(t, a.get(2).type()) ? null : "result " + t + " does not match the operands";
            }
            case PHI -> {
                for (Value v : a) if (!agree(t, v.type())) yield "operand " + v.ref() + " is " + v.type() + ", not " + t;
                yield null;
            }
            case ALOAD -> {
                if (count(a, 2) != null) yield count(a, 2);
                if (!a.get(0).type().isArray()) yield "aload from " + a.get(0).type();
                if (!isI32(a.get(1))) yield "index is " + a.get(1).type() + ", not i32";
                yield result(t, a.get(0).type().elem().computational());
            }
            case ASTORE -> {
                if (count(a, 3) != null) yield count(a, 3);
                if (!a.get(0).type().isArray()) yield "astore to " + a.get(0).type();
                if (!isI32(a.get(1))) yield "index is " + a.get(1).type() + ", not i32";
                Type e = a.get(0).type().elem();
                yield agree(e, a.get(2).type()) ? null : "stores " + a.get(2).type() + " into " + a.get(0).type();
            }
            case ALEN -> count(a, 1) != null ? count(a, 1) : !a.get(0).type().isArray() ? "alen of " + a.get(0).type() : result(t, Type.I32);
            case NEWARRAY -> {
                if (!t.isArray()) yield "newarray of " + t;
                if (a.isEmpty() || a.size() > t.dims()) yield a.size() + " lengths for " + t;
                for (Value v : a) if (!isI32(v)) yield "length " + v.ref() + " is " + v.type();
                yield null;
            }
            case GETSTATIC -> i.aux() instanceof FieldRef r ? (count(a, 0) != null ? count(a, 0) : result(t, r.type().computational()))
                    : "getstatic without a field";
            case CALL -> {
                if (!(i.aux() instanceof MethodRef m)) yield "call without a method";
                Signature s = m.signature();
                if (count(a, s.params().size()) != null) yield count(a, s.params().size());
                for (int k = 0; k < a.size(); k++) {
                    if (!agree(s.params().get(k), a.get(k).type())) yield "argument " + k + " is " + a.get(k).type() + ", not " + s.params().get(k);
                }
                yield result(t, s.result().computational());
            }
            case RANDOM -> {
                if (!(i.aux() instanceof RandomKind k)) yield "random without a kind";
                if (count(a, k == RandomKind.INT_BOUNDED ? 1 : 0) != null) yield count(a, k == RandomKind.INT_BOUNDED ? 1 : 0);
                if (k == RandomKind.INT_BOUNDED && !isI32(a.get(0))) yield "bound is " + a.get(0).type();
                yield result(t, k.type);
            }
            case JUMP -> count(a, 0) != null ? count(a, 0) : targets(i, 1);
            case BRANCH -> count(a, 1) != null ? count(a, 1)
                    : !a.get(0).type().equals(Type.BOOL) ? "branch on " + a.get(0).type() + ", not bool" : targets(i, 2);
            case SWITCH -> {
                if (count(a, 1) != null) yield count(a, 1);
                if (!isI32(a.get(0))) yield "switch on " + a.get(0).type();
                if (!(i.aux() instanceof int[] keys)) yield "switch without keys";
                if (Arrays.stream(keys).distinct().count() != keys.length) yield "duplicate switch keys";
                yield targets(i, keys.length + 1);
            }
            case RETURN -> {
                Type r = f.signature().result();
                if (r.isVoid()) yield a.isEmpty() ? null : "returns a value from a void function";
                if (count(a, 1) != null) yield count(a, 1);
                yield agree(r, a.get(0).type()) ? null : "returns " + a.get(0).type() + " from a function returning " + r;
            }
        };
    }

    private static String binary(List<Value> a, Type t, boolean bitwise) {
        if (count(a, 2) != null) return count(a, 2);
        Type x = a.get(0).type(), y = a.get(1).type();
        if (!x.computational().equals(y.computational())) return "operands " + x + " and " + y + " differ";
        if (bitwise ? !x.isInt() : !numeric(x)) return "operands of type " + x;
        return result(t, x);
    }

    private static boolean numeric(Type t) {
        return t.isPrimitive() && t.kind() != Type.Kind.BOOL;
    }

    private static boolean isI32(Value v) {
        return v.type().computational().equals(Type.I32) && v.type().kind() != Type.Kind.BOOL;
    }

    /** Same computational type, or the null constant against an array type. */
    static boolean agree(Type want, Type have) {
        if (want.isRef() || have.isRef()) {
            return want.equals(have) || want.kind() == Type.Kind.NULL && have.isArray() || have.kind() == Type.Kind.NULL && want.isArray();
        }
        return want.computational().equals(have.computational());
    }

    private static String result(Type t, Type want) {
        return t.computational().equals(want.computational()) ? null : "result is " + t + ", expected " + want;
    }

    private static String count(List<Value> a, int n) {
        return a.size() == n ? null : a.size() + " operands, expected " + n;
    }

    private static String targets(Instr i, int n) {
        return i.targets().size() == n ? null : i.targets().size() + " targets, expected " + n;
    }
}
