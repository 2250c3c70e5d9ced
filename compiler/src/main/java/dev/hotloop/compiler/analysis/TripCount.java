package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a counted loop ends: it runs while {@code iv cond bound} holds, tested in {@code exiting}
 * on every iteration, where {@code bound} is loop-invariant. {@code cond} is normalised so the
 * loop stays while it is true and the induction variable stands on the left.
 * <pre>
 * for (int i = 0; i < n; i++)        ==>  trip v1 (lt)                  iv {0, +1}, bound n
 * for (int i = n; i >= 0; i--)       ==>  trip 0 (ge)                   inclusive
 * do { ... i += 2; } while (i < n)   ==>  trip v1 (lt, after step)      tests the updated value
 * for (...; i < n; ...) { if (...) break; }  ==>  trip v1 (lt, early exit)
 * </pre>
 * The number of iterations is then {@code max(0, ceil((bound - init) / step))} for {@code lt}
 * with the phi tested (one more for an inclusive condition), unless {@code soleExit} is false.
 * The bound is {@linkplain Invariance invariant} but may be computed inside the loop, as javac
 * does with {@code a.length}; a pass that needs it before the loop recomputes it there.
 *
 * @param iv        the induction variable the test reads
 * @param bound     the loop-invariant other side of the comparison
 * @param cond      one of {@code lt le gt ge} (or {@code ne} for a step of one)
 * @param inclusive the bound itself is still iterated ({@code le}, {@code ge})
 * @param afterStep the test reads {@code iv.update()} (do-while shape), not the phi
 * @param exiting   the block whose branch tests
 * @param soleExit  no other edge leaves the loop: the count is exact, not just an upper bound
 */
public record TripCount(InductionVariable iv, Value bound, Cond cond, boolean inclusive, boolean afterStep,
                        Block exiting, boolean soleExit) {

    /** The counted-loop test of {@code loop}, preferring the header's; empty when there is none. */
    public static Optional<TripCount> of(Loop loop, InductionVariables ivs, DominatorTree dom) {
        List<Block> candidates = new ArrayList<>(loop.exiting());
        // the header first: a for or while loop tests there
        if (candidates.remove(loop.header())) candidates.addFirst(loop.header());
        for (Block b : candidates) {
            if (!loop.latches().stream().allMatch(l -> dom.dominates(b, l))) continue; // not tested every iteration
            Optional<TripCount> t = test(loop, ivs, b);
            if (t.isPresent()) return t;
        }
        return Optional.empty();
    }

    private static Optional<TripCount> test(Loop loop, InductionVariables ivs, Block b) {
        Instr t = b.terminator();
        if (t == null || t.op() != Op.BRANCH || !(t.arg(0) instanceof Instr cmp) || cmp.op() != Op.CMP) return Optional.empty();
        boolean stayOnTrue = loop.contains(t.targets().get(0));
        if (stayOnTrue == loop.contains(t.targets().get(1))) return Optional.empty();
        Cond c = stayOnTrue ? cmp.cond() : cmp.cond().negate();
        for (InductionVariable iv : ivs.of(loop)) {
            Value x = cmp.arg(0), y = cmp.arg(1);
            Cond cc = c;
            if (!reads(iv, x)) {
                if (!reads(iv, y)) continue;
                Value s = x;
                x = y;
                y = s;
                cc = cc.swap();
            }
            cc = cc.ordered(); // integers have no NaN: !(i < n) is i >= n
            if (!Invariance.isInvariant(loop, y) || !fits(cc, iv.step())) continue;
            boolean inclusive = cc == Cond.LE || cc == Cond.GE;
            return Optional.of(new TripCount(iv, y, cc, inclusive, x == iv.update(), b, loop.exiting().size() == 1));
        }
        return Optional.empty();
    }

    private static boolean reads(InductionVariable iv, Value v) {
        return v == iv.phi() || v == iv.update();
    }

    /** Conditions under which stepping by {@code step} ends the loop without wrapping around. */
    private static boolean fits(Cond c, long step) {
        return switch (c) {
            case LT, LE -> step > 0;
            case GT, GE -> step < 0;
            case NE -> step == 1 || step == -1;
            default -> false;
        };
    }

    /** The form check lines use: {@code trip v1 (lt)}, {@code trip 10 (le, after step, early exit)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("trip ").append(bound.ref()).append(" (").append(cond.text());
        if (afterStep) s.append(", after step");
        if (!soleExit) s.append(", early exit");
        return s.append(')').toString();
    }
}
