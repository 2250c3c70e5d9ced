package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.InductionVariables;
import dev.hotloop.compiler.analysis.Invariance;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.analysis.LoopForest;
import dev.hotloop.compiler.analysis.Reduction;
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
 * Under {@code @Jit(parallel = true)}, moves the body of each outermost {@code @Parallel} loop of
 * the kernel into a chunk function (see {@link ChunkBuilder}) and replaces the loop by a call to
 * the runtime driver, then combines the reductions' partial results in chunk order.
 * <pre>
 * b1: loop over i in [0, n), s += a[i]     b5: v20 = call ParallelDriver.trips(JJJI)J 0, n, 1, 0
 *                                     ==>      branch (cmp le v20, 65536L), b6, b8
 *                                          b6: branch (cmp gt v20, 0L), b7, b8
 *                                          b7: v21 = call $hotloop/chunk.chunk$0(JJI[D)D 0L, v20, 0, a     one chunk
 *                                              v22 = call ParallelCombine.add(DD)D 0.0, v21
 *                                          b8: v23 = call ParallelDriver.chunks(JJ)I v20, 65536L           0 or 2+ chunks
 *                                              v24 = newarray f64[] v23
 *                                              call $hotloop/chunk.parallel$0(JJ[D[D)V v20, 65536L, a, v24
 *                                              v25 = call ParallelCombine.add(D[D)D 0.0, v24
 *                                          b9: s = phi [b7: v22, b8: v25]
 * </pre>
 * A loop of one chunk thus costs what the serial loop costs: no partials array, no driver call,
 * and the same bits as the combine of one partial. The chunk count rule stays the driver's.
 * Inner {@code @Parallel} loops run serially inside each chunk. Without the option the pass does
 * nothing: the loops stay as written.
 */
public final class OutlineParallelLoops implements Pass {
    private final boolean parallel;

    public OutlineParallelLoops(Options options) {
        this.parallel = options.parallel();
    }

    @Override
    public String name() { return "outline-parallel"; }

    @Override
    public void run(Program program) {
        if (!parallel) return;
        Function f = program.kernel();
        for (int n = 0; ; ) {
            LoopForest forest = LoopForest.of(f);
            InductionVariables ivs = InductionVariables.of(forest);
            Loop target = null;
            for (Loop loop : forest.loops()) {
                if (parallelPhi(f, loop) != null && outermost(f, loop)) {
                    target = loop;
                    break;
                }
            }
            if (target == null) return;
            if (ConditionalMinMax.rewrite(f, target, ivs)) continue; // the CFG changed: analyse again
            ParallelLoop plan = ParallelLoop.check(f, target, parallelPhi(f, target), ivs, forest.dominators());
            MethodRef chunkRef = new MethodRef(ParallelNames.CHUNK_OWNER, ParallelNames.CHUNK_PREFIX + n++,
                    ChunkBuilder.signature(plan).descriptor());
            program.helpers().put(chunkRef, ChunkBuilder.build(plan, chunkRef.name()));
            replaceLoop(plan, chunkRef, ParallelNames.launcherOf(chunkRef));
        }
    }

    private static Instr parallelPhi(Function f, Loop loop) {
        for (Instr p : loop.header().phis()) if (f.parallelPhis().contains(p)) return p;
        return null;
    }

    private static boolean outermost(Function f, Loop loop) {
        for (Loop l = loop.parent(); l != null; l = l.parent()) if (parallelPhi(f, l) != null) return false;
        return true;
    }

    /**
     * Fewest iterations per chunk: one when the body holds an inner loop or a call (each
     * iteration is real work, and few of them must still spread over the pool), otherwise
     * {@link ParallelNames#lightGrain} of the body's estimated cost (a triad gets 32768, a body
     * with a {@code Math.exp} 2048). A property of the loop, so chunk boundaries still depend
     * only on the trip count.
     */
    public static long grain(Loop loop) {
        if (heavy(loop)) return ParallelNames.HEAVY_GRAIN;
        int cost = 0;
        for (Block b : loop.blocks()) for (Instr i : b.instrs()) cost += ParallelNames.cost(i);
        return ParallelNames.lightGrain(cost);
    }

    /** Whether each iteration of {@code loop} is real work: its body holds an inner loop or a call of another method. */
    static boolean heavy(Loop loop) {
        if (!loop.children().isEmpty()) return true;
        for (Block b : loop.blocks()) {
            for (Instr i : b.instrs()) {
                if (i.op() == Op.CALL && i.aux() instanceof MethodRef m && !m.owner().startsWith("java/lang/")) return true;
            }
        }
        return false;
    }

    /**
     * Puts the chunk's calls where the loop was: the preheader jumps to them, they jump to the exit.
     * A loop of exactly one chunk ({@code 0 < trips <= grain}, the driver's own rule) calls the chunk
     * directly and combines its partial with the two-value combine; otherwise the launcher runs the
     * chunks into partial arrays. A loop whose chunks draw random numbers always goes through the
     * launcher, which hands them the call's stream.
     */
    private static void replaceLoop(ParallelLoop plan, MethodRef chunkRef, MethodRef launcher) {
        Function f = plan.function();
        int line = plan.line();
        Launch at = open(plan);
        Block launch = at.block();
        Instr trips = at.trips();
        Const grain = Const.i64(grain(plan.loop()));
        List<Reduction> rs = plan.reductions();
        if (plan.loop().draws()) { // its chunks take the call's stream from the driver
            close(plan, at, launch, ChunkCalls.narrowed(f, launch, rs, ChunkCalls.launched(plan, launch, launcher, trips, grain), line));
            return;
        }
        Block test = f.newBlock(), one = f.newBlock(), many = f.newBlock(), join = f.newBlock();
        f.branch(launch, launch.add(f.newInstr(Op.CMP, Type.BOOL, trips, grain).setAux(Cond.LE).setLine(line)), test, many)
                .setLine(line);
        f.branch(test, test.add(f.newInstr(Op.CMP, Type.BOOL, trips, Const.i64(0)).setAux(Cond.GT).setLine(line)), one, many)
                .setLine(line);
        List<Value> direct = ChunkCalls.direct(plan, one, chunkRef, trips);
        List<Value> split = ChunkCalls.launched(plan, many, launcher, trips, grain);
        f.jump(one, join).setLine(line);
        f.jump(many, join).setLine(line);
        List<Value> results = new ArrayList<>();
        for (int r = 0; r < rs.size(); r++) {
            Instr phi = join.add(f.newInstr(Op.PHI, rs.get(r).phi().type()));
            phi.addArg(direct.get(r));  // join's preds: one, then many
            phi.addArg(split.get(r));
            results.add(phi);
        }
        close(plan, at, join, ChunkCalls.narrowed(f, join, rs, results, line));
    }

    /**
     * Where a checked loop is replaced by calls of its outlined function: a new block the
     * preheader now jumps to, the loop's bound computed there and its trip count
     * ({@code ParallelDriver.trips}). Shared with {@link StripMineVectorLoops}.
     */
    record Launch(Block block, Value bound, Instr trips) {}

    /** Opens the replacement of {@code plan}'s loop: see {@link Launch}. Nothing is unlinked yet. */
    static Launch open(ParallelLoop plan) {
        return open(plan, false);
    }

    /**
     * As above; with {@code inline} the trip count is computed in the IR, as {@code ParallelDriver.trips}
     * does, so that the code needs no runtime (a serial strip loop).
     */
    static Launch open(ParallelLoop plan, boolean inline) {
        Function f = plan.function();
        Loop loop = plan.loop();
        Block header = loop.header();
        int line = plan.line();
        Block launch = f.newBlock();
        Instr pre = plan.preheader().terminator();
        for (int k = 0; k < pre.targets().size(); k++) {
            if (pre.targets().get(k) == header) {
                pre.targets().set(k, launch);
                launch.preds().add(plan.preheader());
            }
        }
        Value bound = hoist(f, loop, plan.trip().bound(), launch, line);
        Value init = plan.trip().iv().init();
        long step = plan.trip().iv().step();
        Value initL = widen(f, launch, init, line), boundL = widen(f, launch, bound, line);
        Instr trips = inline ? trips(f, launch, initL, boundL, step, plan.trip().inclusive(), line)
                : call(launch, f, Type.I64, ParallelNames.TRIPS, line, initL, boundL, Const.i64(step),
                        Const.i32(plan.trip().inclusive() ? 1 : 0));
        return new Launch(launch, bound, trips);
    }

    /**
     * {@code ParallelDriver.trips} in the IR: the distance to the bound (plus one when inclusive),
     * at least 0, divided by the step rounding up. Exact for bounds of the variable's own type
     * when {@code distance + |step| - 1} does not overflow (an int variable, or a step of 1).
     */
    private static Instr trips(Function f, Block b, Value init, Value bound, long step, boolean inclusive, int line) {
        Instr d = b.add(f.newInstr(Op.SUB, Type.I64, step > 0 ? bound : init, step > 0 ? init : bound).setLine(line));
        if (inclusive) d = b.add(f.newInstr(Op.ADD, Type.I64, d, Const.i64(1)).setLine(line));
        d = call(b, f, Type.I64, new MethodRef("java/lang/Math", "max", "(JJ)J"), line, d, Const.i64(0));
        long by = Math.abs(step);
        if (by == 1) return d;
        Instr up = b.add(f.newInstr(Op.ADD, Type.I64, d, Const.i64(by - 1)).setLine(line));
        return b.add(f.newInstr(Op.DIV, Type.I64, up, Const.i64(by)).setLine(line));
    }

    /**
     * Closes the replacement: {@code last} (reached once the outlined function has run every
     * iteration) computes the induction variables' final values and jumps to the loop's exit; the
     * loop is unlinked, and what follows it reads {@code results} (one per reduction) instead.
     */
    static void close(ParallelLoop plan, Launch at, Block last, List<Value> results) {
        Function f = plan.function();
        Loop loop = plan.loop();
        Block header = loop.header();
        int line = plan.line();
        List<Value> ends = new ArrayList<>();
        for (InductionVariable iv : plan.ivs()) ends.add(end(f, last, iv, at.trips(), line));
        Instr jump = f.newInstr(Op.JUMP, Type.VOID).setLine(line);
        jump.targets().add(plan.exit());
        last.add(jump);
        CfgEdits.replacePred(plan.exit(), header, last);

        // unlink the loop, then point what follows it at the combined results
        for (Block b : loop.blocks()) for (Instr i : b.instrs()) i.clearArgs();
        for (int r = 0; r < plan.reductions().size(); r++) plan.reductions().get(r).phi().replaceAllUsesWith(results.get(r));
        for (int k = 0; k < plan.ivs().size(); k++) plan.ivs().get(k).phi().replaceAllUsesWith(ends.get(k));
        Value bound = at.bound();
        if (bound instanceof Instr bi && plan.trip().bound() instanceof Instr orig && orig != bi) orig.replaceAllUsesWith(bi);
        for (Block b : loop.blocks()) for (Instr i : b.instrs()) f.varNames().remove(i);
        CfgEdits.sortReversePostorder(f);
    }

    /** The value of {@code iv} after {@code trips} iterations, in its own (wrapping) arithmetic. */
    private static Value end(Function f, Block b, InductionVariable iv, Value trips, int line) {
        Type t = iv.phi().type();
        boolean wide = t.kind() == Type.Kind.I64;
        Value n = wide ? trips : b.add(f.newInstr(Op.CONV, t, trips).setAux(t).setLine(line));
        Instr by = b.add(f.newInstr(Op.MUL, t, n, wide ? Const.i64(iv.step()) : Const.i32((int) iv.step())).setLine(line));
        return b.add(f.newInstr(Op.ADD, t, iv.init(), by).setLine(line));
    }

    static Instr call(Block b, Function f, Type t, MethodRef ref, int line, Value... args) {
        return b.add(f.newInstr(Op.CALL, t, args).setAux(ref).setLine(line));
    }

    private static Value widen(Function f, Block b, Value v, int line) {
        if (v.type().kind() == Type.Kind.I64) return v;
        if (v instanceof Const c) return Const.i64(c.longValue());
        return b.add(f.newInstr(Op.CONV, Type.I64, v).setAux(Type.I64).setLine(line));
    }

    /** {@code v} computed in {@code b}: itself when defined outside the loop, else a copy of its invariant computation. */
    private static Value hoist(Function f, Loop loop, Value v, Block b, int line) {
        if (!(v instanceof Instr i) || !loop.contains(i.block())) return v;
        if (i.isPhi() || !Invariance.isInvariant(loop, i)) throw new IllegalStateException("bound " + v + " is not invariant");
        List<Value> args = new ArrayList<>();
        for (Value a : i.args()) args.add(hoist(f, loop, a, b, line));
        return b.add(f.newInstr(i.op(), i.type(), args).setAux(i.aux()).setLine(i.line()));
    }
}
