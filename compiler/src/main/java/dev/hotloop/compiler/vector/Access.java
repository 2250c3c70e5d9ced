package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Value;

/**
 * A contiguous array access of a vectorised loop: {@code array[iv + base + offset]} with the
 * array and {@code base} the same on every iteration and {@code iv} stepping by one.
 * <pre>y[i + 1] = x[i]  ==>  Access(astore, y, i, null, 1), Access(aload, x, i, null, 0)</pre>
 *
 * @param base a loop-invariant int, or null
 */
public record Access(Instr instr, Value array, InductionVariable iv, Value base, long offset) {
    /** Accesses that touch the same element on the same iteration, whatever the arrays. */
    public boolean sameIndex(Access o) {
        return iv.phi() == o.iv.phi() && base == o.base && offset == o.offset;
    }

    /** {@code v1[v2 + 1]}. */
    public String describe() {
        return array.ref() + "[" + iv.phi().ref() + (base == null ? "" : " + " + base.ref())
                + (offset == 0 ? "" : offset < 0 ? " - " + -offset : " + " + offset) + "]";
    }
}
