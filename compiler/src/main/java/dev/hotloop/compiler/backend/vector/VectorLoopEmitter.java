package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.Reduction;
import dev.hotloop.compiler.analysis.TripCount;
import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import dev.hotloop.compiler.vector.Access;
import dev.hotloop.compiler.vector.LaneType;
import dev.hotloop.compiler.vector.VectorPlan;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.objectweb.asm.Opcodes.*;

/**
 * Emits the vector form of a planned loop on the edge into its header, after the phi copies:
 * <pre>
 *   guards: trip count &gt;= lanes, in-loop invariants computable, arrays non-null, every access
 *           in bounds over the whole vector range, no stored array equal to another accessed one
 *           at another offset                                  (any failure: goto scalar)
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
    private final LoopSlots slots = new LoopSlots();
    private final Label scalar;
    /** Where too few iterations for one vector go: the scalar loop, or the narrow loop after a wide one. */
    private Label fewTrips;
    /** Where {@link ShortTrips#TRIPS} or more iterations go from a wide loop (the narrow one), or null. */
    private Label longTrips;
    /** The trip count rounded down to whole vectors: what the vector loops run. */
    private int vt;
    /** The trip count rounded down to whole steps: what the loop of {@link #copies} chains runs. */
    private int vtMain;
    /** Accumulators per reduction: vector steps per trip of the main loop. */
    private final int copies;
    /** Iterations per trip of the main loop: {@code lanes} times {@link #copies}. */
    private final int step;

    VectorLoopEmitter(VectorPlan p, ScalarCode c) {
        this(p, c, new Label(), 1);
    }

    private VectorLoopEmitter(VectorPlan p, ScalarCode c, Label scalar, int copies) {
        this.p = p;
        this.c = c;
        this.mv = c.mv();
        this.scalar = scalar;
        this.fewTrips = scalar;
        this.copies = copies;
        this.step = copies * p.lanes();
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
            VectorLoopEmitter w = new VectorLoopEmitter(wide, c, scalar, ShortTrips.ACCUMULATORS);
            w.fewTrips = narrow;
            w.longTrips = narrow;
            w.run();
            c.mv().visitJumpInsn(GOTO, scalar);
            c.mv().visitLabel(narrow);
        }
        new VectorLoopEmitter(p, c, scalar, accumulators(p)).run();
        c.mv().visitLabel(scalar);
    }

    /** The vector loops and folds; the caller places the scalar label after them. */
    private void run() {
        prologue();

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

        for (InductionVariable iv : p.ivs()) advance(iv);
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

    /**
     * The guards and locals every vector loop starts with (shared with {@link OuterLoopEmitter}):
     * in-loop invariants, the trip count, arrays, starts, bounds, aliasing, counter, accumulators.
     */
    void prologue() {
        invariants();
        tripCount();
        arrays();
        for (InductionVariable iv : p.ivs()) {
            if (iv.phi().type().kind() != Type.Kind.I32) continue;
            int s = c.fresh(1);
            c.load(iv.phi());
            mv.visitVarInsn(ISTORE, s);
            slots.setStart(iv, s);
        }
        bounds();
        aliasing();
        RandomLanes.guard(p, c, scalar);
        slots.setCounter(c.fresh(1));
        for (Reduction r : p.reductions()) slots.setAccumulator(r.phi(), c.fresh(1));
    }

    LoopSlots slots() { return slots; }

    /** Where the scalar loop starts: every failed guard jumps here. */
    Label scalar() { return scalar; }

    /** The local holding the trip count rounded down to whole vectors. */
    int vt() { return vt; }

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

    /** In-loop invariants in order, each after the checks that keep it from trapping. */
    private void invariants() {
        for (Instr i : p.invariants()) {
            switch (i.op()) {
                case ALEN -> nonNull(i.arg(0));
                case ALOAD -> {
                    nonNull(i.arg(0));
                    c.load(i.arg(1));
                    mv.visitJumpInsn(IFLT, scalar);
                    c.load(i.arg(1));
                    c.load(i.arg(0));
                    mv.visitInsn(ARRAYLENGTH);
                    mv.visitJumpInsn(IF_ICMPGE, scalar);
                }
                case DIV, REM -> {
                    if (i.type().kind() == Type.Kind.I32) {
                        c.load(i.arg(1));
                        mv.visitJumpInsn(IFEQ, scalar);
                    } else if (i.type().kind() == Type.Kind.I64) {
                        c.load(i.arg(1));
                        mv.visitInsn(LCONST_0);
                        mv.visitInsn(LCMP);
                        mv.visitJumpInsn(IFEQ, scalar);
                    }
                }
                default -> { }
            }
            c.lower(i);
            int s = c.fresh(i.type().slots());
            mv.visitVarInsn(org.objectweb.asm.Type.getType(i.type().computational().descriptor()).getOpcode(ISTORE), s);
            c.bind(i, s);
        }
    }

    private void nonNull(Value array) {
        c.load(array);
        mv.visitJumpInsn(IFNULL, scalar);
    }

    /**
     * {@code vt} = the trip count rounded down to whole vectors, {@code vtMain} to whole steps;
     * too few trips for one vector (or vt beyond an int) go to {@link #fewTrips}, and from a wide
     * loop {@link ShortTrips#TRIPS} or more to {@link #longTrips}.
     */
    private void tripCount() {
        TripCount t = p.trip();
        Instr phi = t.iv().phi();
        boolean wide = phi.type().kind() == Type.Kind.I64;
        int trips = c.fresh(2);
        if (wide) {
            c.load(t.bound());
            c.load(phi);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(t.cond() == Cond.LE ? IFLT : IFLE, scalar);
            if (t.cond() == Cond.LE) {
                c.load(t.bound());
                Ints.pushLong(mv, Long.MAX_VALUE);
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFEQ, scalar); // i <= Long.MAX_VALUE never ends
            }
            c.load(t.bound());
            c.load(phi);
            mv.visitInsn(LSUB);
        } else {
            if (t.cond() == Cond.LE) {
                c.load(t.bound());
                Ints.push(mv, Integer.MAX_VALUE);
                mv.visitJumpInsn(IF_ICMPEQ, scalar); // i <= Integer.MAX_VALUE never ends
            }
            c.load(t.bound());
            mv.visitInsn(I2L);
            c.load(phi);
            mv.visitInsn(I2L);
            mv.visitInsn(LSUB);
        }
        if (t.cond() == Cond.LE) {
            mv.visitInsn(LCONST_1);
            mv.visitInsn(LADD);
        }
        mv.visitVarInsn(LSTORE, trips);
        if (longTrips != null) {
            mv.visitVarInsn(LLOAD, trips);
            Ints.pushLong(mv, ShortTrips.TRIPS);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFGE, longTrips);
        }
        mv.visitVarInsn(LLOAD, trips);
        Ints.pushLong(mv, p.lanes());
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFLT, fewTrips);
        mv.visitVarInsn(LLOAD, trips);
        Ints.pushLong(mv, -p.lanes());
        mv.visitInsn(LAND);
        mv.visitVarInsn(LSTORE, trips);
        mv.visitVarInsn(LLOAD, trips);
        Ints.pushLong(mv, Integer.MAX_VALUE);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFGT, fewTrips);
        mv.visitVarInsn(LLOAD, trips);
        mv.visitInsn(L2I);
        vt = c.fresh(1);
        mv.visitVarInsn(ISTORE, vt);
        vtMain = vt;
        if (step != p.lanes()) {
            vtMain = c.fresh(1);
            mv.visitVarInsn(ILOAD, vt);
            Ints.push(mv, -step);
            mv.visitInsn(IAND);
            mv.visitVarInsn(ISTORE, vtMain);
        }
    }

    /** Every accessed array non-null, kept in a local of the loop's own. */
    private void arrays() {
        for (Access a : p.accesses().values()) {
            if (slots.hasArray(a.array())) continue;
            int s = c.fresh(1);
            c.load(a.array());
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, s);
            mv.visitJumpInsn(IFNULL, scalar);
            slots.setArray(a.array(), s);
        }
    }

    /** For each access: {@code 0 <= start + base + offset} and {@code start + base + offset + vt <= length}, in long arithmetic. */
    private void bounds() {
        int lo = c.fresh(2);
        for (Access a : p.accesses().values()) {
            mv.visitVarInsn(ILOAD, slots.start(a.iv()));
            mv.visitInsn(I2L);
            if (a.base() != null) {
                c.load(a.base());
                mv.visitInsn(I2L);
                mv.visitInsn(LADD);
            }
            Ints.pushLong(mv, a.offset());
            mv.visitInsn(LADD);
            mv.visitVarInsn(LSTORE, lo);
            mv.visitVarInsn(LLOAD, lo);
            mv.visitInsn(LCONST_0);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFLT, scalar);
            mv.visitVarInsn(LLOAD, lo);
            mv.visitVarInsn(ILOAD, vt);
            mv.visitInsn(I2L);
            mv.visitInsn(LADD);
            mv.visitVarInsn(ALOAD, slots.array(a.array()));
            mv.visitInsn(ARRAYLENGTH);
            mv.visitInsn(I2L);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFGT, scalar);
            if (slots.offsetOrNull(a) == null) {
                int off = c.fresh(1);
                mv.visitVarInsn(LLOAD, lo);
                mv.visitInsn(L2I);
                mv.visitVarInsn(ISTORE, off);
                slots.setOffset(a, off);
            }
        }
    }

    /**
     * Different array values may be one array at run time: a stored array must then differ from
     * every other stored array, and from every loaded one unless both start at the same element.
     */
    private void aliasing() {
        Set<List<Object>> done = new LinkedHashSet<>();
        for (Access w : p.accesses().values()) {
            if (w.instr().op() != Op.ASTORE) continue;
            for (Access o : p.accesses().values()) {
                if (o.array() == w.array() || !o.array().type().equals(w.array().type())) continue;
                boolean store = o.instr().op() == Op.ASTORE;
                if (!store && o.sameIndex(w)) continue;
                if (!done.add(List.of(w.array(), o.array(), LoopSlots.key(w), LoopSlots.key(o), store))) continue;
                mv.visitVarInsn(ALOAD, slots.array(w.array()));
                mv.visitVarInsn(ALOAD, slots.array(o.array()));
                if (store) {
                    mv.visitJumpInsn(IF_ACMPEQ, scalar);
                } else {
                    Label apart = new Label();
                    mv.visitJumpInsn(IF_ACMPNE, apart);
                    mv.visitVarInsn(ILOAD, slots.offset(w));
                    mv.visitVarInsn(ILOAD, slots.offset(o));
                    mv.visitJumpInsn(IF_ICMPNE, scalar);
                    mv.visitLabel(apart);
                }
            }
        }
    }

    /** The scalar loop resumes {@code vt} iterations later. */
    private void advance(InductionVariable iv) {
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
