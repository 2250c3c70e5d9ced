package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
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
 * masks of their incoming edges; stores under a condition are masked. Masks are computed by
 * {@link LaneMasks}, loads and stores by {@link LaneMemory}, random draws by {@link RandomLanes}.
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
    private final LaneMasks masks;
    private final LaneMemory memory;
    private final RandomLanes randoms;

    LaneCode(VectorPlan p, ScalarCode c, MethodVisitor body, LoopSlots s) {
        this.p = p;
        this.c = c;
        this.mv = body;
        this.s = s;
        this.masks = new LaneMasks(p, c, body, this, hoisted);
        this.memory = new LaneMemory(p, c, body, s, this);
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
    void bindMask(Value cond, LaneType t, int slot) { masks.bind(cond, t, slot); }

    /** The vectors and masks computed so far, to forget those computed inside a loop afterwards. */
    Object mark() { return List.of(new HashMap<>(vectors), masks.mark()); }

    @SuppressWarnings("unchecked")
    void reset(Object mark) {
        List<Map<Object, Integer>> m = (List<Map<Object, Integer>>) mark;
        vectors.clear();
        vectors.putAll(m.get(0));
        masks.reset(m.get(1));
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

    // ---- masks (LaneMasks) and memory (LaneMemory) ----

    /** The local holding the mask of bool {@code cond} for lanes of {@code t}. */
    int mask(Value cond, LaneType t) { return masks.mask(cond, t); }

    /** The local holding a block or edge mask for lanes of {@code t}, or null for all lanes. */
    Integer blockMask(Mask m, LaneType t) { return masks.blockMask(m, t); }

    /** A load of the body, in program order: later uses read its vector. */
    void load(Instr i) { vectors.put(i, memory.load(i)); }

    /** A store of the body, in program order, under its block's mask. */
    void store(Instr i) { memory.store(i); }
}
