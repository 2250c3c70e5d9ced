package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line per loop with what the loop analyses found, for golden files, IR dumps and
 * debugging. The induction variable a trip count tests is listed first.
 * <pre>
 * loop b1 depth 1 blocks [b1, b2] exits [b3] iv v2 = {0, +1} trip v1 (lt) lines 4-6
 * loop b4 depth 2 blocks [b4, b5] exits [b6] lines 5          (no induction variable, no trip count)
 *   conflict v1[v2] written, v1[v2 - 1] read                  (iterations that touch one element)
 * no loops                                                    (a function without loops)
 * irreducible control flow                                    (a cycle with two entries, not a loop)
 * </pre>
 */
public final class LoopSummary {
    private LoopSummary() {}

    public static List<String> describe(Function f) {
        LoopForest forest = LoopForest.of(f);
        InductionVariables ivs = InductionVariables.of(forest);
        List<String> out = new ArrayList<>();
        for (Loop l : forest.loops()) {
            StringBuilder s = new StringBuilder("loop ").append(l.header()).append(" depth ").append(l.depth())
                    .append(" blocks ").append(l.blocks()).append(" exits ").append(l.exits());
            Optional<TripCount> trip = TripCount.of(l, ivs, forest.dominators());
            List<InductionVariable> list = new ArrayList<>(ivs.of(l));
            trip.ifPresent(t -> {
                list.remove(t.iv());
                list.addFirst(t.iv());
            });
            for (InductionVariable iv : list) s.append(" iv ").append(iv);
            trip.ifPresent(t -> s.append(' ').append(t));
            for (Reduction r : Reductions.of(l, ivs)) s.append(" reduction ").append(r);
            LoopLines lines = LoopLines.of(l);
            if (lines.known()) s.append(" lines ").append(lines.where("").substring(1));
            out.add(s.toString());
            for (String c : ArrayAccesses.of(l, ivs).conflicts()) out.add("  conflict " + c);
        }
        if (forest.irreducible()) out.add("irreducible control flow");
        if (out.isEmpty()) out.add("no loops");
        return out;
    }
}
