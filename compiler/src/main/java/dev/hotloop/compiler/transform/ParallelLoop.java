package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.analysis.DominatorTree;
import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.InductionVariables;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.analysis.Reduction;
import dev.hotloop.compiler.analysis.Reductions;
import dev.hotloop.compiler.analysis.TripCount;
import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.diag.SourcePos;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code @Parallel} loop checked for outlining: counted, one way in and one way out (through
 * the header's test), every loop-carried scalar an induction variable, a reduction, or private
 * (not read before it is assigned in an iteration, nor after the loop). Anything else is a
 * {@link CompileError} at the loop's line naming the variable.
 * <pre>
 * for (@Parallel int i = 0; i < n; i++) s += a[i];
 *   ==>  iv i {0, +1}, trip n (lt), reductions [s = add], live-ins [a], privates []
 * </pre>
 *
 * @param liveIns  values defined before the loop that the loop reads (the chunk's parameters), in first-use order
 * @param privates header phis whose value does not survive an iteration (dead cycles)
 */
record ParallelLoop(Function function, Loop loop, Instr parallelPhi, TripCount trip, List<InductionVariable> ivs,
                    List<Reduction> reductions, List<Instr> privates, Block preheader, Block exit, List<Value> liveIns) {

    static ParallelLoop check(Function f, Loop loop, Instr phi, InductionVariables ivs, DominatorTree dom) {
        Block header = loop.header();
        int line = line(header);
        String var = name(f, phi);
        Optional<TripCount> trip = TripCount.of(loop, ivs, dom);
        if (ivs.get(phi).isEmpty()) {
            throw error(f, line, var, "is not a counted loop: " + var + " does not change by a constant non-zero step each iteration");
        }
        if (trip.isEmpty() || trip.get().iv().phi() != phi) {
            throw error(f, line, var, "is not a counted loop: it must test " + var + " against a bound that does not change in the loop");
        }
        TripCount t = trip.get();
        if (loop.exits().size() != 1 || !loop.exiting().equals(List.of(header)) || t.exiting() != header || t.afterStep()) {
            throw error(f, line, var, "may not leave early (break, return or a test after the body)");
        }
        List<Block> outside = header.preds().stream().filter(p -> !loop.contains(p)).toList();
        if (outside.size() != 1) throw error(f, line, var, "has " + outside.size() + " entries");
        List<Reduction> reductions = Reductions.of(loop, ivs);
        List<InductionVariable> loopIvs = ivs.of(loop);
        List<Instr> privates = new ArrayList<>();
        for (Instr p : header.phis()) {
            if (ivs.get(p).isPresent() || reductions.stream().anyMatch(r -> r.phi() == p)) continue;
            if (onlyPhiUsers(p)) {
                privates.add(p);
                continue;
            }
            throw new CompileError(new SourcePos(f.sourceFile(), line), "variable " + name(f, p) + " in the @Parallel loop on " + var,
                    "is carried from one iteration to the next but is not a reduction" + operators(loop, p),
                    "update it with one operator (+ - * min max | & ^), or compute it from " + var);
        }
        for (Block b : loop.blocks()) {
            for (Instr i : b.instrs()) {
                if (i == t.bound() || reductions.stream().anyMatch(r -> r.phi() == i)) continue;
                // an induction variable read after the loop (a count n++) ends at init + trips * step
                if (i.isPhi() && i.block() == header && ivs.get(i).isPresent()) continue;
                if (usedOutside(loop, i)) {
                    throw error(f, line, var, "computes " + (f.varNames().containsKey(i) ? name(f, i) : "a value")
                            + " that is read after the loop (only reductions may be)");
                }
            }
        }
        Block exit = loop.exits().getFirst();
        return new ParallelLoop(f, loop, phi, t, loopIvs, reductions, privates, outside.getFirst(), exit, liveIns(loop, loopIvs));
    }

    int line() { return line(loop.header()); }

    String varName() { return name(function, parallelPhi); }

    static String name(Function f, Instr phi) {
        return f.varNames().getOrDefault(phi, phi.ref());
    }

    private static int line(Block header) {
        Instr t = header.terminator();
        return t == null ? 0 : t.line();
    }

    private static CompileError error(Function f, int line, String var, String reason) {
        return new CompileError(new SourcePos(f.sourceFile(), line), "@Parallel loop on " + var, reason,
                "a @Parallel loop must be counted: for (@Parallel int i = lo; i < hi; i += step) with a constant step");
    }

    /** A phi that feeds only phis (its own cycle): nothing reads the value it carries. */
    private static boolean onlyPhiUsers(Instr phi) {
        Set<Instr> seen = new LinkedHashSet<>();
        Deque<Instr> work = new ArrayDeque<>(List.of(phi));
        while (!work.isEmpty()) {
            Instr p = work.poll();
            if (!seen.add(p)) continue;
            for (Instr u : p.users()) {
                if (!u.isPhi()) return false;
                work.add(u);
            }
        }
        return true;
    }

    /** {@code " (updated with add, mul)"}: the operators applied to the running value of {@code phi}. */
    private static String operators(Loop loop, Instr phi) {
        Set<String> ops = new TreeSet<>();
        Set<Instr> seen = new LinkedHashSet<>();
        Deque<Instr> work = new ArrayDeque<>(List.of(phi));
        while (!work.isEmpty()) {
            for (Instr u : work.poll().users()) {
                if (u.block() == null || !loop.contains(u.block()) || !seen.add(u)) continue;
                if (u.isPhi()) {
                    work.add(u);
                } else {
                    ops.add(u.op() == Op.CALL && u.aux() instanceof dev.hotloop.compiler.ir.MethodRef m ? m.name() : u.op().text);
                    if (!u.type().isVoid() && u.op() != Op.CMP) work.add(u);
                }
            }
        }
        if (ops.isEmpty()) return "";
        return (ops.size() > 1 ? " (it is used with several operators: " : " (it is used with: ") + String.join(", ", ops) + ")";
    }

    private static boolean usedOutside(Loop loop, Instr i) {
        for (Instr u : i.users()) if (u.block() != null && !loop.contains(u.block())) return true;
        return false;
    }

    /** Values from before the loop that it reads, in block order of first use; the header's entry operands only for ivs. */
    private static List<Value> liveIns(Loop loop, List<InductionVariable> ivs) {
        Set<Value> out = new LinkedHashSet<>();
        for (InductionVariable iv : ivs) if (!(iv.init() instanceof Const)) out.add(iv.init());
        for (Block b : loop.blocks()) {
            for (Instr i : b.instrs()) {
                if (i.isPhi() && b == loop.header()) {
                    for (int k = 0; k < i.args().size(); k++) {
                        if (loop.contains(b.preds().get(k))) addIfOutside(loop, i.arg(k), out);
                    }
                    continue;
                }
                for (Value a : i.args()) addIfOutside(loop, a, out);
            }
        }
        return new ArrayList<>(out);
    }

    private static void addIfOutside(Loop loop, Value v, Set<Value> out) {
        if (v instanceof Param || v instanceof Instr i && !loop.contains(i.block())) out.add(v);
    }
}
