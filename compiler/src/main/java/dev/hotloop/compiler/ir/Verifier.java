package dev.hotloop.compiler.ir;

import dev.hotloop.compiler.analysis.DominatorTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the invariants every pass must keep, and lists every broken one:
 * <ul>
 *   <li>each block ends in exactly one terminator; phis come first, one operand per predecessor;</li>
 *   <li>the entry has no predecessors; {@code preds(b)} is exactly the blocks whose terminator
 *       targets {@code b}, with multiplicity;</li>
 *   <li>operands have the types their op needs ({@link TypeRules});</li>
 *   <li>every use is dominated by its definition (a phi operand's definition dominates the end
 *       of the corresponding predecessor); uses in unreachable blocks are not checked;</li>
 *   <li>each value's user list holds each instruction once per use, and nothing else.</li>
 * </ul>
 * <pre>
 * Verifier.verify(f)   // IllegalStateException: @sum: 2 problems
 *                      //   b2: v6 = add v3, v5: operands f64 and i32 differ
 *                      //   b3: return v9: v9 is not dominated by its definition in b2
 * </pre>
 * Dominance is checked only when the control-flow graph itself is consistent.
 */
public final class Verifier {
    private final Function f;
    private final List<String> problems = new ArrayList<>();

    private Verifier(Function f) {
        this.f = f;
    }

    /** Throws {@link IllegalStateException} naming every problem, or returns quietly. */
    public static void verify(Function f) {
        List<String> ps = problems(f);
        if (!ps.isEmpty()) {
            throw new IllegalStateException("@" + f.name() + ": " + ps.size() + " problem" + (ps.size() == 1 ? "" : "s")
                    + "\n  " + String.join("\n  ", ps));
        }
    }

    /** Every helper and the kernel. */
    public static void verify(Program p) {
        verify(p.kernel());
        for (Function h : p.helpers().values()) verify(h);
    }

    /** The problems found, one line each; empty when the function is well formed. */
    public static List<String> problems(Function f) {
        Verifier v = new Verifier(f);
        if (f.blocks().isEmpty()) return List.of("no blocks");
        boolean cfgOk = v.structure();
        v.users();
        for (Block b : f.blocks()) {
            for (Instr i : b.instrs()) {
                String why = TypeRules.check(f, i);
                if (why != null) v.problem(b, i, why);
            }
        }
        if (cfgOk) v.dominance();
        return List.copyOf(v.problems);
    }

    /** Terminators, phi placement and the predecessor lists; false when the CFG is unusable. */
    private boolean structure() {
        boolean ok = true;
        Set<Block> inFunction = new HashSet<>(f.blocks());
        Set<Instr> seen = new HashSet<>();
        Map<Block, List<Block>> expectedPreds = new HashMap<>();
        for (Block b : f.blocks()) expectedPreds.put(b, new ArrayList<>());
        for (Block b : f.blocks()) {
            List<Instr> is = b.instrs();
            if (is.isEmpty() || !is.getLast().isTerminator()) {
                problems.add(b + ": does not end in a terminator");
                ok = false;
            }
            boolean phisDone = false;
            for (int k = 0; k < is.size(); k++) {
                Instr i = is.get(k);
                if (!seen.add(i)) problem(b, i, "appears twice in the function");
                if (i.block() != b) problem(b, i, "thinks it is in " + i.block());
                if (i.isTerminator() && k != is.size() - 1) {
                    problem(b, i, "terminator before the end of the block");
                    ok = false;
                }
                if (!i.isTerminator() && !i.targets().isEmpty()) problem(b, i, "has targets but is not a terminator");
                if (i.isPhi() && phisDone) problem(b, i, "phi after a non-phi instruction");
                if (!i.isPhi()) phisDone = true;
                if (i.isPhi() && i.args().size() != b.preds().size()) {
                    problem(b, i, i.args().size() + " operands for " + b.preds().size() + " predecessors");
                }
            }
            for (Block s : b.succs()) {
                if (!inFunction.contains(s)) {
                    problems.add(b + ": targets " + s + ", which is not in the function");
                    ok = false;
                } else {
                    expectedPreds.get(s).add(b);
                }
            }
        }
        if (!f.entry().preds().isEmpty()) {
            problems.add(f.entry() + ": the entry has predecessors " + f.entry().preds());
            ok = false;
        }
        for (Block b : f.blocks()) {
            if (!sameMultiset(b.preds(), expectedPreds.get(b))) {
                problems.add(b + ": preds " + b.preds() + " but the terminators targeting it say " + expectedPreds.get(b));
                ok = false;
            }
        }
        return ok;
    }

