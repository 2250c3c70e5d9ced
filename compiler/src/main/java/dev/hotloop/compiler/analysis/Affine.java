package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Value;

/**
 * An integer value as {@code scale * iv + base + offset}, where {@code iv} is a basic induction
 * variable of the loop (its phi; absent when {@code scale} is 0), {@code base} a loop-invariant
 * value (or null) and {@code offset} a constant.
 * <pre>
 * a[i]       ==>  v2            (iv v2, scale 1)
 * a[2*i + 1] ==>  2*v2 + 1
 * m[k + i]   ==>  v2 + v0       (v0 invariant)
 * </pre>
 * Built by {@link #of}, which follows {@code add sub mul shl} and {@code neg} over the phi, its
 * update, constants and invariant values; anything else is not affine. The arithmetic is
 * Java's, with wrap-around, which the compiler's users of this form must keep in mind.
 */
public record Affine(InductionVariable iv, long scale, Value base, long offset) {
    /** The affine form of {@code v} in {@code loop}, or null. */
    public static Affine of(Loop loop, InductionVariables ivs, Value v) {
        if (v instanceof Const c) return c.type().isInt() ? new Affine(null, 0, null, c.longValue()) : null;
        for (InductionVariable iv : ivs.of(loop)) {
            if (v == iv.phi()) return new Affine(iv, 1, null, 0);
            if (v == iv.update()) return new Affine(iv, 1, null, iv.step());
        }
        if (Invariance.isInvariant(loop, v)) return new Affine(null, 0, v, 0);
        if (!(v instanceof Instr i)) return null;
        return switch (i.op()) {
            case ADD -> add(of(loop, ivs, i.arg(0)), of(loop, ivs, i.arg(1)), 1);
            case SUB -> add(of(loop, ivs, i.arg(0)), of(loop, ivs, i.arg(1)), -1);
            case NEG -> add(new Affine(null, 0, null, 0), of(loop, ivs, i.arg(0)), -1);
            case MUL -> i.arg(1) instanceof Const c ? times(of(loop, ivs, i.arg(0)), c.longValue())
                    : i.arg(0) instanceof Const c ? times(of(loop, ivs, i.arg(1)), c.longValue()) : null;
            case SHL -> i.arg(1) instanceof Const c && c.longValue() >= 0 && c.longValue() < 31
                    ? times(of(loop, ivs, i.arg(0)), 1L << c.longValue()) : null;
            default -> null;
        };
    }

    /** {@code a + sign * b}, when the sum stays affine (one induction variable, at most one base). */
    private static Affine add(Affine a, Affine b, int sign) {
        if (a == null || b == null) return null;
        if (a.iv != null && b.iv != null && a.iv != b.iv) return null;
        if (b.base != null && (a.base != null || sign < 0)) return null;
        InductionVariable iv = a.iv != null ? a.iv : b.iv;
        long scale = a.scale + sign * b.scale;
        return new Affine(scale == 0 ? null : iv, scale, a.base != null ? a.base : b.base, a.offset + sign * b.offset);
    }

    private static Affine times(Affine a, long k) {
        if (a == null || a.base != null && k != 1) return null;
        return new Affine(k == 0 ? null : a.iv, a.scale * k, a.base, a.offset * k);
    }

    /** True when the value is {@code iv + something invariant}: each iteration touches its own element. */
    public boolean isUnitStride() { return scale == 1 || scale == -1; }

    /** {@code 2*v2 + v0 + 1}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (iv != null) s.append(scale == 1 ? "" : scale == -1 ? "-" : scale + "*").append(iv.phi().ref());
        if (base != null) s.append(s.isEmpty() ? "" : " + ").append(base.ref());
        if (offset != 0 || s.isEmpty()) {
            if (s.isEmpty()) s.append(offset);
            else s.append(offset < 0 ? " - " : " + ").append(Math.abs(offset));
        }
        return s.toString();
    }
}
