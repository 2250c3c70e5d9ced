package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.FieldRef;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.RandomKind;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/**
 * Lowers one non-terminator, non-phi instruction: pushes its operands, emits the operation,
 * and leaves the result on the stack for {@link MethodEmitter#storeResult}.
 * <pre>v6 = add v3, v5 (f64) ==> dload v3; dload v5; dadd; dstore v6</pre>
 */
final class OpLowering {
    private final MethodEmitter m;
    private final MethodVisitor mv;

    OpLowering(MethodEmitter m) {
        this.m = m;
        this.mv = m.mv();
    }

    void lower(Instr i) {
        switch (i.op()) {
            case ADD -> arith(i, IADD);
            case SUB -> arith(i, ISUB);
            case MUL -> arith(i, IMUL);
            case DIV -> arith(i, IDIV);
            case REM -> arith(i, IREM);
            case NEG -> arith(i, INEG);
            case AND -> arith(i, IAND);
            case OR -> arith(i, IOR);
            case XOR -> arith(i, IXOR);
            case SHL -> arith(i, ISHL);
            case SHR -> arith(i, ISHR);
            case USHR -> arith(i, IUSHR);
            case CONV -> {
                m.load(i.arg(0));
                Conversions.emit(mv, i.arg(0).type(), i.aux() instanceof Type t ? t : i.type());
            }
            case CMP -> materialise(i);
            case CMP3 -> compare3(i);
            case SELECT -> select(i);
            case ALOAD -> {
                loadArgs(i);
                mv.visitInsn(elementType(i.arg(0), i.type()).getOpcode(IALOAD));
            }
            case ASTORE -> {
                loadArgs(i);
                mv.visitInsn(elementType(i.arg(0), i.arg(2).type()).getOpcode(IASTORE));
            }
            case ALEN -> {
                m.load(i.arg(0));
                mv.visitInsn(ARRAYLENGTH);
            }
            case NEWARRAY -> newArray(i);
            case GETSTATIC -> {
                FieldRef f = (FieldRef) i.aux();
                mv.visitFieldInsn(GETSTATIC, f.owner(), f.name(), f.desc());
            }
            case CALL -> {
                loadArgs(i);
                if (m.helpers().passesStream((MethodRef) i.aux())) m.randoms().loadStream();
                HelperNames.Target t = m.helpers().target((MethodRef) i.aux());
                mv.visitMethodInsn(INVOKESTATIC, t.owner(), t.name(), t.desc(), false);
            }
            case RANDOM -> m.randoms().emit((RandomKind) i.aux(), () -> m.load(i.arg(0)));
            default -> throw new IllegalArgumentException("cannot lower " + i.op().text + " (" + i.ref() + ")");
        }
    }

    private void loadArgs(Instr i) {
        for (Value v : i.args()) m.load(v);
    }

    /** Binary and unary arithmetic; the opcode follows the result type (shift counts stay i32). */
    private void arith(Instr i, int intOpcode) {
        loadArgs(i);
        mv.visitInsn(JvmTypes.op(i.type(), intOpcode));
    }

    /** A bool as an int: {@code cmp ? 1 : 0}. */
    private void materialise(Instr cmp) {
        Label yes = new Label();
        Label done = new Label();
        CondJumps.compareAndJump(m, cmp, cmp.cond(), yes);
        mv.visitInsn(ICONST_0);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(yes);
        mv.visitInsn(ICONST_1);
        mv.visitLabel(done);
    }

    /** {@code select c, a, b}: only the chosen operand is pushed. */
    private void select(Instr i) {
        Label yes = new Label();
        Label done = new Label();
        CondJumps.jump(m, i.arg(0), false, yes);
        m.load(i.arg(2));
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(yes);
        m.load(i.arg(1));
        mv.visitLabel(done);
    }

    /** {@code cmp3}: lcmp, or fcmpl/dcmpl when aux is -1 and the G forms otherwise; ints go through Integer.compare. */
    private void compare3(Instr i) {
        loadArgs(i);
        boolean lForm = Integer.valueOf(-1).equals(i.aux());
        switch (i.arg(0).type().computational().kind()) {
            case I32 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "compare", "(II)I", false);
            case I64 -> mv.visitInsn(LCMP);
            case F32 -> mv.visitInsn(lForm ? FCMPL : FCMPG);
            case F64 -> mv.visitInsn(lForm ? DCMPL : DCMPG);
            default -> throw new IllegalArgumentException("cmp3 of " + i.arg(0).type());
        }
    }

    /** One length and one dimension: newarray/anewarray; several lengths: multianewarray. */
    private void newArray(Instr i) {
        loadArgs(i);
        Type t = i.type();
        int dims = i.args().size();
        if (dims > 1) {
            mv.visitMultiANewArrayInsn(t.descriptor(), dims);
        } else if (t.elem().isArray()) {
            mv.visitTypeInsn(ANEWARRAY, t.elem().descriptor());
        } else {
            mv.visitIntInsn(NEWARRAY, switch (t.elem().kind()) {
                case BOOL -> T_BOOLEAN;
                case U16 -> T_CHAR;
                case F32 -> T_FLOAT;
                case F64 -> T_DOUBLE;
                case I8 -> T_BYTE;
                case I16 -> T_SHORT;
                case I32 -> T_INT;
                case I64 -> T_LONG;
                default -> throw new IllegalArgumentException("newarray of " + t);
            });
        }
    }

    /**
     * The element type that picks the array opcode; for the {@code null} constant (which the
     * verifier accepts as any array) it follows the loaded or stored value instead.
     */
    private static org.objectweb.asm.Type elementType(Value array, Type valueType) {
        if (array.type().isArray()) return JvmTypes.element(array.type().elem());
        return JvmTypes.value(valueType);
    }
}
