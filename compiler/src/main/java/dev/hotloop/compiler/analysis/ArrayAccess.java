package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Value;

/**
 * One {@code aload} or {@code astore} in a loop, with its index as an {@link Affine} form of the
 * loop's induction variables when it has one.
 * <pre>
 * y[i] = y[i - 1] + x[i]   ==>  write v1[v2], read v1[v2 - 1], read v0[v2]
 * t[idx[i]] += 1           ==>  read v3[v2], write v4[?]
 * </pre>
 *
 * @param instr the load or store
 * @param index the affine index, or null when it is not affine in the loop's induction variables
 */
public record ArrayAccess(Instr instr, Affine index) {
    public Value array() { return instr.arg(0); }

    public boolean isWrite() { return instr.op() == Op.ASTORE; }

    /** {@code write v1[v2]}, {@code read v0[?]}. */
    @Override
    public String toString() {
        return (isWrite() ? "write " : "read ") + array().ref() + "[" + (index == null ? "?" : index) + "]";
    }
}
