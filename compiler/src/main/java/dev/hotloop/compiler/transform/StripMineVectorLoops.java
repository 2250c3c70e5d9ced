package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.analysis.InductionVariables;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.analysis.LoopForest;
import dev.hotloop.compiler.analysis.Reduction;
import dev.hotloop.compiler.analysis.TripCount;
import dev.hotloop.compiler.diag.CompileError;
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
import dev.hotloop.compiler.vector.LoopVerdict;
import dev.hotloop.compiler.vector.VectorVerdicts;
import dev.hotloop.compiler.vector.VectorizeLoops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Moves every loop the vectoriser takes (inner or outer form, in the kernel, its helpers and
 * parallel chunks) into a <em>block</em> function over iterations {@code [lo, hi)}, called once per
 * block of {@code B} iterations from a serial strip loop left in its place (see {@link StripNames}).
 * <pre>
 * for (i = 0; i &lt; n; i++) s += a[i];    ==>   s = 0; for (lo = 0; lo &lt; n; lo = hi) { hi = n - lo &lt; 2B ? n : lo + B; s = block$0(lo, hi, a, s); }
 *                                              block$0(lo, hi, a, s): for (i = lo; i &lt; hi; i++) s += a[i]; return s;
 * </pre>
 * Why: Vector API code is fast only once C2 compiles it (in the interpreter and C1 every vector op
 * allocates). A kernel over 10M elements called a few dozen times never reaches C2's compile of
 * the kernel method, and runs at C1 speed until the loop's OSR compile; a block method is called
 * thousands of times per call, so it reaches C2 by invocation count whatever the array size, and
 * C2 compiles it alone with a full inlining budget.
 *
 * <p>Blocks run in order on the caller's thread, so stores and exceptions happen as in the loop;
 * reductions carry the running value from block to block (in as a parameter, back as the result,
 * or through one-element arrays when there are several), never identity-and-combine, so the
 * order of operations is the loop's own. The vector guards (nulls, bounds, aliasing) run per
 * block: a block that would fail runs scalar and throws at the element plain Java throws at. A
 * block that draws random numbers gets the caller's stream (the back end passes it), and draws from
 * the vector generator that stream carries: made by the first block, carried on by the next.
 *
 * <p>The outlining is {@link ChunkBuilder}'s, the loop's replacement {@link OutlineParallelLoops}'s
 * ({@link OutlineParallelLoops#open}, {@link OutlineParallelLoops#close}); this pass only chooses
 * the loops and writes the strip loop. It asks the vectoriser which loops it takes before it
 * outlines and checks that the block's own loop is taken too (so it never strips a loop that the
 * block would run scalar); {@code VectorizeLoops}, run after it, plans the blocks' loops again on
 * the final IR, and the back end needs no change but the stream passing. A loop that cannot be
 * outlined (several exits, a value other than a reduction read after it) stays where it is. The
 * pass cleans up after itself ({@link DeadCode}, {@link SimplifyCfg}) when it stripped a loop.
 * Nothing happens when {@code vectorBits} is 0.
 */
public final class StripMineVectorLoops implements Pass {
    private final Options options;
    /** The verdicts, before stripping, on the loops around a stripped loop (see {@link #enclosingVerdicts}). */
    private final List<LoopVerdict> enclosing = new ArrayList<>();
    private final Set<Block> enclosingHeaders = Collections.newSetFromMap(new IdentityHashMap<>());

    public StripMineVectorLoops(Options options) {
        this.options = options;
    }

    /**
     * What the vectoriser said, before this pass ran, of the loops around the loops it stripped: a
     * loop around a strip loop holds a call of a block, and judged again it would be refused for
     * that instead of its own reason. {@code VectorizeLoops} reports these instead.
     */
    public List<LoopVerdict> enclosingVerdicts() {
        return enclosing;
    }

    @Override
    public String name() { return "strip-mine"; }

    @Override
    public void run(Program program) {
        if (options.vectorBits() <= 0) return;
        List<Function> functions = new ArrayList<>(List.of(program.kernel()));
        functions.addAll(program.helpers().values());
        int[] next = {0};
        for (Function f : functions) mine(program, f, next);
        if (next[0] == 0) return;
        // the loops left behind, as after outlining parallel loops
        new DeadCode().run(program);
        new SimplifyCfg().run(program);
    }

    /** Strips the vectorised loops of {@code f}, one at a time (each outlining changes the CFG). */
    private void mine(Program program, Function f, int[] next) {
        Set<Block> tried = Collections.newSetFromMap(new IdentityHashMap<>());
        while (true) {
            LoopForest forest = LoopForest.of(f);
            if (forest.irreducible()) return;
            VectorVerdicts verdicts = VectorizeLoops.verdictsOf(f, options);
            InductionVariables ivs = InductionVariables.of(forest);
            boolean changed = false;
            for (Loop loop : forest.loops()) {
                LoopVerdict v = verdicts.of(f, loop.header());
                if (v == null || !v.vectorised() || !tried.add(loop.header()) || StripNames.blockOf(program, loop) != null) continue;
                ParallelLoop plan = check(f, loop, ivs, forest);
                if (plan == null) continue;
                MethodRef ref = new MethodRef(StripNames.BLOCK_OWNER, StripNames.BLOCK_PREFIX + next[0],
                        ChunkBuilder.blockSignature(plan).descriptor());
                Function block = ChunkBuilder.build(plan, ref.name(), ChunkBuilder.Shape.BLOCK);
                if (!stillVectorised(block)) continue;
                next[0]++;
                for (Loop up = loop.parent(); up != null; up = up.parent()) {
                    LoopVerdict around = verdicts.of(f, up.header());
                    if (around != null && !around.vectorised() && enclosingHeaders.add(up.header())) enclosing.add(around);
                }
                program.helpers().put(ref, block);
                replaceLoop(plan, ref, blockSize(loop));
                changed = true;
                break;
            }
            if (!changed) return;
        }
    }

    /** The loop as an outlinable loop, or null when it is not one (it then stays inline). */
    private static ParallelLoop check(Function f, Loop loop, InductionVariables ivs, LoopForest forest) {
        Optional<TripCount> trip = TripCount.of(loop, ivs, forest.dominators());
        if (trip.isEmpty()) return null;
        // the strip loop counts trips in the IR: exact for int variables, and for long ones by 1
        if (trip.get().iv().phi().type().kind() == Type.Kind.I64 && Math.abs(trip.get().iv().step()) != 1) return null;
        try {
            return ParallelLoop.check(f, loop, trip.get().iv().phi(), ivs, forest.dominators());
        } catch (CompileError e) {
            return null;
        }
    }

    /** The block's outermost loop vectorises as the original did: only then is stripping worth it. */
    private boolean stillVectorised(Function block) {
        new DeadCode().run(new Program(block)); // the copy of the loop's own exit test, which the block replaced
        LoopForest forest = LoopForest.of(block);
        VectorVerdicts verdicts = VectorizeLoops.verdictsOf(block, options);
        for (Loop l : forest.loops()) {
            if (l.depth() != 1) continue;
            LoopVerdict v = verdicts.of(block, l.header());
            return v != null && v.vectorised();
        }
        return false;
    }

    /**
     * {@link StripNames#HEAVY_BLOCK} for a body with an inner loop or a call, {@link StripNames#RANDOM_BLOCK}
     * for one that draws random numbers, else {@link StripNames#LIGHT_BLOCK}.
     */
    static long blockSize(Loop loop) {
        if (OutlineParallelLoops.heavy(loop)) return StripNames.HEAVY_BLOCK;
        return loop.draws() ? StripNames.RANDOM_BLOCK : StripNames.LIGHT_BLOCK;
    }

    /** The strip loop where the loop was: see {@link StripNames}. */
    private static void replaceLoop(ParallelLoop plan, MethodRef ref, long size) {
        Function f = plan.function();
        int line = plan.line();
        OutlineParallelLoops.Launch at = OutlineParallelLoops.open(plan, true);
        Block launch = at.block();
        Instr trips = at.trips();
        List<Reduction> reductions = plan.reductions();
        boolean single = reductions.size() == 1;
        List<Instr> accs = new ArrayList<>();
        if (!single) {
            for (Reduction r : reductions) {
                Instr acc = launch.add(f.newInstr(Op.NEWARRAY, Type.array(r.phi().type()), Const.i32(1)).setLine(line));
                launch.add(f.newInstr(Op.ASTORE, Type.VOID, acc, Const.i32(0), r.init()).setLine(line));
                accs.add(acc);
            }
        }
        Block head = f.newBlock(), body = f.newBlock(), done = f.newBlock();
        f.jump(launch, head).setLine(line);
        Instr lo = f.newInstr(Op.PHI, Type.I64);
        head.add(lo);
        Instr acc = single ? head.add(f.newInstr(Op.PHI, reductions.getFirst().phi().type())) : null;
        Instr more = head.add(f.newInstr(Op.CMP, Type.BOOL, lo, trips).setAux(Cond.LT).setLine(line));
        f.branch(head, more, body, done).setLine(line);

        // the span is min(trips - lo, B): lo + B may overflow where trips - lo cannot
        Instr rest = body.add(f.newInstr(Op.SUB, Type.I64, trips, lo).setLine(line));
        Instr span = OutlineParallelLoops.call(body, f, Type.I64, StripNames.MIN, line, rest, Const.i64(size));
        // a short last block joins the one before it: from B iterations on, every block has B to 2B - 1, so a
        // block method sees fewer than B only for a whole loop that short (the vector back end runs those wide)
        Instr left = body.add(f.newInstr(Op.SUB, Type.I64, rest, span).setLine(line));
        Instr shortLast = body.add(f.newInstr(Op.CMP, Type.BOOL, left, Const.i64(size)).setAux(Cond.LT).setLine(line));
        Instr whole = body.add(f.newInstr(Op.SELECT, Type.I64, shortLast, rest, span).setLine(line));
        Instr hi = body.add(f.newInstr(Op.ADD, Type.I64, lo, whole).setLine(line));
        List<Value> args = new ArrayList<>(List.of(lo, hi));
        args.addAll(plan.liveIns());
        if (single) args.add(acc);
        else args.addAll(accs);
        Instr result = OutlineParallelLoops.call(body, f, ref.signature().result(), ref, line, args.toArray(Value[]::new));
        f.jump(body, head).setLine(line);
        // phi operands in the order of head's predecessors: launch, then body
        lo.addArg(Const.i64(0));
        lo.addArg(hi);
        if (single) {
            acc.addArg(reductions.getFirst().init());
            acc.addArg(result);
        }

        List<Value> results = new ArrayList<>();
        if (single) {
            results.add(acc);
        } else {
            for (int r = 0; r < reductions.size(); r++) {
                Type t = reductions.get(r).phi().type();
                results.add(done.add(f.newInstr(Op.ALOAD, t, accs.get(r), Const.i32(0)).setLine(line)));
            }
        }
        OutlineParallelLoops.close(plan, at, done, results);
    }
}
