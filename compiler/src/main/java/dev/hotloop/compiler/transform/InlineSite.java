package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces one call by a copy of the callee's body. The caller's block is split at the call;
 * the copy's returns jump to the continuation, where a phi merges the results.
 * <pre>
 * b0: v3 = call p/K.sq(D)D v1        b0: jump b5
 *     v4 = add v3, 1.0          ==>  b5: v6 = mul v1, v1       (the callee's body; its return ...)
 *     return v4                          jump b4               (... jumps to the continuation)
 *                                    b4: v4 = add v6, 1.0
 *                                        return v4
 * </pre>
 * Values and blocks of the copy are numbered by the caller; phis are copied with their
 * operands mapped after every block exists, in the same predecessor order.
 * Block order is left for the caller to re-sort; see {@link CfgEdits#sortReversePostorder}.
 */
final class InlineSite {
    private final Function caller;
    private final Function callee;
    private final Map<Value, Value> values = new HashMap<>();
    private final Map<Block, Block> blocks = new HashMap<>();
    /** Callee instruction to its copy, in callee block order. */
    private final Map<Instr, Instr> copies = new LinkedHashMap<>();
    /** The line every copied instruction gets when the callee's lines are from another file, else -1. */
    private int lineOverride = -1;

    private InlineSite(Function caller, Function callee) {
        this.caller = caller;
        this.callee = callee;
    }

    /** Inlines {@code callee} at {@code call}, which must be a call in {@code caller}. */
    static void inline(Function caller, Instr call, Function callee) {
        new InlineSite(caller, callee).run(call);
    }

    private void run(Instr call) {
        Block site = call.block();
        Block cont = splitAfter(site, call);
        // a line of another source file would be misread as one of the caller's: cite the call instead
        if (!callee.sourceFile().equals(caller.sourceFile())) lineOverride = call.line();
        for (Param p : callee.params()) values.put(p, call.arg(p.index()));
        for (Block b : callee.blocks()) blocks.put(b, caller.newBlock());
        List<Instr> returns = new ArrayList<>();
        for (Block b : callee.blocks()) {
            Block nb = blocks.get(b);
            for (Block p : b.preds()) nb.preds().add(blocks.get(p));
            for (Instr i : b.instrs()) {
                if (i.op() == Op.RETURN) returns.add(i);
                else copyShell(i, nb);
            }
        }
        // operands are mapped only now, so phis (and any use before def) find their values
        for (Map.Entry<Instr, Instr> e : copies.entrySet()) {
            for (Value a : e.getKey().args()) e.getValue().addArg(map(a));
        }
        List<Value> results = new ArrayList<>();
        for (Instr r : returns) {
            if (r.args().size() == 1) results.add(map(r.arg(0)));
            caller.jump(blocks.get(r.block()), cont).setLine(line(r));
        }
        Block entryCopy = blocks.get(callee.entry());
        if (!entryCopy.preds().isEmpty()) {
            throw new IllegalStateException("inlining " + callee + ": entry block has predecessors");
        }
        if (!call.type().isVoid()) call.replaceAllUsesWith(result(call.type(), results, cont));
        call.remove();
        caller.jump(site, entryCopy).setLine(call.line());
    }

    /** A copy of {@code i} without operands, appended to {@code nb}. */
    private void copyShell(Instr i, Block nb) {
        Instr c = caller.newInstr(i.op(), i.type());
        c.setLine(line(i));
        c.setAux(i.aux() instanceof int[] keys ? keys.clone() : i.aux());
        for (Block t : i.targets()) c.targets().add(blocks.get(t));
        nb.add(c);
        values.put(i, c);
        copies.put(i, c);
        if (callee.parallelPhis().contains(i)) caller.parallelPhis().add(c);
    }

    private int line(Instr i) { return lineOverride >= 0 ? lineOverride : i.line(); }

    private Value map(Value v) {
        if (v instanceof Const) return v;
        Value m = values.get(v);
        if (m == null) throw new IllegalStateException("inlining " + callee + ": " + v + " has no definition");
        return m;
    }

    /** The value that replaces the call: the single result, a phi of all results, or (never returns) a zero. */
    private Value result(Type type, List<Value> results, Block cont) {
        if (results.isEmpty()) return zero(type); // the callee never returns: cont is unreachable
        if (results.size() == 1) return results.getFirst();
        Instr phi = caller.newInstr(Op.PHI, type, results);
        cont.add(phi);
        return phi;
    }

    private static Value zero(Type t) {
        return switch (t.kind()) {
            case I64 -> Const.i64(0);
            case F32 -> Const.f32(0);
            case F64 -> Const.f64(0);
            case ARRAY, NULL -> Const.nul();
            default -> Const.i32(0);
        };
    }

    /** Moves everything after {@code at} into a new block, which takes over {@code b}'s successors. */
    private Block splitAfter(Block b, Instr at) {
        Block cont = caller.newBlock();
        List<Instr> all = b.instrs();
        int k = all.indexOf(at);
        List<Instr> tail = new ArrayList<>(all.subList(k + 1, all.size()));
        all.subList(k + 1, all.size()).clear();
        for (Instr i : tail) cont.add(i);
        for (Block s : new ArrayList<>(cont.succs())) CfgEdits.replacePred(s, b, cont);
        return cont;
    }
}
