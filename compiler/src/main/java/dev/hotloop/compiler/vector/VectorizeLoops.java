package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.analysis.InductionVariables;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.analysis.LoopForest;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.transform.Pass;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Plans the vectorisation of every function of the program (the kernel, its helpers
 * and the chunk functions of parallel loops), leaving the IR unchanged: the back end emits each
 * planned loop's vector form in front of its scalar form. Runs last, so the plans' blocks and
 * instructions are the ones emitted. Does nothing when {@code vectorBits} is 0. An innermost loop
 * is {@link VectorLegality}'s; a loop around one innermost loop that stays scalar is
 * {@link OuterLegality}'s (one lane per outer iteration, the inner loop in lockstep).
 * <pre>for (int i = 0; i &lt; n; i++) y[i] = a * x[i] + y[i];   ==>  verdicts(): loop b1 vectorised (DoubleVector 256 bits x4)</pre>
 */
public final class VectorizeLoops implements Pass {
    private final Options options;
    private final Supplier<List<LoopVerdict>> kept;
    private VectorVerdicts verdicts = VectorVerdicts.NONE;

    public VectorizeLoops(Options options) {
        this(options, List::of);
    }

    /**
     * @param kept verdicts that stand as they are when their loop is not vectorised now: the loops
     *             around strip-mined loops, judged before they held a call of a block
     */
    public VectorizeLoops(Options options, Supplier<List<LoopVerdict>> kept) {
        this.options = options;
        this.kept = kept;
    }

    @Override
    public String name() { return "vectorize"; }

    @Override
    public void run(Program program) {
        if (options.vectorBits() <= 0) return;
        VectorVerdicts out = new VectorVerdicts();
        List<Function> functions = new ArrayList<>(List.of(program.kernel()));
        functions.addAll(program.helpers().values());
        for (Function f : functions) plan(f, options, out);
        for (Function f : functions) {
            for (LoopVerdict v : kept.get()) {
                LoopVerdict now = out.of(f, v.loop().header());
                if (now != null && !now.vectorised()) out.put(f, v);
            }
        }
        verdicts = out;
    }

    /** The verdicts on the loops of {@code f} alone, as {@link #run} would give them (strip-mining asks before it outlines). */
    public static VectorVerdicts verdictsOf(Function f, Options options) {
        VectorVerdicts out = new VectorVerdicts();
        if (options.vectorBits() > 0) plan(f, options, out);
        return out;
    }

    private static void plan(Function f, Options options, VectorVerdicts out) {
        LoopForest forest = LoopForest.of(f);
        if (forest.irreducible()) return;
        InductionVariables ivs = InductionVariables.of(forest);
        // innermost loops first: whether an inner loop vectorises by itself decides its outer loop's plan
        for (Loop loop : forest.loops()) if (loop.isInnermost()) out.put(f, VectorLegality.check(f, loop, forest, ivs, options));
        for (Loop loop : forest.loops()) {
            if (loop.isInnermost()) continue;
            boolean oneInner = loop.children().size() == 1 && loop.children().getFirst().isInnermost();
            out.put(f, oneInner ? OuterLegality.check(f, loop, forest, ivs, options, out.of(f, loop.children().getFirst().header()))
                    : VectorLegality.check(f, loop, forest, ivs, options));
        }
        // last: inner loops C2's SuperWord vectorises by itself stay scalar (as fast, no guards, no warm-up)
        if (options.leaveToC2()) C2Vectorises.leaveToC2(f, forest, out);
    }

    /** The verdicts of the last run. */
    public VectorVerdicts verdicts() { return verdicts; }

    /** The verdicts of the {@code VectorizeLoops} among {@code passes}, or {@link VectorVerdicts#NONE}. */
    public static VectorVerdicts verdictsOf(List<Pass> passes) {
        for (Pass p : passes) if (p instanceof VectorizeLoops v) return v.verdicts();
        return VectorVerdicts.NONE;
    }
}
