package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.Reduction;
import dev.hotloop.compiler.analysis.TripCount;
import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import dev.hotloop.compiler.vector.Access;
import dev.hotloop.compiler.vector.VectorPlan;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.objectweb.asm.Opcodes.*;

/**
 * The guards in front of a vector loop, and the locals they leave for it ({@link LoopSlots}): the
 * vector loop runs only when it cannot trap and cannot see a store it would not have seen one
 * element at a time; any failed guard jumps to the scalar loop, which then runs the whole range
 * and throws, if it throws, at the same element as plain Java.
 * <pre>
 * for (int i = 0; i &lt; n; i++) b[i] = a[i] * 2.0;      (4 lanes)
 *   trips = n - i0; trips &lt; 4: goto fewTrips; vt = trips &amp; -4    (vt beyond an int: goto fewTrips)
 *   a, b non-null; start = i0; 0 &lt;= start and start + vt &lt;= a.length, b.length
 *   a != b, or both accessed at the same element               (otherwise goto scalar)
 * </pre>
 * Shared by {@link VectorLoopEmitter} and {@link OuterLoopEmitter}; the order of the guards (and so
 * of the locals they take) is part of the emitted code's shape.
 */
final class VectorGuards {
    private final VectorPlan p;
    private final ScalarCode c;
    private final MethodVisitor mv;
    private final LoopSlots slots = new LoopSlots();
    private final Label scalar;
    /** Where too few iterations for one vector go: the scalar loop, or the narrow loop after a wide one. */
    private final Label fewTrips;
    /** Where {@link ShortTrips#TRIPS} or more iterations go from a wide loop (the narrow one), or null. */
    private final Label longTrips;
    /** Iterations per trip of the main loop: {@code lanes} times its accumulators per reduction. */
    private final int step;
    /** The trip count rounded down to whole vectors: what the vector loops run. */
    private int vt;
    /** The trip count rounded down to whole steps: what the loop of several accumulator chains runs. */
    private int vtMain;

    /** Guards of a loop of one vector per trip whose failures all go to a scalar label of their own. */
    VectorGuards(VectorPlan p, ScalarCode c) {
        this(p, c, new Label(), null, null, p.lanes());
    }

    /** @param fewTrips where too few trips for one vector go, or null for {@code scalar} */
    VectorGuards(VectorPlan p, ScalarCode c, Label scalar, Label fewTrips, Label longTrips, int step) {
        this.p = p;
        this.c = c;
        this.mv = c.mv();
        this.scalar = scalar;
        this.fewTrips = fewTrips == null ? scalar : fewTrips;
        this.longTrips = longTrips;
        this.step = step;
    }

    /**
     * The guards and locals every vector loop starts with: in-loop invariants, the trip count,
     * arrays, starts, bounds, aliasing, the random lanes' guard, then the counter and accumulators.
     */
    void emit() {
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

    /** The local holding the trip count rounded down to whole steps ({@link #vt} when a step is one vector). */
    int vtMain() { return vtMain; }

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
}
