package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import dev.hotloop.compiler.vector.Access;
import dev.hotloop.compiler.vector.LaneOp;
import dev.hotloop.compiler.vector.LaneType;
import dev.hotloop.compiler.vector.Mask;
import dev.hotloop.compiler.vector.VectorOps;
import dev.hotloop.compiler.vector.VectorPlan;
import org.objectweb.asm.MethodVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.objectweb.asm.Opcodes.*;

/**
 * Lowers the body of a planned loop to one straight line of Vector API calls, one vector per IR
 * value (in locals of its own). Loads and stores are emitted in program order; pure values on
 * first use (there is no control flow left, so the first use dominates the rest). Uniform
 * values become broadcasts hoisted in front of the loop; phis at joins become blends under the
 * masks of their incoming edges; stores under a condition are masked.
 * <pre>
 * b2: v5 = aload v0, v2;  v6 = mul v5, 2.0;  astore v1, v2, v6
 *  ==> x = DoubleVector.fromArray(S, a0, off0 + k); t = x.lanewise(MUL, two); t.intoArray(a1, off1 + k)
 * </pre>
 */
final class LaneCode {
    private final VectorPlan p;
    private final ScalarCode c;
    private final MethodVisitor mv;          // the loop body (a buffer replayed inside the loop)
    private final LoopSlots s;
    private final List<Runnable> hoisted = new ArrayList<>();
    private final Map<Object, Integer> vectors = new HashMap<>();
    private final Map<Object, Integer> masks = new HashMap<>();
    private final RandomLanes randoms;

    LaneCode(VectorPlan p, ScalarCode c, MethodVisitor body, LoopSlots s) {
        this.p = p;
        this.c = c;
        this.mv = body;
        this.s = s;
        this.randoms = new RandomLanes(p, c);
    }

    /** Where the vector loop ends, before the scalar rest: the random lanes' state goes back to its generator ({@link RandomLanes#leave}). */
    void leave() {
        randoms.leave();
    }

    /** A random draw, in program order: one vector from the loop's lane-parallel generator ({@link RandomLanes}). */
    void random(Instr i) {
        vectors.put(i, randoms.draw(i, mv, hoisted));
    }

    /** Code for the preheader, to run before the loop: broadcasts of what the body used uniformly. */
    List<Runnable> hoisted() { return hoisted; }

    private int bits(LaneType t) { return p.bitsOf(t); }

    // ---- hooks for the outer-loop emitter (values it computes itself, per iteration of its inner loop) ----

    /** Later uses of {@code v} (as a vector of its own lane type) read local {@code slot}. */
    void bind(Value v, int slot) { vectors.put(v, slot); }

    /** Later uses of bool {@code cond} as a mask of {@code t} lanes read local {@code slot}. */
    void bindMask(Value cond, LaneType t, int slot) {
        masks.put(List.of(cond, t), slot);
        boundConds.add(cond);
    }

    private final java.util.Set<Value> boundConds = new java.util.HashSet<>();

    /** The vectors and masks computed so far, to forget those computed inside a loop afterwards. */
    Object mark() { return List.of(new HashMap<>(vectors), new HashMap<>(masks)); }

    @SuppressWarnings("unchecked")
    void reset(Object mark) {
        List<Map<Object, Integer>> m = (List<Map<Object, Integer>>) mark;
        vectors.clear();
        vectors.putAll(m.get(0));
        masks.clear();
        masks.putAll(m.get(1));
    }

    private int newLocal() { return c.fresh(1); }

    // ---- values ----

    /** The local holding {@code v} as a vector of {@code t} lanes. */
    int vec(Value v, LaneType t) {
        LaneType own = LaneType.of(v.type());
        if (p.isUniform(v)) return broadcast(v, t);
        Integer slot = vectors.get(v);
        if (slot == null) {
            slot = compute((Instr) v);
            vectors.put(v, slot);
        }
        if (own == t) return slot;
        // only shift counts change lane type: an int count for long lanes
        mv.visitVarInsn(ALOAD, slot);
        VectorApi.convert(mv, own.letter() + "2" + t.letter(), t, bits(t));
        int out = newLocal();
        mv.visitVarInsn(ASTORE, out);
        return out;
    }

