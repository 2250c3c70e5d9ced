package dev.hotloop.compiler.report;

import dev.hotloop.compiler.LoopReport;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.InductionVariables;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.analysis.LoopForest;
import dev.hotloop.compiler.analysis.LoopLines;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code explain()} says about each loop of the compiled kernel, outermost first:
 * <pre>Kernels.java:12-15 (depth 1): serial
 *     @Parallel on i ignored: the kernel is not @Jit(parallel = true)</pre>
 * This version of the compiler emits every loop serially; the notes say why a loop
 * marked {@code @Parallel} still ran serially.
 */
public final class LoopReports {
    private LoopReports() {}

    public static List<LoopReport> describe(Function f, Options options) {
        LoopForest forest = LoopForest.of(f);
        InductionVariables ivs = InductionVariables.of(forest);
        List<LoopReport> out = new ArrayList<>();
        for (Loop loop : forest.loops()) {
            LoopLines lines = LoopLines.of(loop);
            List<String> notes = new ArrayList<>();
            for (Instr phi : loop.header().phis()) {
                if (!f.parallelPhis().contains(phi)) continue;
                String var = f.varNames().getOrDefault(phi, phi.ref());
                notes.add(options.parallel()
                        ? "@Parallel on " + var + ": runs serially (parallel loops are not implemented in this version)"
                        : "@Parallel on " + var + " ignored: the kernel is not @Jit(parallel = true)");
            }
            for (InductionVariable iv : ivs.of(loop)) {
                String var = f.varNames().getOrDefault(iv.phi(), iv.phi().ref());
                notes.add("induction variable " + var + " step " + (iv.step() > 0 ? "+" : "") + iv.step());
            }
            out.add(new LoopReport(f.sourceFile(), lines.first(), lines.last(), loop.depth(), "serial", notes));
        }
        return out;
    }
}
