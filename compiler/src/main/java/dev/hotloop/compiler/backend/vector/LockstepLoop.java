package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import dev.hotloop.compiler.vector.LaneType;
import dev.hotloop.compiler.vector.Mask;
import dev.hotloop.compiler.vector.OuterPlan;
import dev.hotloop.compiler.vector.VectorPlan;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.objectweb.asm.Opcodes.*;

/**
 * The inner loop of an outer-loop plan run in lockstep ({@link OuterLoopEmitter}'s middle part):
 * every lane iterates it until its own exit, under the mask {@code active} of lanes still in it.
 * <pre>
 * active = lanes entering; per-lane phis = their starts; shared phis (j, k) = their start
 * while (active.anyTrue()) {
 *   shared values as scalars; the rest as vectors under the block masks
 *   if (k &gt;= maxIter) goto stub       (an exit on a shared scalar: every running lane leaves)
 *   leaving = active lanes on another exit edge; live-out = blend(live-out, value, leaving)
 *   phis = back-edge values; active = lanes on a back edge
 * }
 * stub: live-out = blend(live-out, value, active)
 * </pre>
 * When the only exit is the header's test of a shared value (n-body's {@code for (j...)}) every
 * lane leaves at once: the loop is a plain scalar loop over vectors, with no mask at all.
 */
final class LockstepLoop {
    private final OuterPlan o;
    private final VectorPlan p;
    private final ScalarCode c;
    private final MethodVisitor mv;
    private final LaneCode lanes;
    private final Label after;
    private final Map<LaneType, Integer> active = new HashMap<>();
    private final Map<Instr, Integer> scalarPhiSlots = new HashMap<>();

    /** @param after where a shared load out of bounds goes: the end of the vector loop, before the scalar loop redoes the rest */
    LockstepLoop(OuterPlan o, ScalarCode c, LaneCode lanes, Label after) {
        this.o = o;
        this.p = o.vector();
        this.c = c;
        this.mv = c.mv();
        this.lanes = lanes;
        this.after = after;
    }

