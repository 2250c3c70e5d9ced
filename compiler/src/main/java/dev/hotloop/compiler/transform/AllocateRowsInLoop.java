package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.analysis.DominatorTree;
import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.InductionVariables;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.analysis.LoopForest;
import dev.hotloop.compiler.analysis.TripCount;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a 2-D allocation {@code r = new T[n][m]} that a loop {@code for (i = 0; i < n; i++)}
 * fills row by row: {@code r = new T[n][]} stays where the allocation was, and each iteration
 * starts with {@code r[i] = new T[m]}. A row is then zeroed just before the iteration writes it,
 * while it is in cache, and in a {@code @Parallel} loop by the thread that fills it (zeroing
 * 8 MB up front on one thread cost as much as the whole loop on go_fast).
 * <pre>
 * v23 = newarray f64[][] v14, v21          v23 = newarray f64[][] v14
 * loop b7 over v25 in [0, v14):      ==>   loop b7 over v25 in [0, v14):
 *   v36 = aload v23, v25                     v80 = newarray f64[] v21   (top of the body)
 *   astore v36, v30, v41                     astore v23, v25, v80
 *                                            astore v80, v30, v41
 * </pre>
 * Plain Java cannot tell the difference, because {@code r} has not escaped while the loop runs:
 * <ul>
 *   <li>the loop is counted from 0 by 1 to exactly {@code n} (the first length), leaves only
 *       through its header's test, and runs once per allocation (it sits in the same enclosing
 *       loops as the allocation), so every row exists once it ends;</li>
 *   <li>inside it {@code r} is read only as {@code r[i]} with the loop's own variable (or its
 *       length); before it, nothing but its length; everything else comes after the loop's exit;
 *       an exception in the loop leaves {@code r} unreachable, missing rows and all;</li>
 *   <li>{@code m < 0} still throws {@code NegativeArraySizeException} where the allocation was,
 *       after {@code n < 0}, with the same message: a {@code new T[min(m, 0)]} there checks it,
 *       unless {@code m} is known not to be negative (a length, a constant);</li>
 *   <li>the row is allocated at the top of the body, so an iteration that skips its store
 *       ({@code continue}) still leaves its row behind.</li>
 * </ul>
 * Loads {@code r[i]} in the body become the new row itself. 3-D arrays ({@code new T[n][m][k]},
 * {@code new T[n][m][]}) are left alone. The pass runs on serial loops too: zeroing each row just
 * before it is filled pays there as well.
 */
public final class AllocateRowsInLoop implements Pass {
    /** What {@code explain()} says of a loop that allocates rows this way. */
    public static final String NOTE = "rows of the new 2-D array allocated in the loop: each row is zeroed by the iteration that fills it";

    private static final MethodRef MIN = new MethodRef("java/lang/Math", "min", "(II)I");

    @Override
    public String name() { return "rows-in-loop"; }

    @Override
    public void run(Program program) {
        run(program.kernel());
        for (Function h : program.helpers().values()) run(h);
    }

    /** Returns how many allocations were split. */
    public static int run(Function f) {
        int done = 0;
        for (Fill fill = next(f); fill != null; fill = next(f)) { // a split may add a block: analyse again
            split(f, fill);
            done++;
        }
        return done;
    }

    /** An allocation {@code alloc} whose rows {@code loop} fills, one per value of {@code iv}. */
    private record Fill(Instr alloc, Loop loop, Instr iv) {}

    private static Fill next(Function f) {
        LoopForest forest = LoopForest.of(f);
        if (forest.irreducible()) return null;
        InductionVariables ivs = InductionVariables.of(forest);
        for (Instr alloc : f.instrs()) {
            if (!isMatrix(alloc)) continue;
            Fill fill = fillingLoop(alloc, forest, ivs);
            if (fill != null) return fill;
        }
        return null;
    }

