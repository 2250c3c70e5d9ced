package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The basic induction variables of every loop of a {@link LoopForest}: header phis of type
 * {@code i32} or {@code i64} whose operands from outside the loop are all one value (the
 * start) and whose operands along the back edges are all one {@code add phi, c} or
 * {@code sub phi, c} inside the loop, with {@code c} a non-zero integer constant.
 * <pre>
 * b1:  v2 = phi i32 [b0: 0, b2: v7]       ==>  of(loop b1) = [v2 = {0, +1}]
 *      ...
 * b2:  v7 = add v2, 1
 * </pre>
 * Derived induction variables ({@code 4*i + base}) are left to the passes that need them.
 */
public final class InductionVariables {
    private final Map<Loop, List<InductionVariable>> byLoop = new HashMap<>();
    private final Map<Instr, InductionVariable> byPhi = new HashMap<>();

    private InductionVariables(LoopForest forest) {
        for (Loop l : forest.loops()) {
            List<InductionVariable> ivs = new ArrayList<>();
            for (Instr phi : l.header().phis()) basic(l, phi).ifPresent(ivs::add);
            byLoop.put(l, List.copyOf(ivs));
            for (InductionVariable iv : ivs) byPhi.put(iv.phi(), iv);
        }
    }

    public static InductionVariables of(LoopForest forest) {
        return new InductionVariables(forest);
    }

    /** The loop's basic induction variables, in the order of the header's phis. */
    public List<InductionVariable> of(Loop loop) { return byLoop.getOrDefault(loop, List.of()); }

    /** The induction variable whose header phi is {@code phi}. */
    public Optional<InductionVariable> get(Instr phi) { return Optional.ofNullable(byPhi.get(phi)); }

    private static Optional<InductionVariable> basic(Loop loop, Instr phi) {
        Type t = phi.type();
        if (t.kind() != Type.Kind.I32 && t.kind() != Type.Kind.I64) return Optional.empty();
        Value init = null;
        Instr update = null;
        List<Block> preds = phi.block().preds();
        for (int k = 0; k < preds.size(); k++) {
            Value v = phi.arg(k);
            if (loop.contains(preds.get(k))) {
                if (!(v instanceof Instr u) || (update != null && update != u)) return Optional.empty();
                update = u;
            } else {
                if (init != null && !same(init, v)) return Optional.empty();
                init = v;
            }
        }
        if (init == null || update == null || update.block() == null || !loop.contains(update.block())) return Optional.empty();
        Long step = step(phi, update);
        if (step == null || step == 0) return Optional.empty();
        return Optional.of(new InductionVariable(phi, init, step, update));
    }

    /** The constant step of {@code update} over {@code phi}: {@code add phi, c}, {@code add c, phi}, {@code sub phi, c}. */
    private static Long step(Instr phi, Instr update) {
        if (update.args().size() != 2) return null;
        Value a = update.arg(0), b = update.arg(1);
        return switch (update.op()) {
            case ADD -> a == phi && b instanceof Const c ? (Long) c.longValue()
                    : b == phi && a instanceof Const c ? (Long) c.longValue() : null;
            case SUB -> a == phi && b instanceof Const c ? (Long) (-c.longValue()) : null;
            default -> null;
        };
    }

    private static boolean same(Value a, Value b) {
        return a == b || a instanceof Const && a.equals(b);
    }
}