    /** Emits the loop; afterwards each live-out is bound to the vector of the values the lanes left with. */
    void emit() {
        Block h = o.inner().header();
        // the outer body's values the inner loop uses, computed once before it rather than on first use inside it
        for (Block b : o.innerOrder()) {
            for (Instr i : b.instrs()) {
                if (o.scalars().contains(i)) continue;
                for (Value a : i.args()) {
                    if (a instanceof Instr ai && ai.block() != null && !o.inner().contains(ai.block()) && !p.isUniform(ai)
                            && own(ai) != null && ai.type().kind() != Type.Kind.BOOL) {
                        lanes.vec(ai, own(ai));
                    }
                }
            }
        }
        Mask entry = p.masks().edge(o.preheader(), h);
        LaneType w = p.widest();
        Integer entering = lanes.blockMask(entry, w);
        int activeSlot = c.fresh(1);
        if (entering == null) {
            VectorApi.species(mv, w, p.bitsOf(w));
            mv.visitInsn(ICONST_1);
            maskAll();
        } else {
            mv.visitVarInsn(ALOAD, entering);
        }
        mv.visitVarInsn(ASTORE, activeSlot);
        active.put(w, activeSlot);
        Map<Instr, Integer> phis = new HashMap<>();
        for (Instr phi : o.vectorPhis()) {
            int start = lanes.vec(phi.phiArg(o.preheader()), own(phi));
            int slot = c.fresh(1);
            mv.visitVarInsn(ALOAD, start);
            mv.visitVarInsn(ASTORE, slot);
            phis.put(phi, slot);
        }
        for (Instr phi : o.scalarPhis()) {
            int slot = c.fresh(2);
            c.load(phi.phiArg(o.preheader()));
            mv.visitVarInsn(jvm(phi).getOpcode(ISTORE), slot);
            c.bind(phi, slot);
            scalarPhiSlots.put(phi, slot);
        }
        boolean together = leaveTogether();
        Map<Instr, Integer> captured = new HashMap<>();
        for (Instr v : together ? List.<Instr>of() : o.liveOuts()) {
            LaneType t = own(v);
            VectorApi.species(mv, t, p.bitsOf(t));
            switch (t) {
                case LONG -> mv.visitInsn(LCONST_0);
                case FLOAT -> mv.visitInsn(FCONST_0);
                case DOUBLE -> mv.visitInsn(DCONST_0);
                default -> mv.visitInsn(ICONST_0);
            }
            VectorApi.broadcast(mv, t);
            int slot = c.fresh(1);
            mv.visitVarInsn(ASTORE, slot);
            captured.put(v, slot);
        }

        Object mark = lanes.mark();
        Label loopTop = new Label(), done = new Label(), loopEnd = new Label();
        // a shared load out of bounds: the scalar loop redoes this vector iteration and throws (the
        // inner loop has stored nothing). The JVM's own bounds check finds it, which C2 can hoist out
        // of the loop, where a check of our own would stay in it.
        boolean loads = o.scalars().stream().anyMatch(i -> i.op() == Op.ALOAD);
        Label outOfBounds = new Label();
        if (loads) mv.visitTryCatchBlock(loopTop, loopEnd, outOfBounds, "java/lang/ArrayIndexOutOfBoundsException");
        if (!together) anyTrue(done, IFEQ);
        mv.visitLabel(loopTop);
        lanes.bindMask(o.active(), p.widest(), active.get(p.widest())); // other lane types: casts, on first use
        for (Instr phi : o.vectorPhis()) lanes.bind(phi, phis.get(phi));
        for (Instr phi : o.scalarPhis()) shareAsVector(phi);
        Map<Label, Map<Instr, Integer>> stubs = new java.util.LinkedHashMap<>();
        Map<Label, Object> stubStates = new HashMap<>(); // what is computed where each stub branches off
        for (Block b : o.innerOrder()) {
            for (Instr i : b.instrs()) {
                if (i.isPhi() || i.isTerminator() || !o.scalars().contains(i)) continue;
                scalar(i);
            }
            Instr branch = b.terminator();
            if (together && b == h) { // the one exit, taken by every lane at once: a plain jump
                SharedExitBranch.jump(c, branch, done, o.leaves());
            } else if (!together && o.uniformExits().contains(branch)) {
                // every running lane leaves here at once: a scalar jump to code that captures their values
                Map<Instr, Integer> values = new java.util.LinkedHashMap<>();
                for (Instr v : o.liveOuts()) values.put(v, lanes.vec(v, own(v)));
                Label stub = new Label();
                stubs.put(stub, values);
                stubStates.put(stub, lanes.mark());
                SharedExitBranch.jump(c, branch, stub, o.leaves());
            }
        }
        if (together) {
            new LockstepBackEdge(o, c, lanes).emit(phis, scalarPhiSlots, false, activeSlot);
            mv.visitJumpInsn(GOTO, loopTop);
            mv.visitLabel(loopEnd);
            if (loads) outOfBounds(outOfBounds);
            mv.visitLabel(done);
            lanes.reset(mark);
            for (Instr v : o.liveOuts()) {
                if (phis.containsKey(v)) lanes.bind(v, phis.get(v));
                else shareAsVector(v);
            }
            return;
        }
        // lanes leaving on this iteration keep the values they leave with
        Mask leaving = null;
        for (Block b : o.innerOrder()) {
            if (o.uniformExits().contains(b.terminator())) continue;
            for (Block x : o.leaves()) {
                if (!b.succs().contains(x)) continue;
                Mask e = p.masks().edge(b, x);
                leaving = leaving == null ? e : Mask.or(leaving, e);
            }
        }
        for (Instr v : leaving == null ? List.<Instr>of() : o.liveOuts()) {
            LaneType t = own(v);
            Integer m = lanes.blockMask(leaving, t);
            int value = lanes.vec(v, t);
            int out = m == null ? value : lanes.blendInto(captured.get(v), value, m, t);
            mv.visitVarInsn(ALOAD, out);
            mv.visitVarInsn(ASTORE, captured.get(v));
        }
        new LockstepBackEdge(o, c, lanes).emit(phis, scalarPhiSlots, true, activeSlot);
        anyTrue(loopTop, IFNE);
        mv.visitLabel(loopEnd);
        if (loads || !stubs.isEmpty()) mv.visitJumpInsn(GOTO, done);
        if (loads) outOfBounds(outOfBounds);
        Mask running = new Mask.Test(o.active(), false);
        stubs.forEach((stub, values) -> {
            mv.visitLabel(stub);
            Object inStub = lanes.mark();
            lanes.reset(stubStates.get(stub));
            values.forEach((v, slot) -> {
                LaneType t = own(v);
                Integer m = lanes.blockMask(running, t);
                int out = m == null ? slot : lanes.blendInto(captured.get(v), slot, m, t);
                mv.visitVarInsn(ALOAD, out);
                mv.visitVarInsn(ASTORE, captured.get(v));
            });
            lanes.reset(inStub);
            mv.visitJumpInsn(GOTO, done);
        });
        mv.visitLabel(done);
        lanes.reset(mark);
        for (Instr v : o.liveOuts()) lanes.bind(v, captured.get(v));
    }

