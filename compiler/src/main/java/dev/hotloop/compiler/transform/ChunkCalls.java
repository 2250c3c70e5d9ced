package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.analysis.Reduction;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayList;
import java.util.List;

import static dev.hotloop.compiler.transform.OutlineParallelLoops.call;

/**
 * The two ways {@link OutlineParallelLoops} runs an outlined loop, each giving the reductions'
 * combined values: a loop of one chunk calls the chunk itself, a loop of several (or none) its
 * launcher, which hands the chunks to the driver.
 * <pre>
 * one chunk:   v21 = call $hotloop/chunk.chunk$0(JJI[D)D 0L, trips, 0, a
 *              v22 = call ParallelCombine.add(DD)D 0.0, v21          (init + partial, as the array form)
 * launched:    v23 = call ParallelDriver.chunks(JJ)I trips, 65536L;  v24 = newarray f64[] v23
 *              call $hotloop/chunk.parallel$0(JJ[D[D)V trips, 65536L, a, v24
 *              v25 = call ParallelCombine.add(D[D)D 0.0, v24
 * </pre>
 */
final class ChunkCalls {
    private ChunkCalls() {}

    /**
     * The loop as one chunk, called in {@code b}: {@code chunk(0, trips, 0, live-ins)}, its one
     * partial (or each {@code partials[0]} of several, in arrays of one) combined with the initial value.
     */
    static List<Value> direct(ParallelLoop plan, Block b, MethodRef chunkRef, Instr trips) {
        Function f = plan.function();
        int line = plan.line();
        List<Reduction> rs = plan.reductions();
        List<Value> args = new ArrayList<>(List.of(Const.i64(0), trips, Const.i32(0)));
        args.addAll(plan.liveIns());
        List<Value> partials = new ArrayList<>();
        if (rs.size() == 1) {
            partials.add(call(b, f, rs.getFirst().phi().type(), chunkRef, line, args.toArray(Value[]::new)));
        } else {
            List<Instr> arrays = new ArrayList<>();
            for (Reduction r : rs) arrays.add(b.add(f.newInstr(Op.NEWARRAY, Type.array(r.phi().type()), Const.i32(1)).setLine(line)));
            args.addAll(arrays);
            call(b, f, Type.VOID, chunkRef, line, args.toArray(Value[]::new));
            for (int r = 0; r < rs.size(); r++) {
                partials.add(b.add(f.newInstr(Op.ALOAD, rs.get(r).phi().type(), arrays.get(r), Const.i32(0)).setLine(line)));
            }
        }
        List<Value> results = new ArrayList<>();
        for (int r = 0; r < rs.size(); r++) {
            Reduction red = rs.get(r);
            Type t = red.phi().type();
            results.add(call(b, f, t, ParallelNames.combineOne(red.operator(), t), line, red.init(), partials.get(r)));
        }
        return results;
    }

    /** The loop through its launcher, called in {@code b}: partial arrays of {@code chunks(trips, grain)}, then their combination. */
    static List<Value> launched(ParallelLoop plan, Block b, MethodRef launcher, Instr trips, Const grain) {
        Function f = plan.function();
        int line = plan.line();
        List<Value> args = new ArrayList<>(List.of(trips, grain));
        args.addAll(plan.liveIns());
        List<Instr> partials = new ArrayList<>();
        if (!plan.reductions().isEmpty()) {
            Instr chunks = call(b, f, Type.I32, ParallelNames.CHUNKS, line, trips, grain);
            for (Reduction r : plan.reductions()) {
                Instr p = b.add(f.newInstr(Op.NEWARRAY, Type.array(r.phi().type()), chunks).setLine(line));
                partials.add(p);
                args.add(p);
            }
        }
        call(b, f, Type.VOID, launcher, line, args.toArray(Value[]::new));
        List<Value> results = new ArrayList<>();
        for (int r = 0; r < plan.reductions().size(); r++) {
            Reduction red = plan.reductions().get(r);
            Type t = red.phi().type();
            results.add(call(b, f, t, ParallelNames.combine(red.operator(), t), line, red.init(), partials.get(r)));
        }
        return results;
    }

    /** A byte/short/char variable: the partials are truncated, their combination must be too. */
    static List<Value> narrowed(Function f, Block b, List<Reduction> rs, List<Value> combined, int line) {
        List<Value> out = new ArrayList<>();
        for (int r = 0; r < rs.size(); r++) {
            Reduction red = rs.get(r);
            Value c = combined.get(r);
            out.add(red.narrow() == null ? c : b.add(f.newInstr(Op.CONV, red.phi().type(), c).setAux(red.narrow()).setLine(line)));
        }
        return out;
    }
}
