package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.analysis.InductionVariables;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.List;

/**
 * Turns a conditional minimum or maximum of a loop-carried variable into straight-line code, so
 * that {@code Reductions} sees a reduction. For integers it becomes a call of
 * {@code Math.min}/{@code Math.max}: the two are the same, ties included. For floating-point
 * variables {@code Math.min} would differ (it takes NaN and orders -0.0 below 0.0), so the update
 * becomes a compare and a {@code select} that keep Java's exact rule: the new value is taken only
 * when the ordered comparison is true, so NaN is never taken, and among equal values ({@code -0.0}
 * and {@code 0.0}) {@code <} keeps the first and {@code <=} the last.
 * <pre>
 * if (x &lt; m) m = x;    (double)  ==>  v7 = cmp lt v4, v3;  v6 = select v7, v4, v3
 * </pre>
 * <pre>
 * if (a[i] &lt; m) m = a[i];     b2: v5 = cmp lt v4, v3            b2: jump b4
 *                         ==>      branch v5, b3, b4         ==>  b4: v6 = call java/lang/Math.min(II)I v3, v4
 *                              b3: jump b4
 *                              b4: v6 = phi i32 [b2: v3, b3: v4]
 * </pre>
 */
final class ConditionalMinMax {
    private ConditionalMinMax() {}