    /** {@code newarray T[][] n, m} with {@code T} primitive: the only shape this pass splits. */
    private static boolean isMatrix(Instr i) {
        if (i.op() != Op.NEWARRAY || i.args().size() != 2) return false;
        Type row = i.type().elem();
        return row.isArray() && !row.elem().isArray();
    }

    /** The loop that fills {@code alloc}'s rows and meets every condition above, or null. */
    private static Fill fillingLoop(Instr alloc, LoopForest forest, InductionVariables ivs) {
        for (Instr u : alloc.users()) {
            if (u.op() != Op.ALOAD || u.arg(0) != alloc || u.block() == null) continue;
            for (Loop loop = forest.loopOf(u.block()); loop != null; loop = loop.parent()) {
                TripCount t = countedFromZero(loop, forest, ivs);
                if (t == null || u.arg(1) != t.iv().phi()) continue;
                boolean keepsCounts = enclosingCountsKept(loop, forest, ivs);
                return keepsCounts && fits(alloc, loop, t, forest) ? new Fill(alloc, loop, t.iv().phi()) : null;
            }
        }
        return null;
    }

    /**
     * Whether every loop around {@code loop} stays counted once it stores rows: a bound read from a
     * row in the loop's own code ({@code t < a[0].length} re-read each time) is invariant only in a
     * loop that stores no array into an array ({@link dev.hotloop.compiler.analysis.Invariance}).
     */
    private static boolean enclosingCountsKept(Loop loop, LoopForest forest, InductionVariables ivs) {
        for (Loop p = loop.parent(); p != null; p = p.parent()) {
            TripCount t = TripCount.of(p, ivs, forest.dominators()).orElse(null);
            if (t != null && readsRow(p, t.bound())) return false;
        }
        return true;
    }

    private static boolean readsRow(Loop loop, Value v) {
        if (!(v instanceof Instr i) || i.block() == null || !loop.contains(i.block())) return false;
        if (i.op() == Op.ALOAD && i.type().isArray()) return true;
        for (Value a : i.args()) if (readsRow(loop, a)) return true;
        return false;
    }

    /** The test of a loop {@code for (int i = 0; i < bound; i++)} that leaves only from its header, or null. */
    private static TripCount countedFromZero(Loop loop, LoopForest forest, InductionVariables ivs) {
        TripCount t = TripCount.of(loop, ivs, forest.dominators()).orElse(null);
        if (t == null || t.exiting() != loop.header() || !t.soleExit() || t.afterStep() || t.cond() != Cond.LT) return null;
        InductionVariable iv = t.iv();
        boolean fromZero = iv.init() instanceof Const c && c.longValue() == 0;
        return fromZero && iv.step() == 1 && iv.phi().type().kind() == Type.Kind.I32 ? t : null;
    }

    private static boolean fits(Instr alloc, Loop loop, TripCount t, LoopForest forest) {
        if (!sameLength(t.bound(), alloc.arg(0), alloc)) return false;
        // once per allocation: the loop's enclosing loops are the allocation's
        if (loop.contains(alloc.block()) || forest.loopOf(alloc.block()) != loop.parent()) return false;
        DominatorTree dom = forest.dominators();
        Block header = loop.header();
        if (loop.exits().size() != 1 || header.succs().size() != 2) return false;
        Block exit = loop.exits().getFirst();
        if (exit.preds().size() != 1 || exit.preds().getFirst() != header) return false;
        Instr iv = t.iv().phi();
        for (Instr u : alloc.users()) {
            if (u.op() == Op.ALEN) continue;
            Block b = u.block();
            if (b == null) return false;
            if (loop.contains(b)) {
                if (b == header || u.op() != Op.ALOAD || u.arg(0) != alloc || u.arg(1) != iv) return false;
            } else if (!dom.dominates(exit, b)) {
                return false; // read, stored, passed or returned before the loop, or on a path around it
            }
        }
        return true;
    }

