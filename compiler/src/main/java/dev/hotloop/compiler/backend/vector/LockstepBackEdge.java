package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.vector.LaneType;
import dev.hotloop.compiler.vector.Mask;
import dev.hotloop.compiler.vector.OuterPlan;
import dev.hotloop.compiler.vector.VectorPlan;
import org.objectweb.asm.MethodVisitor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.objectweb.asm.Opcodes.*;

/**
 * The back edge of the lockstep inner loop ({@link LockstepLoop}): the header's phis take their
 * back-edge values all at once (a parallel copy), per-lane phis as vectors, shared ones as
 * scalars; when lanes leave at different times the mask of active lanes becomes the lanes on a
 * back edge too. Every new value is computed before any phi's slot is overwritten, since one phi
 * may feed another.
 * <pre>
 * for (j...) { a = b; b = t; }     ==&gt;   ta = vec(b); tb = vec(t); tj = j + 1; a = ta; b = tb; j = tj
 * </pre>
 */
final class LockstepBackEdge {
    private final OuterPlan o;
    private final VectorPlan p;
    private final ScalarCode c;
    private final MethodVisitor mv;
    private final LaneCode lanes;

    LockstepBackEdge(OuterPlan o, ScalarCode c, LaneCode lanes) {
        this.o = o;
        this.p = o.vector();
        this.c = c;
        this.mv = c.mv();
        this.lanes = lanes;
    }

    /**
     * Emits the copies into {@code phis} (per-lane phis' slots) and {@code scalarPhiSlots};
     * {@code masked}: also the lanes staying in the loop into {@code activeSlot}.
     */
    void emit(Map<Instr, Integer> phis, Map<Instr, Integer> scalarPhiSlots, boolean masked, int activeSlot) {
        Block h = o.inner().header();
        Map<Integer, Integer> copies = new LinkedHashMap<>();
        for (Instr phi : o.vectorPhis()) copies.put(phis.get(phi), lanes.backEdgeValue(phi, o.inner(), LaneType.of(phi.type())));
        if (masked) {
            Mask staying = null;
            for (Block latch : o.inner().latches()) {
                Mask e = p.masks().edge(latch, h);
                staying = staying == null ? e : Mask.or(staying, e);
            }
            Integer stay = lanes.blockMask(staying, p.widest());
            if (stay != null) copies.put(activeSlot, stay);
        }
        Map<Instr, Integer> scalarNext = new HashMap<>();
        for (Instr phi : o.scalarPhis()) {
            Instr update = ivUpdate(phi);
            int tmp = c.fresh(2);
            c.load(update);
            mv.visitVarInsn(jvm(phi).getOpcode(ISTORE), tmp);
            scalarNext.put(phi, tmp);
        }
        // a source may be another destination (a phi fed by a phi): go through temporaries
        Map<Integer, Integer> temps = new LinkedHashMap<>();
        copies.forEach((to, from) -> {
            int tmp = c.fresh(1);
            mv.visitVarInsn(ALOAD, from);
            mv.visitVarInsn(ASTORE, tmp);
            temps.put(to, tmp);
        });
        temps.forEach((to, tmp) -> {
            mv.visitVarInsn(ALOAD, tmp);
            mv.visitVarInsn(ASTORE, to);
        });
        for (Instr phi : o.scalarPhis()) { // c.load(phi) reads the slot bound before the loop
            mv.visitVarInsn(jvm(phi).getOpcode(ILOAD), scalarNext.get(phi));
            mv.visitVarInsn(jvm(phi).getOpcode(ISTORE), scalarPhiSlots.get(phi));
        }
    }

    /** The value a shared induction variable takes on the back edge. */
    private Instr ivUpdate(Instr phi) {
        for (int k = 0; k < phi.args().size(); k++) {
            if (o.inner().contains(phi.block().preds().get(k))) return (Instr) phi.arg(k);
        }
        throw new IllegalStateException("no back edge into " + phi.block());
    }

    private static org.objectweb.asm.Type jvm(Instr v) {
        return org.objectweb.asm.Type.getType(v.type().computational().descriptor());
    }
}
