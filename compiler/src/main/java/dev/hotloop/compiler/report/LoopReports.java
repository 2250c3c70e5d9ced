package dev.hotloop.compiler.report;

import dev.hotloop.compiler.LoopReport;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.analysis.ArrayAccesses;
import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.InductionVariables;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.analysis.LoopForest;
import dev.hotloop.compiler.analysis.LoopLines;
import dev.hotloop.compiler.analysis.Reduction;
import dev.hotloop.compiler.analysis.Reductions;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.transform.ParallelNames;
import dev.hotloop.compiler.transform.StripNames;

import dev.hotloop.compiler.transform.AllocateRowsInLoop;
import dev.hotloop.compiler.transform.OutlineParallelLoops;
import dev.hotloop.compiler.vector.LoopVerdict;
import dev.hotloop.compiler.vector.VectorVerdicts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What {@code explain()} says about each loop of the compiled kernel, in source order:
 * <pre>Kernels.java:12-15 (depth 1): parallel (chunks of at least 1024 iterations, at most 256 chunks)
 *     @Parallel on i: split over the pool
 *     reduction s: add (double)
 *     suspected race (a write not at i plus a constant): v4[?] written, not indexed by an induction variable
 *Kernels.java:20 (depth 1): serial: the kernel is not @Jit(parallel = true)
 *     @Parallel on j ignored: the kernel is not @Jit(parallel = true)</pre>
 * Loops that {@code OutlineParallelLoops} moved into chunk functions are described from there, and
 * vectorised loops that {@code StripMineVectorLoops} moved into block functions from their block,
 * where their strip loop stands, with a note "runs in blocks of 1024 iterations".
 */
public final class LoopReports {
    /** The chunk policy the runtime's {@code ParallelDriver} applies with the loop's grain. */
    static String chunking(Loop loop) {
        long grain = OutlineParallelLoops.grain(loop);
        int most = ParallelNames.MAX_CHUNKS;
        return grain == 1
                ? "one iteration or more a chunk (8 or more from 128 iterations, whole vectors), at most " + most + " chunks: the body has an inner loop or a call"
                : "chunks of at least " + grain + " iterations, at most " + most + " chunks; up to " + grain + " iterations run inline";
    }

    private LoopReports() {}

    /** The loops of the kernel and of its parallel chunks. */
    public static List<LoopReport> describe(Program program, Options options) {
        return describe(program, options, VectorVerdicts.NONE);
    }

    /** As above, with what the vectoriser decided for each loop. */
    public static List<LoopReport> describe(Program program, Options options, VectorVerdicts vectors) {
        List<LoopReport> out = new ArrayList<>(describe(program, program.kernel(), options, false, vectors, 0, 0));
        for (Map.Entry<MethodRef, Function> h : program.helpers().entrySet()) {
            if (ParallelNames.isChunk(h.getKey())) out.addAll(describe(program, h.getValue(), options, true, vectors, 0, 0));
        }
        out.sort(Comparator.comparingInt(LoopReport::firstLine).thenComparingInt(LoopReport::depth));
        return out;
    }

    /** The loops of {@code f} alone; in a chunk the outermost loop is the one that runs split. */
    public static List<LoopReport> describe(Function f, Options options) {
        return describe(new Program(f), f, options, false, VectorVerdicts.NONE, 0, 0);
    }

