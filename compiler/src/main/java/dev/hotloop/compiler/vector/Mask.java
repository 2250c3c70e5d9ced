package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.ir.Value;

/**
 * Which lanes execute a block after if-conversion, as a formula over branch conditions.
 * <pre>
 * for (i...) { if (x[i] &gt; 0) y[i] = 1; else y[i] = 2; }
 *   then-block: Test(v5)             else-block: Test(v5, negated)       join: All
 * </pre>
 * {@link All} is the entry mask of an inner loop's body; an outer-loop plan starts its inner
 * loop's body from a {@link Test} of a stand-in for the lanes still running ({@link OuterPlan#active}).
 */
public sealed interface Mask {
    /** Every lane. */
    record All() implements Mask {
        @Override public String toString() { return "all"; }
    }

    /** Lanes where a bool value holds ({@code negated}: where it does not). */
    record Test(Value cond, boolean negated) implements Mask {
        @Override public String toString() { return (negated ? "!" : "") + cond.ref(); }
    }

    record And(Mask a, Mask b) implements Mask {
        @Override public String toString() { return "(" + a + " & " + b + ")"; }
    }

    record Or(Mask a, Mask b) implements Mask {
        @Override public String toString() { return "(" + a + " | " + b + ")"; }
    }

    Mask ALL = new All();

    static Mask and(Mask a, Mask b) {
        if (a instanceof All) return b;
        if (b instanceof All) return a;
        return new And(a, b);
    }

    /** {@code c | !c} and {@code x | x} fold back; anything with {@code all} is {@code all}. */
    static Mask or(Mask a, Mask b) {
        if (a instanceof All || b instanceof All) return ALL;
        if (a.equals(b)) return a;
        if (a instanceof Test t && b instanceof Test u && t.cond() == u.cond() && t.negated() != u.negated()) return ALL;
        // (m & c) | (m & !c) == m: the join after an if/else inside a conditional block
        if (a instanceof And x && b instanceof And y && x.a().equals(y.a())
                && x.b() instanceof Test t && y.b() instanceof Test u && t.cond() == u.cond() && t.negated() != u.negated()) {
            return x.a();
        }
        return new Or(a, b);
    }
}
