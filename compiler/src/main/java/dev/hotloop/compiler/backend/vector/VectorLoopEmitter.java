package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.Reduction;
import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.vector.LaneType;
import dev.hotloop.compiler.vector.VectorPlan;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

import java.util.ArrayList;
import java.util.List;

import static org.objectweb.asm.Opcodes.*;

/**
 * Emits the vector form of a planned loop on the edge into its header, after the phi copies:
 * <pre>
 *   guards ({@link VectorGuards}): trip count &gt;= lanes, in-loop invariants computable, arrays
 *           non-null, every access in bounds over the whole vector range, no stored array equal
 *           to another accessed one at another offset           (any failure: goto scalar)
 *   hoisted broadcasts, accumulators = identity
 *   k = 0; do { body(k); k += lanes; } while (k &lt; vt)         (vt = trip count rounded down to lanes)
 *     (with c accumulators per reduction: c bodies per trip up to the last whole step, then
 *      single bodies on accumulator 0 up to vt)
 *   every induction variable += vt; every reduction = reduction op fold(accumulator, lanes in order)
 * scalar:
 *   the scalar loop, from where the vector loop stopped (the whole range when a guard failed)
 * </pre>
 * A loop that would throw therefore throws from the scalar loop, at the same element and after
 * the same stores as plain Java.
 */
public final class VectorLoopEmitter {
    private final VectorPlan p;
    private final ScalarCode c;
    private final MethodVisitor mv;
    /** The guards in front of the loop, which also hold its locals and its trip counts. */
    private final VectorGuards guards;
    private final LoopSlots slots;
    /** Accumulators per reduction: vector steps per trip of the main loop. */
    private final int copies;
    /** Iterations per trip of the main loop: {@code lanes} times {@link #copies}. */
    private final int step;

    /**
     * @param fewTrips  where too few trips for one vector go, or null for {@code scalar}
     * @param longTrips where {@link ShortTrips#TRIPS} or more go (from a wide loop), or null
     */
    private VectorLoopEmitter(VectorPlan p, ScalarCode c, Label scalar, Label fewTrips, Label longTrips, int copies) {
        this.p = p;
        this.c = c;
        this.mv = c.mv();
        this.copies = copies;
        this.step = copies * p.lanes();
        this.guards = new VectorGuards(p, c, scalar, fewTrips, longTrips, step);
        this.slots = guards.slots();
    }

    /**
     * Emits the vector loop of {@code p} where the code of {@code c} stands (the header's entry edge).
     * A reduction loop {@link dev.hotloop.compiler.vector.MemoryBound} narrowed gets a second, wide
     * loop in front for trips under {@link ShortTrips#TRIPS} ({@link VectorPlan#widened}):
     * <pre>
     *   wide guards (trips &gt;= ShortTrips.TRIPS or &lt; wide lanes: goto narrow); wide loop; fold; goto scalar
     * narrow:
     *   narrow guards; narrow loop; fold
     * scalar: ...
     * </pre>
     */
    public static void emit(VectorPlan p, ScalarCode c) {
        VectorPlan wide = ShortTrips.plan(p);
        Label scalar = new Label();
        if (wide != null) {
            Label narrow = new Label();
            new VectorLoopEmitter(wide, c, scalar, narrow, narrow, ShortTrips.ACCUMULATORS).run();
            c.mv().visitJumpInsn(GOTO, scalar);
            c.mv().visitLabel(narrow);
        }
        new VectorLoopEmitter(p, c, scalar, null, null, accumulators(p)).run();
        c.mv().visitLabel(scalar);
    }

    /** The vector loops and folds; the caller places the scalar label after them. */
    private void run() {
        guards.emit();
        int vt = guards.vt(), vtMain = guards.vtMain();

        MethodNode body = new MethodNode(Opcodes.ASM9);
        List<LaneCode> lanes = new ArrayList<>(List.of(body(body, slots)));
        List<LoopSlots> more = new ArrayList<>();
        for (int k = 1; k < copies; k++) {
            // copy k runs lanes k * VL.. of the step: its own counter and accumulators, an add chain of its own
            LoopSlots s = slots.copy();
            s.setCounter(c.fresh(1));
            for (Reduction r : p.reductions()) s.setAccumulator(r.phi(), c.fresh(1));
            body.visitVarInsn(ILOAD, slots.counter());
            Ints.push(body, k * p.lanes());
            body.visitInsn(IADD);
            body.visitVarInsn(ISTORE, s.counter());
            lanes.add(body(body, s));
            more.add(s);
        }

        // with several chains, the whole vectors after the last whole step run one at a time on chain 0
        MethodNode rest = new MethodNode(Opcodes.ASM9);
        if (copies > 1) lanes.add(body(rest, slots));

        for (LaneCode l : lanes) for (Runnable h : l.hoisted()) h.run();
        for (Reduction r : p.reductions()) ReductionFolds.init(c, r, p, slots.accumulator(r.phi()));
        for (LoopSlots s : more) for (Reduction r : p.reductions()) ReductionFolds.init(c, r, p, s.accumulator(r.phi()));
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, slots.counter());
        Label after = new Label();
        Label tail = new Label();
        if (copies > 1) {
            mv.visitVarInsn(ILOAD, vtMain);
            mv.visitJumpInsn(IFLE, tail);
        }
        loop(body, step, vtMain);
        if (copies > 1) {
            mv.visitLabel(tail);
            mv.visitVarInsn(ILOAD, slots.counter());
            mv.visitVarInsn(ILOAD, vt);
            mv.visitJumpInsn(IF_ICMPGE, after);
            loop(rest, p.lanes(), vt);
        }
        mv.visitLabel(after);
        for (LaneCode l : lanes) l.leave();

