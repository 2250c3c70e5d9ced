package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.vector.Access;
import dev.hotloop.compiler.vector.LaneType;
import dev.hotloop.compiler.vector.VectorPlan;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/**
 * The array accesses of a lowered loop body ({@link LaneCode}): one vector load or store per
 * access, at the access's first index plus the lane counter ({@link LoopSlots}). Byte, short and
 * char elements travel in int lanes, as on the JVM's stack: widened on load, truncated on store.
 * <pre>
 * x = a[i + 1]   (short[])   ==&gt;  ShortVector.fromArray(SS, a, off + k).convertShape(S2I, IS, 0)
 * b[i] = v       (under m)    ==&gt;  v.intoArray(b, off + k, m)
 * </pre>
 * Bounds are not checked here: {@link VectorGuards} checked every access over the whole range.
 */
final class LaneMemory {
    private final VectorPlan p;
    private final ScalarCode c;
    private final MethodVisitor mv;          // the loop body, as in LaneCode
    private final LoopSlots s;
    private final LaneCode lanes;            // the values stored and the blocks' masks

    LaneMemory(VectorPlan p, ScalarCode c, MethodVisitor body, LoopSlots s, LaneCode lanes) {
        this.p = p;
        this.c = c;
        this.mv = body;
        this.s = s;
        this.lanes = lanes;
    }

    private int bits(LaneType t) { return p.bitsOf(t); }

    /** {@code fromArray} at the access's offset plus the counter; narrow elements widen to int lanes. Returns the local holding the vector. */
    int load(Instr i) {
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
        int out = c.fresh(1);
        mv.visitVarInsn(ASTORE, out);
        return out;
    }

    /** {@code intoArray} under the block's mask; narrow elements are truncated as the JVM's stores do. */
    void store(Instr i) {
        Access a = p.accesses().get(i);
        Type elem = a.array().type().elem();
        LaneType e = LaneType.element(elem);
        LaneType r = LaneType.of(elem.computational());
        int value = lanes.vec(i.arg(2), r);
        Integer m = lanes.blockMask(p.masks().of(i.block()), e);
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
