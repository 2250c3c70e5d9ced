package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the {@link Reduction}s of a loop. For a header phi {@code p} that is not an induction
 * variable, the chain is every instruction in the loop that depends on {@code p}. It is a
 * reduction when every chain member is either a phi inside the loop (not in its header) whose
 * operands are all {@code p} or chain members, or one operator applied to exactly one chain
 * value (the left one for {@code sub}); and the back-edge operands are chain values. A chain
 * member used by anything else (a store, a compare) makes the loop read partial results, so
 * there is no reduction.
 * <pre>
 * b1:  v3 = phi f64 [b0: 0.0, b2: v6]
 * b2:  v6 = add v3, v5          ==>  of(loop b1, ivs) = [v3 = add (fastmath)], chain [v6]
 * </pre>
 * Reductions in inner loops carry through: {@code s += m[i][j]} in the inner loop makes
 * {@code s} a reduction of the outer loop too (via the inner header phi).
 */
public final class Reductions {
    private Reductions() {}

    public static List<Reduction> of(Loop loop, InductionVariables ivs) {
        List<Reduction> out = new ArrayList<>();
        for (Instr phi : loop.header().phis()) {
            if (ivs.get(phi).isPresent() || !phi.type().isPrimitive()) continue;
            reduction(loop, phi).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Reduction> reduction(Loop loop, Instr phi) {
        Value init = null;
        List<Block> preds = phi.block().preds();
        for (int k = 0; k < preds.size(); k++) {
            if (loop.contains(preds.get(k))) continue;
            if (init != null && init != phi.arg(k) && !(init instanceof Const && init.equals(phi.arg(k)))) return Optional.empty();
            init = phi.arg(k);
        }
        if (init == null) return Optional.empty();
        Set<Instr> chain = dependents(loop, phi);
        String operator = null;
        Type narrow = null;
        for (Instr i : chain) {
            if (i.op() == Op.CONV && isNarrowing(i) && phi.type().equals(Type.I32)) {
                // (byte) (b + x): arithmetic mod 2^8 commutes with the truncation, so it stays a reduction
                if (narrow != null && !narrow.equals(i.aux())) return Optional.empty();
                narrow = (Type) i.aux();
                continue;
            }
            if (i.isPhi()) {
                if (i.block() == loop.header()) return Optional.empty();
                for (Value a : i.args()) if (a != phi && !chain.contains(a)) return Optional.empty();
                continue;
            }
            if (i.op() == Op.CMP && i.users().stream().allMatch(u -> u.op() == Op.SELECT && u.arg(0) == i && chain.contains(u))) {
                continue; // the test of a conditional min/max: judged with its select
            }
            String op = i.op() == Op.SELECT ? selectOperator(i, phi, chain) : operator(i, phi, chain);
            if (op == null || operator != null && !operator.equals(op)) return Optional.empty();
            operator = op;
        }
        if (operator == null) return Optional.empty();
        if (narrow != null && !List.of("add", "sub", "mul", "and", "or", "xor").contains(operator)) return Optional.empty();
        for (int k = 0; k < preds.size(); k++) {
            if (loop.contains(preds.get(k)) && !chain.contains(phi.arg(k))) return Optional.empty();
        }
        boolean exact = !phi.type().isFloat() || !(operator.equals("add") || operator.equals("sub") || operator.equals("mul"));
        return Optional.of(new Reduction(phi, init, operator, new ArrayList<>(chain), exact, narrow));
    }

    /** A conversion to {@code byte}, {@code short} or {@code char} (an {@code i32} truncated and extended again). */
    private static boolean isNarrowing(Instr conv) {
        return conv.aux() instanceof Type t && (t.equals(Type.I8) || t.equals(Type.I16) || t.equals(Type.U16));
    }

    /** Instructions in the loop that read {@code phi}, directly or through each other. */
    private static Set<Instr> dependents(Loop loop, Instr phi) {
        Set<Instr> seen = new LinkedHashSet<>();
        Deque<Instr> work = new ArrayDeque<>(List.of(phi));
        while (!work.isEmpty()) {
            for (Instr u : work.poll().users()) {
                if (u != phi && u.block() != null && loop.contains(u.block()) && seen.add(u)) work.add(u);
            }
        }
        return seen;
    }

    /**
     * The operator of a floating-point conditional min/max {@code m = select (x cond m), x, m}
     * (see {@code transform.ConditionalMinMax}): {@code minLt minLe maxGt maxGe}, named after the
     * comparison that takes {@code x}, which also decides which of equal values is kept.
     */
    private static String selectOperator(Instr sel, Instr phi, Set<Instr> chain) {
        if (!(sel.arg(0) instanceof Instr c) || c.op() != Op.CMP || !phi.type().isFloat()) return null;
        Value x = sel.arg(1), m = sel.arg(2);
        boolean mRunning = m == phi || chain.contains(m);
        if (!mRunning || x == phi || chain.contains(x)) return null;
        Cond take;
        if (c.arg(0) == x && c.arg(1) == m) take = c.cond();
        else if (c.arg(1) == x && c.arg(0) == m) take = c.cond().swap();
        else return null;
        return switch (take) {
            case LT -> "minLt";
            case LE -> "minLe";
            case GT -> "maxGt";
            case GE -> "maxGe";
            default -> null; // true on NaN: would take NaN, which no order of chunks reproduces
        };
    }

    /** The operator of a chain update, or null when {@code i} is not one. */
    private static String operator(Instr i, Instr phi, Set<Instr> chain) {
        if (i.args().size() != 2) return null;
        boolean left = i.arg(0) == phi || chain.contains(i.arg(0));
        boolean right = i.arg(1) == phi || chain.contains(i.arg(1));
        if (left == right) return null; // exactly one side carries the running value
        return switch (i.op()) {
            case ADD, MUL, AND, OR, XOR -> i.op().text;
            case SUB -> left ? "sub" : null;
            case CALL -> i.aux() instanceof MethodRef m && (m.owner().equals("java/lang/Math") || m.owner().equals("java/lang/StrictMath"))
                    && (m.name().equals("min") || m.name().equals("max")) ? m.name() : null;
            default -> null;
        };
    }
}
