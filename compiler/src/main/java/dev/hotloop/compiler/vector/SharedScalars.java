package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.InductionVariables;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The values of a lockstep inner loop ({@link OuterLegality}) that every running lane shares, so
 * they are computed once as scalars rather than as vectors: its induction variables that start
 * from a value hoisted out of the outer loop, and pure operations (loads and Math calls included)
 * of shared values. Lanes run the inner loop in step, so a shared value is the same on all of them.
 * <pre>
 * for (i...) { s = 0; for (j = 0; j &lt; n; j++) s += m[j] / (x[j] - x[i]); }
 *   shared: j, j &lt; n, m[j], x[j];   per lane: x[i], x[j] - x[i], the division, s
 * </pre>
 */
final class SharedScalars {
    private SharedScalars() {}

    /**
     * The shared values of {@code inner}, entered from {@code preheader}, in the order found;
     * {@code hoisted}: the same on every lane for the whole outer loop. A shared induction variable
     * must step by a shared value, or NotVectorisable.
     */
    static Set<Instr> of(Function f, Loop inner, Block preheader, InductionVariables ivs, Predicate<Value> hoisted) {
        Set<Instr> scalars = new LinkedHashSet<>();
        for (Instr phi : inner.header().phis()) {
            Optional<InductionVariable> iv = ivs.get(phi);
            if (iv.isPresent() && hoisted.test(phi.phiArg(preheader))) scalars.add(phi);
        }
        Predicate<Value> shared = v -> hoisted.test(v) || v instanceof Instr i && scalars.contains(i);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : inner.blocks()) {
                for (Instr i : b.instrs()) {
                    if (i.isPhi() || i.isTerminator() || scalars.contains(i) || hoisted.test(i) || !scalarOp(i)) continue;
                    if (i.args().stream().allMatch(shared) && scalars.add(i)) changed = true;
                }
            }
        }
        for (Instr phi : new ArrayList<>(scalars)) {
            if (!phi.isPhi()) continue;
            Instr update = ivs.get(phi).orElseThrow().update();
            if (!scalars.contains(update)) {
                throw new NotVectorisable(phi, "induction variable " + f.varNames().getOrDefault(phi, phi.ref()) + " steps irregularly");
            }
        }
        return scalars;
    }

    /** Operations that give the same result on every lane when their operands do (no side effects, no traps but bounds). */
    private static boolean scalarOp(Instr i) {
        return switch (i.op()) {
            case ADD, SUB, MUL, NEG, AND, OR, XOR, SHL, SHR, USHR, CONV, CMP, ALEN -> true;
            case DIV -> i.type().isFloat();
            case ALOAD -> i.arg(0).type().isArray() && i.arg(0).type().elem().isPrimitive();
            case CALL -> ((MethodRef) i.aux()).owner().equals("java/lang/Math");
            default -> false;
        };
    }
}