    /** Rewrites every such update of a header phi of {@code loop}; true when the CFG changed. */
    static boolean rewrite(Function f, Loop loop, InductionVariables ivs) {
        for (Instr p : loop.header().phis()) {
            if (ivs.get(p).isPresent() || !(p.type().equals(Type.I32) || p.type().equals(Type.I64) || p.type().isFloat())) continue;
            for (Instr c : List.copyOf(p.users())) {
                if ((c.op() == Op.CMP || c.op() == Op.CMP3) && c.block() != null && loop.contains(c.block()) && rewrite(f, p, c)) {
                    CfgEdits.sortReversePostorder(f);
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean rewrite(Function f, Instr p, Instr c) {
        // long compares come as cmp3 then a test against 0: (p cmp3 x) < 0 is p < x
        Instr test = c;
        if (c.op() == Op.CMP3) {
            if (c.users().size() != 1 || c.users().getFirst().op() != Op.CMP) return false;
            test = c.users().getFirst();
            if (test.arg(0) != c || !(test.arg(1) instanceof dev.hotloop.compiler.ir.Const z) || z.longValue() != 0) return false;
        } else if (c.op() != Op.CMP) {
            return false;
        }
        Block b = test.block();
        Instr t = b.terminator();
        if (test.users().size() != 1 || test.users().getFirst() != t || t.op() != Op.BRANCH) return false;
        Value x = c.arg(0) == p ? c.arg(1) : c.arg(0);
        if (x == p || c.arg(0) != p && c.arg(1) != p) return false;
        Block tt = t.targets().get(0), tf = t.targets().get(1);
        Block join;
        if (isArm(tf, b, tt, x)) join = tt;
        else if (isArm(tt, b, tf, x)) join = tf;
        else if (tt.succs().size() == 1 && isArm(tt, b, tt.succs().getFirst(), x) && isArm(tf, b, tt.succs().getFirst(), x)) join = tt.succs().getFirst();
        else return false;
        Block viaTrue = tt == join ? b : tt, viaFalse = tf == join ? b : tf;
        if (join.preds().size() != 2 || !join.preds().contains(viaTrue) || !join.preds().contains(viaFalse)) return false;
        Instr merge = null;
        for (Instr phi : join.phis()) {
            if (canon(phi.phiArg(viaTrue), x) == canon(phi.phiArg(viaFalse), x)) continue;
            if (merge != null) return false; // the arm also sets another variable
            merge = phi;
        }
        if (merge == null) return false;
        Value whenTrue = canon(merge.phiArg(viaTrue), x), whenFalse = canon(merge.phiArg(viaFalse), x);
        if (!(whenTrue == x && whenFalse == p || whenTrue == p && whenFalse == x)) return false;
        Cond cc = c.arg(0) == x ? test.cond() : test.cond().swap(); // x on the left
        Instr update;
        if (p.type().isFloat()) {
            if (c.op() != Op.CMP) return false;
            Cond take = whenTrue == x ? cc : cc.negate(); // when x replaces p
            if (take != Cond.LT && take != Cond.LE && take != Cond.GT && take != Cond.GE) return false; // would take NaN
            Instr cmp = f.newInstr(Op.CMP, Type.BOOL, x, p).setAux(take).setLine(c.line());
            insertAfterPhis(join, cmp);
            update = f.newInstr(Op.SELECT, p.type(), cmp, x, p).setLine(c.line());
        } else {
            if (cc != Cond.LT && cc != Cond.LE && cc != Cond.GT && cc != Cond.GE) return false;
            boolean less = cc == Cond.LT || cc == Cond.LE;
            String name = (whenTrue == x) == less ? "min" : "max";
            String d = p.type().descriptor();
            update = f.newInstr(Op.CALL, p.type(), p, x).setAux(new MethodRef("java/lang/Math", name, "(" + d + d + ")" + d))
                    .setLine(c.line());
        }
        Instr call = update;
        if (p.type().isFloat()) join.insertBefore(join.instrs().get(join.instrs().indexOf(call.arg(0)) + 1), call);
        else insertAfterPhis(join, call);
        merge.replaceAllUsesWith(call);
        // b now always goes to join; the arms (a jump, perhaps a load of x again) become unreachable
        int line = t.line();
        t.clearArgs();
        b.instrs().remove(t);
        join.preds().set(join.preds().indexOf(viaTrue), b);
        CfgEdits.removePred(join, join.preds().lastIndexOf(viaFalse == b ? b : viaFalse));
        b.add(f.newInstr(Op.JUMP, Type.VOID).setLine(line)).targets().add(join);
        for (Block arm : List.of(tt, tf)) {
            if (arm == join) continue;
            arm.preds().remove(b);
            for (Instr i : List.copyOf(arm.instrs())) i.clearArgs();
        }
        merge.remove();
        if (test != c) test.remove();
        c.remove();
        return true;
    }

    private static void insertAfterPhis(Block join, Instr i) {
        int at = join.phis().size();
        if (at < join.instrs().size()) join.insertBefore(join.instrs().get(at), i);
        else join.add(i);
    }

    private static Value canon(Value v, Value x) {
        return same(v, x) ? x : v;
    }

    /** {@code v} is {@code x} or a load of the same element (javac loads {@code a[i]} again to assign it). */
    private static boolean same(Value v, Value x) {
        if (v == x) return true;
        return v instanceof Instr i && x instanceof Instr xi && i.op() == Op.ALOAD && xi.op() == Op.ALOAD
                && i.arg(0) == xi.arg(0) && i.arg(1) == xi.arg(1) && i.type().equals(xi.type()) && noEffectAfter(xi);
    }

    /** Nothing in {@code x}'s block after it writes memory, so a reload in the arm sees the same element. */
    private static boolean noEffectAfter(Instr x) {
        List<Instr> is = x.block().instrs();
        for (int k = is.indexOf(x) + 1; k < is.size(); k++) if (is.get(k).op().effect) return false;
        return true;
    }

    /** {@code arm} is reached only from {@code from} and holds only reloads of {@code x} and a jump to {@code join}. */
    private static boolean isArm(Block arm, Block from, Block join, Value x) {
        if (arm == join || !arm.preds().equals(List.of(from)) || !arm.succs().equals(List.of(join))) return false;
        Instr t = arm.terminator();
        if (t == null || t.op() != Op.JUMP) return false;
        for (Instr i : arm.instrs()) {
            if (i != t && !(same(i, x) && i.users().stream().allMatch(u -> u.isPhi() && u.block() == join))) return false;
        }
        return true;
    }

    /** {@code arm} holds only a jump to {@code join} and is reached only from {@code from}. */
    private static boolean isEmptyArm(Block arm, Block from, Block join) {
        return arm != join && arm.preds().equals(List.of(from)) && arm.instrs().size() == 1
                && arm.terminator() != null && arm.terminator().op() == Op.JUMP && arm.succs().equals(List.of(join));
    }
}