    /** User lists against operands, both ways, counting repeats. */
    private void users() {
        Set<Instr> all = new HashSet<>(f.instrs());
        List<Value> defs = new ArrayList<>(f.params());
        defs.addAll(f.instrs());
        for (Value v : defs) {
            Map<Instr, Integer> uses = new HashMap<>();
            for (Instr u : v.users()) {
                if (!all.contains(u)) problems.add(v.ref() + ": user " + u.ref() + " (" + u.op().text + ") is not in the function");
                uses.merge(u, 1, Integer::sum);
            }
            for (Map.Entry<Instr, Integer> e : uses.entrySet()) {
                long real = e.getKey().args().stream().filter(a -> a == v).count();
                if (real != e.getValue() && all.contains(e.getKey())) {
                    problems.add(v.ref() + ": listed " + e.getValue() + "x as used by " + e.getKey().ref() + ", which uses it " + real + "x");
                }
            }
        }
        for (Instr i : f.instrs()) {
            for (Value a : i.args()) {
                if (a instanceof Const) continue;
                if (!a.users().contains(i)) problem(i.block(), i, a.ref() + " does not list it as a user");
                if (a instanceof Param p && !f.params().contains(p)) problem(i.block(), i, a.ref() + " is a parameter of another function");
                if (a instanceof Instr d && (d.block() == null || !all.contains(d))) problem(i.block(), i, a.ref() + " is not in the function");
            }
        }
    }

    private void dominance() {
        DominatorTree dom = DominatorTree.of(f);
        for (Block b : f.blocks()) {
            if (!dom.isReachable(b)) continue;
            List<Instr> is = b.instrs();
            Map<Instr, Integer> position = new HashMap<>();
            for (int k = 0; k < is.size(); k++) position.putIfAbsent(is.get(k), k);
            for (int k = 0; k < is.size(); k++) {
                Instr i = is.get(k);
                for (int a = 0; a < i.args().size(); a++) {
                    if (!(i.arg(a) instanceof Instr d) || d.block() == null) continue;
                    Block db = d.block();
                    if (i.isPhi()) {
                        Block pred = a < b.preds().size() ? b.preds().get(a) : null;
                        if (pred != null && dom.isReachable(pred) && !dom.dominates(db, pred)) {
                            problem(b, i, d.ref() + " (from " + pred + ") is not defined on that path: " + db + " does not dominate " + pred);
                        }
                    } else if (db == b ? position.getOrDefault(d, k) >= k : !dom.dominates(db, b)) {
                        problem(b, i, d.ref() + " is not dominated by its definition in " + db);
                    }
                }
            }
        }
    }

    private void problem(Block b, Instr i, String why) {
        problems.add(b + ": " + render(i) + ": " + why);
    }

    private String render(Instr i) {
        StringBuilder s = new StringBuilder();
        if (!i.type().isVoid()) s.append(i.ref()).append(" = ");
        s.append(i.op().text);
        for (int k = 0; k < i.args().size(); k++) s.append(k == 0 ? " " : ", ").append(i.arg(k).ref());
        return s.toString();
    }

    private static boolean sameMultiset(List<Block> a, List<Block> b) {
        if (a.size() != b.size()) return false;
        List<Block> rest = new ArrayList<>(b);
        for (Block x : a) if (!rest.remove(x)) return false;
        return true;
    }
}
