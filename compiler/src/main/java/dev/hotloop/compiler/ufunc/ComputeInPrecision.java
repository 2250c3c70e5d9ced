package dev.hotloop.compiler.ufunc;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-types a scalar function for a {@code @Vectorize} signature so that the variant computes in
 * the signature's precision, as if the method had been written with the signature's types
 * (Numba's per-signature compile): every value of a declared parameter type that the signature
 * narrows is computed in the narrower type; constants are cast as Java would; library calls with
 * an overload of that type ({@code Math.abs/min/max/fma/...}) call it; other calls compute in
 * their own type and their result is cast back.
 * <pre>
 * static double relDiff(double x, double y)         as "float(float, float)":
 *   v2 = sub v0, v1           (f64)            ==>  v2 = sub v0, v1                (f32)
 *   v3 = call Math.abs(D)D v0                       v3 = call Math.abs(F)F v0
 *   v5 = mul v4, 0.5          (f64)                 v5 = mul v4, 0.5f              (f32)
 *   v6 = call Math.sqrt(D)D v5                      v8 = conv f64 v5; v6 = call Math.sqrt(D)D v8; v9 = conv f32 v6
 * </pre>
 * Only computational types that a signature may narrow ({@code f64 f32 i64}) are mapped; each maps
 * to the widest type the signature gives its parameters of that declared type. The function should
 * have its helpers inlined first: calls to helpers left in place compute in their declared types.
 */
public final class ComputeInPrecision {
    /** Math methods with the same name for each of the types listed (same type for every operand and the result). */
    private static final Map<String, Set<Type.Kind>> OVERLOADS = Map.of(
            "abs", Set.of(Type.Kind.I32, Type.Kind.I64, Type.Kind.F32, Type.Kind.F64),
            "max", Set.of(Type.Kind.I32, Type.Kind.I64, Type.Kind.F32, Type.Kind.F64),
            "min", Set.of(Type.Kind.I32, Type.Kind.I64, Type.Kind.F32, Type.Kind.F64),
            "fma", Set.of(Type.Kind.F32, Type.Kind.F64),
            "copySign", Set.of(Type.Kind.F32, Type.Kind.F64),
            "signum", Set.of(Type.Kind.F32, Type.Kind.F64),
            "ulp", Set.of(Type.Kind.F32, Type.Kind.F64),
            "nextUp", Set.of(Type.Kind.F32, Type.Kind.F64),
            "nextDown", Set.of(Type.Kind.F32, Type.Kind.F64));

    private final Function f;
    private final Map<Type.Kind, Type> map = new EnumMap<>(Type.Kind.class);

    private ComputeInPrecision(Function f) {
        this.f = f;
    }

    /**
     * Re-types {@code f} (declared signature) for {@code variant}, which must have as many
     * parameters, each one Java widens to the declared one; afterwards {@code f.signature()} is
     * {@code variant}. Boolean parameters must match exactly.
     */
    public static void apply(Function f, Signature variant) {
        Signature declared = f.signature();
        if (declared.params().size() != variant.params().size()) {
            throw new IllegalArgumentException(variant + " does not fit " + f);
        }
        new ComputeInPrecision(f).run(declared, variant);
    }

    private void run(Signature declared, Signature variant) {
        for (int k = 0; k < declared.params().size(); k++) {
            Type d = declared.params().get(k).computational(), s = variant.params().get(k).computational();
            if (d.equals(s)) continue;
            if (!mappable(d)) throw new IllegalArgumentException(variant + " cannot narrow " + declared.params().get(k) + " of " + f);
            map.merge(d.kind(), s, ComputeInPrecision::wider);
        }
        List<Instr> all = f.instrs();
        Block entry = f.entry();
        f.setSignature(variant);
        for (Param p : f.params()) {
            Type s = variant.params().get(p.index()).computational();
            Type want = map(p.type());
            p.setType(s);
            if (!want.equals(s) && !p.users().isEmpty()) {
                Instr c = f.newInstr(Op.CONV, want).setAux(want);
                p.replaceAllUsesWith(c);
                c.addArg(p);
                insertAtStart(entry, c);
            }
        }
        for (Instr i : all) retype(i);
        for (Instr i : all) fixOperands(i);
        for (Instr i : f.instrs()) dropIdentityConv(i);
    }

    private static boolean mappable(Type t) {
        return t.kind() == Type.Kind.F64 || t.kind() == Type.Kind.F32 || t.kind() == Type.Kind.I64;
    }

    /** Binary numeric promotion: the wider of two computational types (i32 < i64 < f32 < f64). */
    static Type wider(Type a, Type b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Type t) {
        return switch (t.computational().kind()) {
            case I32 -> 1;
            case I64 -> 2;
            case F32 -> 3;
            case F64 -> 4;
            default -> 0;
        };
    }

    private Type map(Type t) {
        return t.isPrimitive() ? map.getOrDefault(t.computational().kind(), t) : t;
    }

    private void retype(Instr i) {
        switch (i.op()) {
            case ADD, SUB, MUL, DIV, REM, NEG, AND, OR, XOR, SHL, SHR, USHR, PHI, SELECT -> i.setType(map(i.type()));
            case CONV -> {
                Type to = i.aux() instanceof Type t ? t : i.type();
                if (to.computational().equals(to) && !map(to).equals(to)) {
                    i.setAux(map(to));
                    i.setType(map(to));
                }
            }
            case CALL -> remapCall(i);
            default -> { }
        }
    }

    /** {@code Math.abs(D)D} on a retyped operand becomes {@code Math.abs(F)F}, when such an overload exists. */
    private void remapCall(Instr i) {
        MethodRef m = (MethodRef) i.aux();
        if (!m.owner().equals("java/lang/Math") && !m.owner().equals("java/lang/StrictMath")) return;
        Set<Type.Kind> kinds = OVERLOADS.get(m.name());
        Signature s = m.signature();
        if (kinds == null || !s.params().stream().allMatch(p -> p.equals(s.result()))) return;
        Type to = map(s.result());
        if (to.equals(s.result()) || !kinds.contains(to.kind())) return;
        String desc = "(" + to.descriptor().repeat(s.params().size()) + ")" + to.descriptor();
        i.setAux(new MethodRef(m.owner(), m.name(), desc));
        i.setType(to);
    }

    private void fixOperands(Instr i) {
        switch (i.op()) {
            case ADD, SUB, MUL, DIV, REM, NEG, AND, OR, XOR, PHI -> {
                for (int k = 0; k < i.args().size(); k++) operand(i, k, i.type());
            }
            case SHL, SHR, USHR -> {
                operand(i, 0, i.type());
                operand(i, 1, Type.I32);
            }
            case SELECT -> {
                operand(i, 1, i.type());
                operand(i, 2, i.type());
            }
            case CMP, CMP3 -> compare(i);
            case CALL -> {
                Signature s = ((MethodRef) i.aux()).signature();
                for (int k = 0; k < i.args().size(); k++) operand(i, k, s.params().get(k).computational());
            }
            case ASTORE -> operand(i, 2, i.arg(0).type().elem().computational());
            case RETURN -> {
                if (!i.args().isEmpty()) operand(i, 0, f.signature().result());
            }
            default -> { }
        }
    }

    private void compare(Instr i) {
        Type a = i.arg(0).type(), b = i.arg(1).type();
        if (!a.isPrimitive() || !b.isPrimitive() || a.kind() == Type.Kind.BOOL) return;
        Type t = wider(a, b);
        if (i.op() == Op.CMP3) {
            if (t.kind() == Type.Kind.I32) t = Type.I64;
            if (t.isInt()) i.setAux(null);
            else if (!(i.aux() instanceof Integer)) i.setAux(1);
        } else if (t.isInt()) {
            i.setAux(((Cond) i.aux()).ordered());
        }
        operand(i, 0, t);
        operand(i, 1, t);
    }

    /** Makes operand {@code k} of {@code i} have type {@code want} (a Java cast), converting a constant in place. */
    private void operand(Instr i, int k, Type want) {
        Value v = i.arg(k);
        boolean small = !want.computational().equals(want);
        if (!v.type().isPrimitive() || (!small && v.type().computational().equals(want))) return;
        if (small && v.type().equals(want)) return;
        if (v instanceof Const c && !small) {
            i.setArg(k, cast(c, want));
            return;
        }
        Instr conv = f.newInstr(Op.CONV, want.computational(), v).setAux(want).setLine(i.line());
        if (i.isPhi()) {
            Block pred = i.block().preds().get(k);
            pred.insertBefore(pred.terminator(), conv);
        } else {
            i.block().insertBefore(i, conv);
        }
        i.setArg(k, conv);
    }

    private void dropIdentityConv(Instr i) {
        if (i.op() != Op.CONV || i.block() == null) return;
        Type to = i.aux() instanceof Type t ? t : i.type();
        if (to.computational().equals(to) && i.arg(0).type().equals(to)) {
            i.replaceAllUsesWith(i.arg(0));
            i.remove();
        }
    }

    private static void insertAtStart(Block b, Instr i) {
        int at = 0;
        while (at < b.instrs().size() && b.instrs().get(at).isPhi()) at++;
        if (at < b.instrs().size()) b.insertBefore(b.instrs().get(at), i);
        else b.add(i);
    }

    /** A constant cast to a primitive type with Java's rules. */
    static Const cast(Const c, Type to) {
        if (!(c.value() instanceof Number n)) return c;
        return switch (to.kind()) {
            case I32 -> Const.i32(n.intValue());
            case I64 -> Const.i64(n.longValue());
            case F32 -> Const.f32(n.floatValue());
            case F64 -> Const.f64(n.doubleValue());
            default -> c;
        };
    }
}