    private int broadcast(Value v, LaneType t) {
        List<Object> key = List.of(v, t);
        Integer slot = vectors.get(key);
        if (slot != null) return slot;
        int out = newLocal();
        vectors.put(key, out);
        hoisted.add(() -> {
            MethodVisitor pre = c.mv();
            VectorApi.species(pre, t, bits(t));
            c.load(v);
            LaneType own = LaneType.of(v.type());
            if (own == LaneType.INT && t == LaneType.LONG) pre.visitInsn(I2L);
            VectorApi.broadcast(pre, t);
            pre.visitVarInsn(ASTORE, out);
        });
        return out;
    }

    private int compute(Instr i) {
        InductionVariable iv = p.ivOf(i);
        if (iv != null) return indexVector(iv);
        if (p.reductionOf(i) != null) return s.accumulator(i);
        LaneType r = LaneType.of(i.type());
        switch (i.op()) {
            case CONV -> convert(i);
            case SELECT -> {
                int no = vec(i.arg(2), r), yes = vec(i.arg(1), r), m = mask(i.arg(0), r);
                mv.visitVarInsn(ALOAD, no);
                mv.visitVarInsn(ALOAD, yes);
                mv.visitVarInsn(ALOAD, m);
                blend(r);
            }
            case PHI -> phi(i, r);
            case CALL -> operate(i, VectorOps.call((MethodRef) i.aux()), r);
            case ALOAD -> throw new IllegalStateException("load " + i.ref() + " used before it is emitted");
            default -> operate(i, VectorOps.arith(i), r);
        }
        int out = newLocal();
        mv.visitVarInsn(ASTORE, out);
        return out;
    }

    /** {@code [start + k, start + k + 1, ...]}. */
    private int indexVector(InductionVariable iv) {
        VectorApi.species(mv, LaneType.INT, bits(LaneType.INT));
        mv.visitVarInsn(ILOAD, s.start(iv));
        mv.visitVarInsn(ILOAD, s.counter());
        mv.visitInsn(IADD);
        VectorApi.broadcast(mv, LaneType.INT);
        mv.visitInsn(ICONST_1);
        mv.visitMethodInsn(INVOKEVIRTUAL, LaneType.INT.vectorClass(), "addIndex", "(I)" + VectorApi.desc(LaneType.INT), false);
        int out = newLocal();
        mv.visitVarInsn(ASTORE, out);
        return out;
    }

    /** Operands first (computing one may emit code), then the call. */
    private void operate(Instr i, LaneOp op, LaneType r) {
        int[] args = new int[i.args().size()];
        for (int k = 0; k < args.length; k++) args[k] = vec(i.arg(k), r);
        mv.visitVarInsn(ALOAD, args[0]);
        VectorApi.operator(mv, op);
        for (int k = 1; k < args.length; k++) mv.visitVarInsn(ALOAD, args[k]);
        VectorApi.lanewise(mv, r, op);
    }

    /** A header phi's value on the back edges of {@code loop}: one latch's operand, or a blend over several latches under their edges' masks. */
    int backEdgeValue(Instr phi, dev.hotloop.compiler.analysis.Loop loop, LaneType t) {
        List<Block> preds = phi.block().preds();
        int out = -1;
        for (int k = 0; k < preds.size(); k++) {
            Block from = preds.get(k);
            if (!loop.contains(from)) continue;
            int v = vec(phi.arg(k), t);
            if (out < 0) {
                out = v;
                continue;
            }
            Integer m = blockMask(p.masks().edge(from, phi.block()), t);
            out = m == null ? v : blendInto(out, v, m, t);
        }
        return out;
    }

    /** A new local: {@code base} with the lanes of {@code mask} taken from {@code other}. */
    int blendInto(int base, int other, int mask, LaneType r) {
        mv.visitVarInsn(ALOAD, base);
        mv.visitVarInsn(ALOAD, other);
        mv.visitVarInsn(ALOAD, mask);
        blend(r);
        int out = newLocal();
        mv.visitVarInsn(ASTORE, out);
        return out;
    }

    private void blend(LaneType r) {
        mv.visitMethodInsn(INVOKEVIRTUAL, r.vectorClass(), "blend", "(" + VectorApi.D_VECTOR + VectorApi.D_MASK + ")" + VectorApi.desc(r), false);
    }

