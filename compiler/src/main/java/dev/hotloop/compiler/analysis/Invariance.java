package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Value;

/**
 * Whether a value is the same on every iteration of a loop: constants, parameters, values
 * defined outside the loop, and instructions inside it that compute from such values without
 * reading memory or drawing random numbers. javac re-reads {@code a.length} in every loop test,
 * so {@code alen} of an invariant array counts as invariant (an array's length never changes).
 * A row of a 2-D array ({@code m[i]} with {@code m} and {@code i} invariant) is invariant too
 * when the loop stores no array reference into any array and calls no method outside
 * {@code java/lang}: Java has no other way to replace a row, so the inner loop of
 * {@code for (j < m[i].length)} gets a trip count.
 * <pre>
 * b1:  v4 = alen v0          invariant(loop b1, v4) == true   (v0 a parameter)
 *      v5 = aload v0, v2     invariant(loop b1, v5) == false  (a number read from memory)
 * </pre>
 */
public final class Invariance {
    private Invariance() {}

    public static boolean isInvariant(Loop loop, Value v) {
        if (v instanceof Const || v instanceof Param) return true;
        Instr i = (Instr) v;
        if (i.block() == null || !loop.contains(i.block())) return true;
        boolean computes = switch (i.op()) {
            case ALOAD -> i.type().isArray() && !replacesRows(loop);
            case PHI, ASTORE, NEWARRAY, CALL, RANDOM, JUMP, BRANCH, SWITCH, RETURN -> false;
            default -> true;
        };
        if (!computes) return false;
        for (Value a : i.args()) if (!isInvariant(loop, a)) return false;
        return true;
    }

    /** True when the loop may store an array reference into an array, directly or through a helper. */
    private static boolean replacesRows(Loop loop) {
        for (Block b : loop.blocks()) {
            for (Instr i : b.instrs()) {
                if (i.op() == Op.ASTORE && i.arg(0).type().isArray() && i.arg(0).type().elem().isArray()) return true;
                if (i.op() == Op.CALL && i.aux() instanceof MethodRef m && !m.owner().startsWith("java/lang/")) return true;
            }
        }
        return false;
    }
}