    /**
     * True when the inner loop's only exit is its header's test of a shared value: every lane
     * leaves on the same iteration, before anything else of it runs, so the header's phis are
     * what the lanes leave with (n-body's {@code for (j...)}).
     */
    private boolean leaveTogether() {
        Block h = o.inner().header();
        Instr t = h.terminator();
        if (!o.inner().exiting().equals(List.of(h)) || t.op() != Op.BRANCH || !(t.arg(0) instanceof Instr cond)
                || !o.scalars().contains(cond)) {
            return false;
        }
        for (Instr v : o.liveOuts()) if (v.block() != h || !v.isPhi()) return false;
        return true;
    }

    /** The handler of a shared load out of bounds: on to the scalar loop, which starts at this vector iteration. */
    private void outOfBounds(Label handler) {
        mv.visitLabel(handler);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, after);
    }

    /** A shared value computed once per inner iteration as a scalar (a load out of bounds goes to {@link #outOfBounds}). */
    private void scalar(Instr i) {
        if (SharedExitBranch.fusedIntCompare(i) != null && i.users().getFirst().op() == Op.BRANCH && i.users().getFirst().block() != null
                && (o.uniformExits().contains(i.users().getFirst()) || leaveTogether() && i.users().getFirst() == o.inner().header().terminator())) {
            return; // compared where it is branched on (SharedExitBranch.jump)
        }
        c.lower(i);
        org.objectweb.asm.Type jt = org.objectweb.asm.Type.getType(i.type().computational().descriptor());
        int slot = c.fresh(jt.getSize());
        mv.visitVarInsn(jt.getOpcode(ISTORE), slot);
        c.bind(i, slot);
        // pure arithmetic and comparisons, when needed as lanes, are recomputed lane-wise from
        // these broadcasts (the same value on every lane); loads and calls are broadcast themselves
        if (i.op() == Op.ALOAD || i.op() == Op.CALL) shareAsVector(i);
    }

    /** Binds the broadcast of shared scalar {@code v} as its vector (C2 drops those never read). */
    private void shareAsVector(Instr v) {
        LaneType t = own(v);
        if (t == null) return;
        VectorApi.species(mv, t, p.bitsOf(t));
        c.load(v);
        VectorApi.broadcast(mv, t);
        int slot = c.fresh(1);
        mv.visitVarInsn(ASTORE, slot);
        lanes.bind(v, slot);
    }

    private void anyTrue(Label target, int jump) {
        mv.visitVarInsn(ALOAD, active.get(p.widest()));
        mv.visitMethodInsn(INVOKEVIRTUAL, VectorApi.MASK, "anyTrue", "()Z", false);
        mv.visitJumpInsn(jump, target);
    }

    private void maskAll() {
        mv.visitMethodInsn(INVOKEINTERFACE, VectorApi.SPECIES, "maskAll", "(Z)" + VectorApi.D_MASK, true);
    }

    private static org.objectweb.asm.Type jvm(Instr v) {
        return org.objectweb.asm.Type.getType(v.type().computational().descriptor());
    }

    private static LaneType own(Instr v) { return LaneType.of(v.type()); }
}