    /** Java's conversion: between lane types with the API's conversions, then the narrowing of i2b/i2s/i2c. */
    private void convert(Instr i) {
        LaneType from = LaneType.of(i.arg(0).type());
        LaneType to = LaneType.of(i.type());
        int x = vec(i.arg(0), from);
        mv.visitVarInsn(ALOAD, x);
        if (from != to) VectorApi.convert(mv, from.letter() + "2" + to.letter(), to, bits(to));
        Type target = i.aux() instanceof Type t ? t : i.type();
        switch (target.kind()) {
            case I8 -> { VectorApi.lanewiseInt(mv, "LSHL", "Binary", 24); VectorApi.lanewiseInt(mv, "ASHR", "Binary", 24); }
            case I16 -> { VectorApi.lanewiseInt(mv, "LSHL", "Binary", 16); VectorApi.lanewiseInt(mv, "ASHR", "Binary", 16); }
            case U16 -> VectorApi.lanewiseInt(mv, "AND", "Associative", 0xFFFF);
            default -> { }
        }
    }

    /** A join: the first operand, overwritten lane by lane by each other edge's operand under that edge's mask. */
    private void phi(Instr phi, LaneType r) {
        Block join = phi.block();
        List<Block> preds = join.preds();
        int acc = vec(phi.arg(0), r);
        for (int k = 1; k < preds.size(); k++) {
            Integer m = blockMask(p.masks().edge(preds.get(k), join), r);
            int v = vec(phi.arg(k), r);
            acc = m == null ? v : blendInto(acc, v, m, r);
        }
        mv.visitVarInsn(ALOAD, acc);
    }

    // ---- masks ----

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
        int x = vec(cmp.arg(0), t), y = vec(cmp.arg(1), t);
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

    // ---- memory ----

    /** {@code fromArray} at the access's offset plus the counter; narrow elements widen to int lanes. */
    void load(Instr i) {
        Access a = p.accesses().get(i);
        Type elem = a.array().type().elem();
        LaneType e = LaneType.element(elem);
        VectorApi.species(mv, e, bits(e));
        mv.visitVarInsn(ALOAD, s.array(a.array()));
        index(a);
        String name = switch (elem.kind()) { case U16 -> "fromCharArray"; case BOOL -> "fromBooleanArray"; default -> "fromArray"; };
        mv.visitMethodInsn(INVOKESTATIC, e.vectorClass(), name, "(" + VectorApi.D_SPECIES + "[" + elem.descriptor() + "I)" + VectorApi.desc(e), false);
        if (e.bits < 32) {
            String conv = switch (elem.kind()) { case U16 -> "ZERO_EXTEND_S2I"; case I16 -> "S2I"; default -> "B2I"; };
            VectorApi.convert(mv, conv, LaneType.INT, bits(LaneType.INT));
        }
        int out = newLocal();
        mv.visitVarInsn(ASTORE, out);
        vectors.put(i, out);
    }

    /** {@code intoArray} under the block's mask; narrow elements are truncated as the JVM's stores do. */
    void store(Instr i) {
        Access a = p.accesses().get(i);
        Type elem = a.array().type().elem();
        LaneType e = LaneType.element(elem);
        LaneType r = LaneType.of(elem.computational());
        int value = vec(i.arg(2), r);
        Integer m = blockMask(p.masks().of(i.block()), e);
        mv.visitVarInsn(ALOAD, value);
        if (e.bits < 32) VectorApi.convert(mv, e == LaneType.BYTE ? "I2B" : "I2S", e, bits(e));
        mv.visitVarInsn(ALOAD, s.array(a.array()));
        index(a);
        if (m != null) mv.visitVarInsn(ALOAD, m);
        String name = switch (elem.kind()) { case U16 -> "intoCharArray"; case BOOL -> "intoBooleanArray"; default -> "intoArray"; };
        mv.visitMethodInsn(INVOKEVIRTUAL, e.vectorClass(), name,
                "([" + elem.descriptor() + "I" + (m == null ? "" : VectorApi.D_MASK) + ")V", false);
    }

    private void index(Access a) {
        mv.visitVarInsn(ILOAD, s.offset(a));
        mv.visitVarInsn(ILOAD, s.counter());
        mv.visitInsn(IADD);
    }
}