    /** Whether {@code bound} is the first length {@code n}: the same value, {@code r.length}, or the length of the same array. */
    private static boolean sameLength(Value bound, Value n, Instr alloc) {
        if (bound == n) return true;
        if (!(bound instanceof Instr b) || b.op() != Op.ALEN) return false;
        if (b.arg(0) == alloc) return true;
        return n instanceof Instr ni && ni.op() == Op.ALEN && ni.arg(0) == b.arg(0);
    }

    private static void split(Function f, Fill fill) {
        Instr alloc = fill.alloc(), iv = fill.iv();
        Loop loop = fill.loop();
        Value m = alloc.arg(1);
        Type rowType = alloc.type().elem();
        int line = alloc.line();
        alloc.removeArg(1); // new T[n][]: throws for n < 0 as before, with the same message
        if (!nonNegative(m, new ArrayList<>())) {
            // m < 0 must throw here too, after n: new T[min(m, 0)] does, naming m
            Block at = alloc.block();
            Instr next = at.instrs().get(at.instrs().indexOf(alloc) + 1);
            Instr low = at.insertBefore(next, f.newInstr(Op.CALL, Type.I32, m, Const.i32(0)).setAux(MIN).setLine(line));
            at.insertBefore(next, f.newInstr(Op.NEWARRAY, rowType, low).setLine(line));
        }
        Block body = bodyEntry(f, loop);
        Instr first = body.instrs().get(body.phis().size());
        Instr row = body.insertBefore(first, f.newInstr(Op.NEWARRAY, rowType, m).setLine(line));
        body.insertBefore(first, f.newInstr(Op.ASTORE, Type.VOID, alloc, iv, row).setLine(line));
        for (Instr u : List.copyOf(alloc.users())) {
            if (u.op() == Op.ALOAD && u.arg(1) == iv && loop.contains(u.block())) {
                u.replaceAllUsesWith(row);
                u.remove();
            }
        }
    }

    /**
     * The block the header enters the body through, with the header as its only predecessor (a
     * new block on that edge when the body starts with an inner loop's header, say), so that it
     * runs exactly once per iteration and dominates the whole body.
     */
    private static Block bodyEntry(Function f, Loop loop) {
        Block header = loop.header();
        Instr branch = header.terminator();
        int k = loop.contains(branch.targets().get(0)) ? 0 : 1;
        Block body = branch.targets().get(k);
        if (body.preds().size() == 1) return body;
        Block edge = f.newBlock();
        branch.targets().set(k, edge);
        edge.preds().add(header);
        Instr jump = f.newInstr(Op.JUMP, Type.VOID).setLine(branch.line());
        jump.targets().add(body);
        edge.add(jump);
        CfgEdits.replacePred(body, header, edge); // the body's phis now take the header's operand from the new block
        CfgEdits.sortReversePostorder(f);
        return edge;
    }

    /** Whether {@code v} is never negative: a constant at least 0, an array length, or a phi of such values only. */
    private static boolean nonNegative(Value v, List<Instr> seen) {
        if (v instanceof Const c) return c.type().isInt() && c.longValue() >= 0;
        if (!(v instanceof Instr i)) return false;
        if (i.op() == Op.ALEN) return true;
        if (i.op() != Op.PHI) return false;
        if (seen.contains(i)) return true; // a phi cycle only passes on what enters it
        seen.add(i);
        for (Value a : i.args()) if (!nonNegative(a, seen)) return false;
        return true;
    }

    /**
     * Whether {@code loop} starts each iteration with {@code r[i] = new T[m]} ({@code i} one of its
     * induction variables): what {@code explain()} reports with {@link #NOTE}.
     */
    public static boolean allocatesRows(Loop loop, InductionVariables ivs) {
        for (InductionVariable iv : ivs.of(loop)) {
            for (Instr u : iv.phi().users()) {
                if (u.op() == Op.ASTORE && u.arg(1) == iv.phi() && u.arg(2) instanceof Instr row && row.op() == Op.NEWARRAY
                        && row.args().size() == 1 && row.block() == u.block() && loop.contains(u.block())) {
                    return true;
                }
            }
        }
        return false;
    }
}
