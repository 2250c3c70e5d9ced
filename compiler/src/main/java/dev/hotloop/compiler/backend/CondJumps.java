package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/**
 * Jumps on a condition: a fused {@code cmp} becomes one compare-and-jump, any other bool is
 * an int 0/1 tested with {@code ifne}.
 * <pre>cmp lt  (f64) ==> dcmpg; iflt     (NaN gives 1: not taken, as a &lt; b is false)
 *cmp uge (f64) ==> dcmpg; ifge     (NaN gives 1: taken, as !(a &lt; b) is true)</pre>
 * For floats the L or G form is picked so that the NaN result (-1 or 1) satisfies the
 * jump's relation exactly when the condition is true on NaN.
 */
final class CondJumps {
    private CondJumps() {}

    /** Jumps to {@code target} when {@code cond} holds (or, with {@code negate}, when it does not). */
    static void jump(MethodEmitter m, Value cond, boolean negate, Label target) {
        if (cond instanceof Instr cmp && m.fused().isFused(cmp)) {
            compareAndJump(m, cmp, negate ? cmp.cond().negate() : cmp.cond(), target);
        } else {
            m.load(cond);
            m.mv().visitJumpInsn(negate ? IFEQ : IFNE, target);
        }
    }

    /** Emits the operands of {@code cmp} and a jump to {@code target} taken when {@code c} holds for them. */
    static void compareAndJump(MethodEmitter m, Instr cmp, Cond c, Label target) {
        MethodVisitor mv = m.mv();
        Value a = cmp.arg(0);
        Value b = cmp.arg(1);
        Type t = a.type().kind() == Type.Kind.NULL ? b.type() : a.type();
        if (t.isRef()) {
            if (c != Cond.EQ && c != Cond.NE) throw new IllegalArgumentException("ordered compare of references: " + cmp.ref());
            if (isNull(b) || isNull(a)) {
                m.load(isNull(b) ? a : b);
                mv.visitJumpInsn(c == Cond.EQ ? IFNULL : IFNONNULL, target);
            } else {
                m.load(a);
                m.load(b);
                mv.visitJumpInsn(c == Cond.EQ ? IF_ACMPEQ : IF_ACMPNE, target);
            }
            return;
        }
        switch (t.computational().kind()) {
            case I32 -> {
                m.load(a);
                if (b instanceof Const k && k.isZero()) {
                    mv.visitJumpInsn(ifOpcode(c), target);
                } else {
                    m.load(b);
                    mv.visitJumpInsn(ifOpcode(c) + (IF_ICMPEQ - IFEQ), target);
                }
            }
            case I64 -> {
                m.load(a);
                m.load(b);
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(ifOpcode(c), target);
            }
            case F32, F64 -> {
                m.load(a);
                m.load(b);
                boolean lForm = c.ordered().test(-1) == c.trueOnNaN();
                boolean f32 = t.kind() == Type.Kind.F32;
                mv.visitInsn(f32 ? (lForm ? FCMPL : FCMPG) : (lForm ? DCMPL : DCMPG));
                mv.visitJumpInsn(ifOpcode(c), target);
            }
            default -> throw new IllegalArgumentException("cannot compare " + t + ": " + cmp.ref());
        }
    }

    /** The {@code if<cond>} opcode testing an int against zero with the ordered relation of {@code c}. */
    private static int ifOpcode(Cond c) {
        return switch (c.ordered()) {
            case EQ -> IFEQ;
            case NE -> IFNE;
            case LT -> IFLT;
            case LE -> IFLE;
            case GT -> IFGT;
            case GE -> IFGE;
            default -> throw new AssertionError(c);
        };
    }

    private static boolean isNull(Value v) {
        return v instanceof Const k && k.value() == null;
    }
}