    /**
     * The loops of {@code f}, {@code outer} loops deep (a block's loops sit where its strip loop
     * stood); a strip loop is described by its block's loops, and {@code block} (its size, or 0)
     * is said of the vectorised ones.
     */
    private static List<LoopReport> describe(Program program, Function f, Options options, boolean chunk, VectorVerdicts vectors,
                                             int outer, long block) {
        LoopForest forest = LoopForest.of(f);
        InductionVariables ivs = InductionVariables.of(forest);
        List<LoopReport> out = new ArrayList<>();
        for (Loop loop : forest.loops()) {
            StripNames.Strip strip = StripNames.blockOf(program, loop);
            if (strip != null) {
                out.addAll(describe(program, strip.block(), options, chunk, vectors, outer + loop.depth() - 1, strip.size()));
                continue;
            }
            int depth = outer + loop.depth();
            LoopLines lines = LoopLines.of(loop);
            List<String> notes = new ArrayList<>();
            boolean split = chunk && depth == 1;
            for (Instr phi : loop.header().phis()) {
                if (!f.parallelPhis().contains(phi)) continue;
                String var = name(f, phi);
                if (split) notes.add("@Parallel on " + var + ": split over the pool");
                else if (chunk) notes.add("@Parallel on " + var + ": runs serially inside each chunk (only the outermost @Parallel loop is split)");
                else if (!options.parallel()) notes.add("@Parallel on " + var + " ignored: the kernel is not @Jit(parallel = true)");
            }
            for (InductionVariable iv : ivs.of(loop)) {
                if ((split || block > 0) && !f.varNames().containsKey(iv.phi())) continue; // a chunk's or block's own counter
                notes.add("induction variable " + name(f, iv.phi()) + " step " + (iv.step() > 0 ? "+" : "") + iv.step());
            }
            String status = "serial";
            if (chunk && !split) status = "serial: inside a parallel loop";
            else if (!chunk && notes.stream().anyMatch(n -> n.startsWith("@Parallel"))) status = "serial: the kernel is not @Jit(parallel = true)";
            if (split) {
                status = "parallel (" + chunking(loop) + ")";
                for (Reduction r : Reductions.of(loop, ivs)) {
                    notes.add("reduction " + name(f, r.phi()) + ": " + shown(r.operator()) + " (" + r.javaType() + ")");
                }
                String iv = f.parallelPhis().stream().filter(p -> p.block() == loop.header()).findFirst()
                        .map(p -> name(f, p)).orElse("the loop variable");
                for (String c : ArrayAccesses.of(loop, ivs).conflicts()) {
                    notes.add("suspected race (a write not at " + iv + " plus a constant): " + c);
                }
            }
            if (AllocateRowsInLoop.allocatesRows(loop, ivs)) notes.add(AllocateRowsInLoop.NOTE);
            int draws = directDraws(forest, loop);
            if (draws > 0) {
                notes.add(draws + " random call" + (draws == 1 ? "" : "s") + " replaced by Hotloop's generator"
                        + (split ? " (one stream per chunk, from the seed and the chunk index)" : " (seeded by Hotloop.seed)"));
            }
            LoopVerdict v = vectors.of(f, loop.header());
            if (v != null && v.vectorised()) {
                if (status.equals("serial")) status = v.status();
                else notes.add(v.status());
                if (block > 0 && loop.depth() == 1) {
                    notes.add("runs in blocks of " + block + " iterations, one call of a block method each (so it reaches C2 early)");
                }
            } else if (v != null) {
                notes.add(v.reason());
            }
            out.add(new LoopReport(f.sourceFile(), lines.first(), lines.last(), depth, status, notes));
        }
        return out;
    }

    /** Random draws in the loop's own blocks (not in its inner loops, which report theirs). */
    private static int directDraws(LoopForest forest, Loop loop) {
        int n = 0;
        for (Block b : loop.blocks()) {
            if (forest.loopOf(b) != loop) continue;
            for (Instr i : b.instrs()) if (i.op() == Op.RANDOM) n++;
        }
        return n;
    }

    private static String name(Function f, Instr phi) {
        return f.varNames().getOrDefault(phi, phi.ref());
    }

    /** An operator as explain() shows it: the conditional floating-point forms by their comparison. */
    private static String shown(String operator) {
        return switch (operator) {
            case "minLt" -> "min (if x < m: NaN skipped, first of equal values kept)";
            case "minLe" -> "min (if x <= m: NaN skipped, last of equal values kept)";
            case "maxGt" -> "max (if x > m: NaN skipped, first of equal values kept)";
            case "maxGe" -> "max (if x >= m: NaN skipped, last of equal values kept)";
            default -> operator;
        };
    }
}
