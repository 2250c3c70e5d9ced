package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Value;

/**
 * A basic induction variable: an integer header phi that enters the loop as {@code init} and
 * comes round every back edge as {@code update = phi + step} (or {@code phi - (-step)}).
 * <pre>
 * for (int i = lo; i < n; i += 2)  ==>  v2 = {v0, +2}     v2 = phi i32 [b0: v0, b2: v7]
 *                                                         v7 = add v2, 2
 * for (long k = n; k > 0; k--)     ==>  v3 = {v1, -1}
 * </pre>
 */
public record InductionVariable(Instr phi, Value init, long step, Instr update) {
    /** The form check lines use: {@code v2 = {0, +1}}. */
    @Override
    public String toString() {
        return phi.ref() + " = {" + init.ref() + ", " + (step >= 0 ? "+" : "") + step + "}";
    }
}
