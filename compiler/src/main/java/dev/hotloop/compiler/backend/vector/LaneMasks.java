package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Value;
import dev.hotloop.compiler.vector.LaneType;
import dev.hotloop.compiler.vector.Mask;
import dev.hotloop.compiler.vector.VectorPlan;
import org.objectweb.asm.MethodVisitor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.objectweb.asm.Opcodes.*;

/**
 * The masks of a lowered loop body ({@link LaneCode}): one {@code VectorMask} per bool value and
 * lane type, and per block or edge condition ({@link Mask}), each computed once into a local of
 * its own. A bool is computed in its own lanes (its comparison's operands) and cast to others on
 * use; a uniform bool is a {@code maskAll} hoisted in front of the loop.
 * <pre>
 * if (a[i] &gt; 0) b[i] = ...                 (double lanes; b a long[])
 *   m = x.compare(GT, zero)                 mask of the block, double lanes
 *   m.cast(LongVector.SPECIES_512)          the store's mask, long lanes
 * if (!(a[i] &gt; 0)) ...                    one comparison and a not, no second not:
 *   double lanes: x.compare(GT, zero).not()  (true on NaN, as Java's else branch)
 *   int lanes:    x.compare(LE, zero)
 * </pre>
 */
final class LaneMasks {
    private final VectorPlan p;
    private final ScalarCode c;
    private final MethodVisitor mv;          // the loop body, as in LaneCode
    private final LaneCode lanes;            // the vectors compared
    private final List<Runnable> hoisted;
    private final Map<Object, Integer> masks = new HashMap<>();
    /** Conditions the outer-loop emitter computes itself: never hoisted, never recomputed. */
    private final Set<Value> boundConds = new HashSet<>();

    LaneMasks(VectorPlan p, ScalarCode c, MethodVisitor body, LaneCode lanes, List<Runnable> hoisted) {
        this.p = p;
        this.c = c;
        this.mv = body;
        this.lanes = lanes;
        this.hoisted = hoisted;
    }

    private int bits(LaneType t) { return p.bitsOf(t); }

    private int newLocal() { return c.fresh(1); }

    /** Later uses of bool {@code cond} as a mask of {@code t} lanes read local {@code slot}. */
    void bind(Value cond, LaneType t, int slot) {
        masks.put(List.of(cond, t), slot);
        boundConds.add(cond);
    }

    /** The masks computed so far (see {@link LaneCode#mark}). */
    Map<Object, Integer> mark() { return new HashMap<>(masks); }

    void reset(Map<Object, Integer> mark) {
        masks.clear();
        masks.putAll(mark);
    }

    /** The local holding the mask of bool {@code cond} for lanes of {@code t}. */
    int mask(Value cond, LaneType t) {
        List<Object> key = List.of(cond, t);
        Integer slot = masks.get(key);
        if (slot != null) return slot;
        int out;
        if (p.isUniform(cond) && !boundConds.contains(cond)) {
            out = newLocal();
            int target = out;
            hoisted.add(() -> {
                VectorApi.species(c.mv(), t, bits(t));
                c.load(cond);
                c.mv().visitMethodInsn(INVOKEINTERFACE, VectorApi.SPECIES, "maskAll", "(Z)" + VectorApi.D_MASK, true);
                c.mv().visitVarInsn(ASTORE, target);
            });
        } else {
            Instr i = (Instr) cond;
            LaneType own = ownLanes(i);
            if (own != t) {
                int m = mask(cond, own);
                mv.visitVarInsn(ALOAD, m);
                VectorApi.castMask(mv, t, bits(t));
            } else if (i.op() == Op.CMP) {
                compare(i, own, i.cond());
            } else {
                int x = mask(i.arg(0), t), y = mask(i.arg(1), t);
                mv.visitVarInsn(ALOAD, x);
                mv.visitVarInsn(ALOAD, y);
                VectorApi.maskOp(mv, i.op().text);
            }
            out = newLocal();
            mv.visitVarInsn(ASTORE, out);
        }
        masks.put(key, out);
        return out;
    }

