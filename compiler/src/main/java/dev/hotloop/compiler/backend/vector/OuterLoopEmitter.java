package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.Reduction;
import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import dev.hotloop.compiler.vector.Access;
import dev.hotloop.compiler.vector.LaneType;
import dev.hotloop.compiler.vector.OuterPlan;
import dev.hotloop.compiler.vector.VectorPlan;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.LinkedHashSet;
import java.util.Set;

import static org.objectweb.asm.Opcodes.*;

/**
 * Emits the vector form of an outer loop ({@link OuterPlan}) on the edge into its header:
 * <pre>
 *   guards of {@link VectorGuards#emit}; arrays read at a shared index non-null and
 *   different from every stored array                                   (else goto scalar)
 *   goto setup
 * top:                                             (lanes = iterations k .. k + lanes - 1)
 *   code before the inner loop, as vectors (masked stores); contiguous loads of the inner loop
 *   the inner loop in lockstep ({@link LockstepLoop}):
 *   active = lanes entering the inner loop; per-lane phis = their starts; shared phis = start
 *   while (active.anyTrue()) {
 *     the inner body: shared values as scalars (a shared load out of bounds: its exception's
 *     handler goes to after),
 *     the rest as vectors under the block masks (the header's mask is active); an exit on a
 *     shared scalar ({@code k < maxIter}): a scalar jump to capture every running lane's live-outs
 *     leaving = active lanes taking another exit edge; each live-out = blend(live-out, value, leaving)
 *     phis = their back-edge values; active = lanes on a back edge
 *   }
 *   code after the inner loop (live-outs as captured), masked stores; accumulators
 *   k += lanes; if (k &lt; vt) goto top
 * after:   the induction variables advance k iterations; reductions fold
 * scalar:  the scalar loop from there (the rest, or the chunk a shared load would have thrown in)
 * </pre>
 * The inner loop stores nothing, and with shared loads in it the stores come after it, so a
 * vector iteration abandoned in its inner loop has changed nothing: the scalar loop redoes it and
 * throws where plain Java does.
 */
public final class OuterLoopEmitter {
    private final OuterPlan o;
    private final VectorPlan p;
    private final ScalarCode c;
    private final MethodVisitor mv;
    private final Label after = new Label();
    private LoopSlots slots;
    private LaneCode lanes;

    private OuterLoopEmitter(OuterPlan o, ScalarCode c) {
        this.o = o;
        this.p = o.vector();
        this.c = c;
        this.mv = c.mv();
    }

    /** Emits the vector form of {@code o} where the code of {@code c} stands (the outer header's entry edge). */
    public static void emit(OuterPlan o, ScalarCode c) {
        new OuterLoopEmitter(o, c).run();
    }

    private void run() {
        VectorGuards guards = new VectorGuards(p, c);
        guards.emit();
        slots = guards.slots();
        sharedArrays(guards.scalar());
        lanes = new LaneCode(p, c, mv, slots);
        Label setup = new Label(), top = new Label();
        mv.visitJumpInsn(GOTO, setup);
        mv.visitLabel(top);
        before();
        new LockstepLoop(o, c, lanes, after).emit();
        afterInner();
        mv.visitVarInsn(ILOAD, slots.counter());
        Ints.push(mv, p.lanes());
        mv.visitInsn(IADD);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ISTORE, slots.counter());
        mv.visitVarInsn(ILOAD, guards.vt());
        mv.visitJumpInsn(IF_ICMPLT, top);
        mv.visitJumpInsn(GOTO, after);

        mv.visitLabel(setup);
        for (Runnable h : lanes.hoisted()) h.run();
        for (Reduction r : p.reductions()) ReductionFolds.init(c, r, p, slots.accumulator(r.phi()));
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, slots.counter());
        mv.visitJumpInsn(GOTO, top);

        mv.visitLabel(after);
        lanes.leave();
        for (InductionVariable iv : p.ivs()) advance(iv);
        for (Reduction r : p.reductions()) ReductionFolds.fold(c, r, p, slots.accumulator(r.phi()));
        mv.visitLabel(guards.scalar());
        c.unbindAll();
    }

    /** Arrays read at a shared index: non-null, and not one of the arrays the loop stores to. */
    private void sharedArrays(Label scalar) {
        Set<Value> read = new LinkedHashSet<>();
        for (Instr s : o.scalars()) if (s.op() == Op.ALOAD) read.add(s.arg(0));
        for (Value a : read) {
            c.load(a);
            mv.visitJumpInsn(IFNULL, scalar);
            for (Access w : p.accesses().values()) {
                if (w.instr().op() != Op.ASTORE || !w.array().type().equals(a.type())) continue;
                c.load(a);
                mv.visitVarInsn(ALOAD, slots.array(w.array()));
                mv.visitJumpInsn(IF_ACMPEQ, scalar);
            }
        }
    }

    /** The code before the inner loop (stores masked by their blocks), and the inner loop's contiguous loads. */
    private void before() {
        for (Block b : o.pre()) {
            for (Instr i : b.instrs()) {
                if (i.op() == Op.ALOAD && p.accesses().containsKey(i)) lanes.load(i);
                else if (i.op() == Op.ASTORE) lanes.store(i);
                else if (i.op() == Op.RANDOM) lanes.random(i);
            }
        }
        for (Block b : o.innerOrder()) {
            for (Instr i : b.instrs()) if (i.op() == Op.ALOAD && p.accesses().containsKey(i)) lanes.load(i);
        }
    }

    /** The code after the inner loop (stores masked by their blocks) and the outer reductions' new accumulators. */
    private void afterInner() {
        for (Block b : o.post()) {
            for (Instr i : b.instrs()) {
                if (i.op() == Op.ALOAD && p.accesses().containsKey(i)) lanes.load(i);
                else if (i.op() == Op.ASTORE) lanes.store(i);
                else if (i.op() == Op.RANDOM) lanes.random(i);
            }
        }
        int[] next = new int[p.reductions().size()];
        for (int k = 0; k < next.length; k++) {
            Instr phi = p.reductions().get(k).phi();
            next[k] = lanes.backEdgeValue(phi, p.loop(), own(phi));
        }
        for (int k = 0; k < next.length; k++) {
            mv.visitVarInsn(ALOAD, next[k]);
            mv.visitVarInsn(ASTORE, slots.accumulator(p.reductions().get(k).phi()));
        }
    }

    private static LaneType own(Instr v) { return LaneType.of(v.type()); }

    /** The outer loop resumes {@code k} iterations later: all of them, or up to the vector iteration given up. */
    private void advance(InductionVariable iv) {
        c.load(iv.phi());
        mv.visitVarInsn(ILOAD, slots.counter());
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
