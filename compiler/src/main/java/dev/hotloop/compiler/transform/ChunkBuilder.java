package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.Reduction;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a {@link ParallelLoop} into a chunk function that runs iterations {@code [lo, hi)}:
 * induction variables start at {@code init + lo * step}; a loop over an {@code int} by one tests
 * that variable against the chunk's end, any other loop a {@code long} counter {@code k};
 * reductions start from the operator's identity (-0.0 for floating add, so a chunk's sign
 * survives). One reduction's partial result is the chunk's result (so a loop of one chunk needs
 * no array: the kernel calls the chunk itself); several store theirs into {@code partials[chunk]},
 * one array per reduction.
 * <pre>
 * func @chunk$0(i64 lo, i64 hi, i32 chunk, f64[] a) -> f64 {
 * b0: i0 = add 0, (conv lo) * 1;  end = conv i32 (min (0L + hi * 1), MAX);  jump b1
 * b1: i = phi [b0: i0, b2: i1];  s = phi [b0: -0.0, b2: s1]
 *     branch (cmp lt i, end), b2, b3
 * b2: s1 = add s, a[i];  i1 = add i, 1;  jump b1
 * b3: return s                       (two reductions: astore p, chunk, s;  astore q, chunk, t;  return)
 * }</pre>
 * A <em>block</em> ({@link StripMineVectorLoops}) is built the same way for blocks of one serial
 * loop, which run in order: no chunk index, and its reductions continue from the running values
 * instead of starting from identities. One reduction comes in as a parameter and goes back as
 * the result; several go in and out through one-element arrays, {@code acc[0]}:
 * <pre>
 * func @block$0(i64 lo, i64 hi, f64[] a, f64 s0) -> f64 {      s = phi [b0: s0, b2: s1] ... return s
 * </pre>
 */
final class ChunkBuilder {
    /** A parallel chunk (partials by chunk index) or a block of a strip-mined loop (running accumulators). */
    enum Shape { CHUNK, BLOCK }

    private final ParallelLoop plan;
    private final Shape shape;
    /** Index of the first live-in parameter: after {@code (lo, hi, chunk)} or {@code (lo, hi)}. */
    private final int first;
    private final Map<Instr, Value> accumulators = new HashMap<>();
    private final Function chunk;
    private final Map<Value, Value> values = new HashMap<>();
    private final Map<Block, Block> blocks = new HashMap<>();
    private final Map<Instr, Instr> copies = new LinkedHashMap<>();

    private ChunkBuilder(ParallelLoop plan, Shape shape, Function chunk) {
        this.plan = plan;
        this.shape = shape;
        this.first = shape == Shape.CHUNK ? 3 : 2;
        this.chunk = chunk;
    }

    /**
     * The signature of the chunk of {@code plan}: {@code (long lo, long hi, int chunk, live-ins...)}
     * returning the one reduction's partial result; without a reduction void; with several, void
     * with one partials array per reduction after the live-ins (the chunk stores {@code partials[chunk]}).
     */
    static Signature signature(ParallelLoop plan) {
        List<Type> params = new ArrayList<>(List.of(Type.I64, Type.I64, Type.I32));
        for (Value v : plan.liveIns()) params.add(v.type());
        List<Reduction> rs = plan.reductions();
        if (rs.size() == 1) return new Signature(rs.getFirst().phi().type(), params);
        for (Reduction r : rs) params.add(Type.array(r.phi().type()));
        return new Signature(Type.VOID, params);
    }

    /**
     * The signature of a block of {@code plan}: {@code (long lo, long hi, live-ins..., accumulators...)},
     * returning the one reduction's running value, else void (several reductions: one-element arrays).
     */
    static Signature blockSignature(ParallelLoop plan) {
        List<Type> params = new ArrayList<>(List.of(Type.I64, Type.I64));
        for (Value v : plan.liveIns()) params.add(v.type());
        List<Reduction> rs = plan.reductions();
        if (rs.size() == 1) {
            Type t = rs.getFirst().phi().type();
            params.add(t);
            return new Signature(t, params);
        }
        for (Reduction r : rs) params.add(Type.array(r.phi().type()));
        return new Signature(Type.VOID, params);
    }

    static Function build(ParallelLoop plan, String name) {
        return build(plan, name, Shape.CHUNK);
    }

    static Function build(ParallelLoop plan, String name, Shape shape) {
        Function c = new Function(name, shape == Shape.CHUNK ? signature(plan) : blockSignature(plan));
        c.setSourceFile(plan.function().sourceFile());
        new ChunkBuilder(plan, shape, c).run();
        return c;
    }

    /** The value a reduction's chunk starts from. */
    static Const identity(Reduction r) {
        boolean floatAdd = r.phi().type().isFloat() && (r.operator().equals("add") || r.operator().equals("sub"));
        if (!floatAdd) return r.identity();
        return r.phi().type().kind() == Type.Kind.F32 ? Const.f32(-0.0f) : Const.f64(-0.0);
    }

    private void run() {
        Function f = plan.function();
        Block header = plan.loop().header();
        int line = header.terminator().line();
        Value lo = chunk.params().get(0), hi = chunk.params().get(1);
        int n = plan.liveIns().size();
        for (int k = 0; k < n; k++) values.put(plan.liveIns().get(k), chunk.params().get(first + k));

        Block entry = chunk.newBlock();
        for (Block b : plan.loop().blocks()) blocks.put(b, chunk.newBlock());
        Block exit = chunk.newBlock();
        Block h = blocks.get(header);
        if (shape == Shape.BLOCK) loadAccumulators(entry, n, line);

        // entry: every induction variable starts lo iterations in
        Map<Instr, Value> starts = new HashMap<>();
        for (InductionVariable iv : plan.ivs()) {
            Type t = iv.phi().type();
            Value loT = t.kind() == Type.Kind.I64 ? lo : entry.add(chunk.newInstr(Op.CONV, t, lo).setAux(t).setLine(line));
            Value step = t.kind() == Type.Kind.I64 ? Const.i64(iv.step()) : Const.i32((int) iv.step());
            Instr off = entry.add(chunk.newInstr(Op.MUL, t, loT, step).setLine(line));
            starts.put(iv.phi(), entry.add(chunk.newInstr(Op.ADD, t, map(iv.init()), off).setLine(line)));
        }
        Instr toHeader = chunk.newInstr(Op.JUMP, Type.VOID).setLine(line);
        toHeader.targets().add(h);
        entry.add(toHeader);

        for (Block b : plan.loop().blocks()) {
            Block nb = blocks.get(b);
            for (Block p : b.preds()) nb.preds().add(plan.loop().contains(p) ? blocks.get(p) : entry);
            for (Instr i : b.instrs()) {
                if (b == header && i.isTerminator()) continue;
                copyShell(f, i, nb);
            }
        }
        for (Map.Entry<Instr, Instr> e : copies.entrySet()) {
            Instr orig = e.getKey();
            for (int k = 0; k < orig.args().size(); k++) {
                Value a = orig.arg(k);
                boolean fromOutside = orig.isPhi() && orig.block() == header && !plan.loop().contains(header.preds().get(k));
                e.getValue().addArg(fromOutside ? entryValue(orig, starts) : map(a));
            }
        }

        Instr test = unitIntLoop() ? ivTest(entry, toHeader, h, hi, line) : counterTest(h, lo, hi, line);
        Instr branch = chunk.newInstr(Op.BRANCH, Type.VOID, test).setLine(line);
        Block body = header.succs().stream().filter(plan.loop()::contains).findFirst().orElseThrow();
        branch.targets().add(blocks.get(body));
        branch.targets().add(exit);
        h.add(branch);
        exit.preds().add(h);

        if (shape == Shape.CHUNK && plan.reductions().size() == 1) {
            chunk.ret(exit, map(plan.reductions().getFirst().phi())).setLine(line);
        } else if (shape == Shape.CHUNK) {
            Value index = chunk.params().get(2);
            for (int r = 0; r < plan.reductions().size(); r++) {
                Value partials = chunk.params().get(3 + n + r);
                exit.add(chunk.newInstr(Op.ASTORE, Type.VOID, partials, index, map(plan.reductions().get(r).phi())).setLine(line));
            }
            chunk.ret(exit, null).setLine(line);
        } else {
            storeAccumulators(exit, n, line);
        }
        CfgEdits.sortReversePostorder(chunk);
    }

    /** A block's reductions start from the running values: the parameter, or {@code acc[0]} of each array. */
    private void loadAccumulators(Block entry, int n, int line) {
        List<Reduction> rs = plan.reductions();
        for (int r = 0; r < rs.size(); r++) {
            Value p = chunk.params().get(first + n + r);
            Instr phi = rs.get(r).phi();
            accumulators.put(phi, rs.size() == 1 ? p
                    : entry.add(chunk.newInstr(Op.ALOAD, phi.type(), p, Const.i32(0)).setLine(line)));
        }
    }

    /** A block hands its reductions' running values back: returned, or stored into {@code acc[0]}. */
    private void storeAccumulators(Block exit, int n, int line) {
        List<Reduction> rs = plan.reductions();
        if (rs.size() == 1) {
            chunk.ret(exit, map(rs.getFirst().phi())).setLine(line);
            return;
        }
        for (int r = 0; r < rs.size(); r++) {
            Value p = chunk.params().get(first + n + r);
            exit.add(chunk.newInstr(Op.ASTORE, Type.VOID, p, Const.i32(0), map(rs.get(r).phi())).setLine(line));
        }
        chunk.ret(exit, null).setLine(line);
    }

    /**
     * The loop counts an {@code int} by one (or, in a block, a {@code long} by one): the chunk can
     * test that variable itself. A block must: the vectoriser takes a loop with one long
     * induction variable, not one with a second long counter beside it.
     */
    private boolean unitIntLoop() {
        InductionVariable lead = plan.trip().iv();
        boolean longBlock = shape == Shape.BLOCK && lead.phi().type().equals(Type.I64);
        return (lead.phi().type().equals(Type.I32) || longBlock) && Math.abs(lead.step()) == 1;
    }

    /**
     * {@code i < end} (or {@code i > end} counting down) on the loop's own {@code int} variable, with
     * {@code end = init + hi * step} clamped to the int range (only a Java loop that never ends,
     * {@code i <= Integer.MAX_VALUE}, reaches the clamp). C2 then sees an int counted loop, which
     * it unrolls, vectorises and rids of range checks; a {@code long} counter would prevent all three.
     */
    private Instr ivTest(Block entry, Instr entryJump, Block h, Value hi, int line) {
        InductionVariable lead = plan.trip().iv();
        boolean up = lead.step() > 0;
        Value init = map(lead.init());
        Value initL = init instanceof Const c ? Const.i64(c.longValue())
                : before(entry, entryJump, chunk.newInstr(Op.CONV, Type.I64, init).setAux(Type.I64).setLine(line));
        Instr span = before(entry, entryJump, chunk.newInstr(Op.MUL, Type.I64, hi, Const.i64(lead.step())).setLine(line));
        Instr endL = before(entry, entryJump, chunk.newInstr(Op.ADD, Type.I64, initL, span).setLine(line));
        if (lead.phi().type().equals(Type.I64)) {
            // a long variable by one ends exactly at init + hi * step: its last value plus one step, no clamp
            return h.add(chunk.newInstr(Op.CMP, Type.BOOL, map(lead.phi()), endL).setAux(up ? Cond.LT : Cond.GT).setLine(line));
        }
        MethodRef clamp = new MethodRef("java/lang/Math", up ? "min" : "max", "(JJ)J");
        Instr clamped = before(entry, entryJump, chunk.newInstr(Op.CALL, Type.I64, endL,
                Const.i64(up ? Integer.MAX_VALUE : Integer.MIN_VALUE)).setAux(clamp).setLine(line));
        Instr end = before(entry, entryJump, chunk.newInstr(Op.CONV, Type.I32, clamped).setAux(Type.I32).setLine(line));
        return h.add(chunk.newInstr(Op.CMP, Type.BOOL, map(lead.phi()), end).setAux(up ? Cond.LT : Cond.GT).setLine(line));
    }

    /** {@code k < hi} on a {@code long} counter {@code k} that runs from {@code lo}: any loop. */
    private Instr counterTest(Block h, Value lo, Value hi, int line) {
        Block header = plan.loop().header();
        List<Value> kArgs = new ArrayList<>();
        Instr counter = chunk.newInstr(Op.PHI, Type.I64);
        h.add(counter);
        Instr next = chunk.newInstr(Op.ADD, Type.I64, counter, Const.i64(1)).setLine(line);
        if (h.instrs().size() > h.phis().size()) h.insertBefore(h.instrs().get(h.phis().size()), next);
        else h.add(next);
        for (Block p : header.preds()) kArgs.add(plan.loop().contains(p) ? next : lo);
        for (Value v : kArgs) counter.addArg(v);
        return h.add(chunk.newInstr(Op.CMP, Type.BOOL, counter, hi).setAux(Cond.LT).setLine(line));
    }

    private static Instr before(Block b, Instr at, Instr i) {
        b.insertBefore(at, i);
        return i;
    }

    private Value entryValue(Instr headerPhi, Map<Instr, Value> starts) {
        Value start = starts.get(headerPhi);
        if (start != null) return start;
        Value acc = accumulators.get(headerPhi);
        if (acc != null) return acc;
        for (Reduction r : plan.reductions()) if (r.phi() == headerPhi) return identity(r);
        return zero(headerPhi.type()); // a private: its entry value is never read
    }

    private void copyShell(Function f, Instr i, Block nb) {
        Instr c = chunk.newInstr(i.op(), i.type());
        c.setLine(i.line());
        c.setAux(i.aux() instanceof int[] keys ? keys.clone() : i.aux());
        for (Block t : i.targets()) c.targets().add(blocks.get(t));
        nb.add(c);
        values.put(i, c);
        copies.put(i, c);
        if (f.parallelPhis().contains(i)) chunk.parallelPhis().add(c);
        String name = f.varNames().get(i);
        if (name != null) chunk.varNames().put(c, name);
    }

    private Value map(Value v) {
        if (v instanceof Const) return v;
        Value m = values.get(v);
        if (m == null) throw new IllegalStateException("outlining: " + v + " has no definition in the chunk");
        return m;
    }

    private static Value zero(Type t) {
        return switch (t.kind()) {
            case I64 -> Const.i64(0);
            case F32 -> Const.f32(0);
            case F64 -> Const.f64(0);
            case BOOL -> Const.bool(false);
            case ARRAY, NULL -> Const.nul();
            default -> Const.i32(0);
        };
    }
}