    /** The lane type a bool is naturally computed in: its comparison's operands (and/or/xor follow their left operand). */
    private LaneType ownLanes(Instr i) {
        if (i.op() == Op.CMP) return LaneType.of(i.arg(0).type());
        Value a = i.arg(0);
        return a instanceof Instr ai && !p.isUniform(ai) ? ownLanes(ai) : LaneType.INT;
    }

    /** Float conditions true on NaN ({@code ult} ...) are the negation of an ordered one. */
    private void compare(Instr cmp, LaneType t, Cond cond) {
        boolean negate = cond.trueOnNaN() && cond != Cond.NE;
        Cond asked = negate ? cond.negate() : cond;
        int x = lanes.vec(cmp.arg(0), t), y = lanes.vec(cmp.arg(1), t);
        mv.visitVarInsn(ALOAD, x);
        VectorApi.comparison(mv, asked.name());
        mv.visitVarInsn(ALOAD, y);
        mv.visitMethodInsn(INVOKEVIRTUAL, t.vectorClass(), "compare",
                "(L" + VectorApi.OPS + "$Comparison;" + VectorApi.D_VECTOR + ")" + VectorApi.D_MASK, false);
        if (negate) VectorApi.maskOp(mv, "not");
    }

    /** The local holding a block or edge mask for lanes of {@code t}, or null for all lanes. */
    Integer blockMask(Mask m, LaneType t) {
        return switch (m) {
            case Mask.All a -> null;
            case Mask.Test test -> {
                if (test.negated() && test.cond() instanceof Instr cmp && cmp.op() == Op.CMP && !p.isUniform(cmp) && !boundConds.contains(cmp)) {
                    // !(a > b) is one comparison (a <= b, or !(a <= b) for NaN-true conditions), not two nots
                    LaneType own = ownLanes(cmp);
                    Cond negated = own.isFloat() ? cmp.cond().negate() : cmp.cond().negate().ordered(); // ints: no NaN
                    if (own == t) yield combined(List.of(m, t), () -> compare(cmp, own, negated));
                    int x = blockMask(m, own);
                    yield combined(List.of(m, t), () -> {
                        mv.visitVarInsn(ALOAD, x);
                        VectorApi.castMask(mv, t, bits(t));
                    });
                }
                int base = mask(test.cond(), t);
                if (!test.negated()) yield base;
                yield combined(List.of(m, t), () -> {
                    mv.visitVarInsn(ALOAD, base);
                    VectorApi.maskOp(mv, "not");
                });
            }
            case Mask.And and -> t == p.widest() ? combine(m, and.a(), and.b(), "and", t) : castOf(m, t);
            case Mask.Or or -> t == p.widest() ? combine(m, or.a(), or.b(), "or", t) : castOf(m, t);
        };
    }

    /** A combined mask for other lanes than the widest: combined in the widest lanes, then cast once. */
    private Integer castOf(Mask m, LaneType t) {
        Integer wide = blockMask(m, p.widest());
        if (wide == null) return null;
        return combined(List.of(m, t), () -> {
            mv.visitVarInsn(ALOAD, wide);
            VectorApi.castMask(mv, t, bits(t));
        });
    }

    private Integer combine(Mask whole, Mask a, Mask b, String op, LaneType t) {
        Integer x = blockMask(a, t), y = blockMask(b, t);
        if (x == null || y == null) return op.equals("and") ? (x == null ? y : x) : null;
        return combined(List.of(whole, t), () -> {
            mv.visitVarInsn(ALOAD, x);
            mv.visitVarInsn(ALOAD, y);
            VectorApi.maskOp(mv, op);
        });
    }

    private int combined(Object key, Runnable code) {
        Integer slot = masks.get(key);
        if (slot != null) return slot;
        code.run();
        int out = newLocal();
        mv.visitVarInsn(ASTORE, out);
        masks.put(key, out);
        return out;
    }
}