        for (InductionVariable iv : p.ivs()) advance(iv, vt);
        // fixed fold order: chain 0 + chain 1 + ... lanewise, then the lanes from lane 0 (ReductionFolds)
        for (LoopSlots s : more) for (Reduction r : p.reductions()) ReductionFolds.merge(c, r, p, slots.accumulator(r.phi()), s.accumulator(r.phi()));
        for (Reduction r : p.reductions()) ReductionFolds.fold(c, r, p, slots.accumulator(r.phi()));
        c.unbindAll();
    }

    /** {@code do { body; k += by; } while (k < limit)}: entered only with {@code k < limit}. */
    private void loop(MethodNode body, int by, int limit) {
        Label top = new Label();
        mv.visitLabel(top);
        body.instructions.accept(mv);
        mv.visitVarInsn(ILOAD, slots.counter());
        Ints.push(mv, by);
        mv.visitInsn(IADD);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ISTORE, slots.counter());
        mv.visitVarInsn(ILOAD, limit);
        mv.visitJumpInsn(IF_ICMPLT, top);
    }

    /** One vector step of the body into {@code body}, reading the counter and accumulators of {@code s}. */
    private LaneCode body(MethodNode body, LoopSlots s) {
        LaneCode lanes = new LaneCode(p, c, body, s);
        for (Block b : p.order()) {
            for (Instr i : b.instrs()) {
                if (i.op() == Op.ALOAD && p.accesses().containsKey(i)) lanes.load(i);
                else if (i.op() == Op.ASTORE) lanes.store(i);
                else if (i.op() == Op.RANDOM) lanes.random(i);
            }
        }
        int[] next = new int[p.reductions().size()];
        for (int k = 0; k < next.length; k++) next[k] = backEdgeValue(lanes, p.reductions().get(k));
        for (int k = 0; k < next.length; k++) {
            body.visitVarInsn(ALOAD, next[k]);
            body.visitVarInsn(ASTORE, s.accumulator(p.reductions().get(k).phi()));
        }
        return lanes;
    }

    /**
     * How many accumulators per reduction the narrow loop keeps (that many vector steps per trip): 2 in a
     * plan {@code MemoryBound} narrowed to half the width, so that its reduction chains cover as
     * many lanes per add latency as one chain at the full width (JMH, dot over 1,000 doubles: 0.092 us
     * at 512 bits, 0.138 at 256 with one accumulator, 0.115 with two, 0.116 with four); else 1. Not
     * with random draws: the steps draw from one generator in order.
     */
    private static int accumulators(VectorPlan p) {
        if (p.narrowedFrom() == 0 || p.reductions().isEmpty() || p.loop().draws()) return 1;
        return NARROW_ACCUMULATORS;
    }

    /** Accumulators per reduction of a narrowed plan (see {@link #accumulators}). */
    static final int NARROW_ACCUMULATORS = 2;

    /** The header phi's value on the back edge: one latch's operand, or a blend over several latches. */
    private int backEdgeValue(LaneCode lanes, Reduction r) {
        Instr phi = r.phi();
        LaneType t = LaneType.of(phi.type());
        List<Block> preds = phi.block().preds();
        int out = -1;
        for (int k = 0; k < preds.size(); k++) {
            if (!p.loop().contains(preds.get(k))) continue;
            int v = lanes.vec(phi.arg(k), t);
            if (out < 0) {
                out = v;
                continue;
            }
            Integer m = lanes.blockMask(p.masks().of(preds.get(k)), t);
            out = m == null ? v : lanes.blendInto(out, v, m, t);
        }
        return out;
    }

    /** The scalar loop resumes {@code vt} iterations later. */
    private void advance(InductionVariable iv, int vt) {
        c.load(iv.phi());
        mv.visitVarInsn(ILOAD, vt);
        if (iv.step() != 1) {
            Ints.push(mv, (int) iv.step());
            mv.visitInsn(IMUL);
        }
        if (iv.phi().type().kind() == Type.Kind.I64) {
            mv.visitInsn(I2L);
            mv.visitInsn(LADD);
        } else {
            mv.visitInsn(IADD);
        }
        c.storePhi(iv.phi());
    }
}
