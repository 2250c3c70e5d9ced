package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.analysis.Reduction;
import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.vector.LaneOp;
import dev.hotloop.compiler.vector.LaneType;
import dev.hotloop.compiler.vector.VectorPlan;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/**
 * A reduction's vector accumulator: every lane starts at the operator's identity, and after
 * the loop the lanes fold into the scalar running value, which the scalar loop then continues.
 * Integer lanes fold with {@code reduceLanes} (exact in any order); floating-point lanes (only
 * under fastmath, or min/max) fold one by one from lane 0, so the result never depends on how
 * the API orders its reduction.
 * <pre>s += a[i] (double, 4 lanes) ==> acc = [0,0,0,0] ... s = s + (((acc0 + acc1) + acc2) + acc3)</pre>
 * A {@code sub} reduction ({@code s -= x}) keeps {@code 0 - x - ...} per lane and adds the fold.
 */
final class ReductionFolds {
    private ReductionFolds() {}

    static void init(ScalarCode c, Reduction r, VectorPlan p, int acc) {
        LaneType t = LaneType.of(r.phi().type());
        VectorApi.species(c.mv(), t, p.bitsOf(t));
        c.load(r.identity());
        VectorApi.broadcast(c.mv(), t);
        c.mv().visitVarInsn(ASTORE, acc);
    }

    /** {@code acc = acc op other}, lanewise: two of the accumulators of a loop that keeps several, before the fold. */
    static void merge(ScalarCode c, Reduction r, VectorPlan p, int acc, int other) {
        LaneType t = LaneType.of(r.phi().type());
        String op = r.operator().equals("sub") ? "add" : r.operator();
        c.mv().visitVarInsn(ALOAD, acc);
        VectorApi.operator(c.mv(), new LaneOp(op.toUpperCase(), 2, false));
        c.mv().visitVarInsn(ALOAD, other);
        VectorApi.lanewise(c.mv(), t, new LaneOp(op.toUpperCase(), 2, false));
        c.mv().visitVarInsn(ASTORE, acc);
    }

    static void fold(ScalarCode c, Reduction r, VectorPlan p, int acc) {
        MethodVisitor mv = c.mv();
        Instr phi = r.phi();
        LaneType t = LaneType.of(phi.type());
        String op = r.operator().equals("sub") ? "add" : r.operator();
        org.objectweb.asm.Type jt = org.objectweb.asm.Type.getType(t.scalarDesc);
        if (!t.isFloat()) {
            mv.visitVarInsn(ALOAD, acc);
            VectorApi.operator(mv, new LaneOp(op.toUpperCase(), 2, false));
            mv.visitMethodInsn(INVOKEVIRTUAL, t.vectorClass(), "reduceLanes",
                    "(L" + VectorApi.OPS + "$Associative;)" + t.scalarDesc, false);
        } else {
            for (int k = 0; k < p.lanes(); k++) {
                mv.visitVarInsn(ALOAD, acc);
                Ints.push(mv, k);
                mv.visitMethodInsn(INVOKEVIRTUAL, t.vectorClass(), "lane", "(I)" + t.scalarDesc, false);
                if (k > 0) combine(mv, op, jt);
            }
        }
        int folded = c.fresh(jt.getSize());
        mv.visitVarInsn(jt.getOpcode(ISTORE), folded);
        c.load(phi);
        mv.visitVarInsn(jt.getOpcode(ILOAD), folded);
        combine(mv, op, jt);
        if (r.narrow() != null) {
            // a byte/short/char variable: the lanes kept truncated sums, the total is truncated once more
            switch (r.narrow().kind()) {
                case I8 -> mv.visitInsn(I2B);
                case I16 -> mv.visitInsn(I2S);
                case U16 -> mv.visitInsn(I2C);
                default -> { }
            }
        }
        c.storePhi(phi);
    }

    private static void combine(MethodVisitor mv, String op, org.objectweb.asm.Type t) {
        switch (op) {
            case "add" -> mv.visitInsn(t.getOpcode(IADD));
            case "mul" -> mv.visitInsn(t.getOpcode(IMUL));
            case "and" -> mv.visitInsn(t.getOpcode(IAND));
            case "or" -> mv.visitInsn(t.getOpcode(IOR));
            case "xor" -> mv.visitInsn(t.getOpcode(IXOR));
            case "min", "max" -> {
                String d = t.getDescriptor();
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", op, "(" + d + d + ")" + d, false);
            }
            default -> throw new IllegalArgumentException("reduction operator " + op);
        }
    }
}
