package dev.hotloop.compiler.frontend;

import static org.objectweb.asm.Opcodes.*;

import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import java.util.List;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Straight-line bytecodes to IR: constants, locals, arithmetic, conversions, stack
 * shuffles and arrays. Control flow is {@link BranchTranslator}'s, calls and static fields
 * {@link CallTranslator}'s.
 * <pre>iload 1; iconst_2; imul; istore 1  ==>  v7 = mul v3, 2   (and slot 1 := v7)</pre>
 */
final class OpcodeTranslator {
    /** Types by the JVM's i/l/f/d opcode order. */
    private static final Type[] ILFD = {Type.I32, Type.I64, Type.F32, Type.F64};

    private final BlockState s;

    OpcodeTranslator(BlockState s) {
        this.s = s;
    }

    void translate(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        switch (op) {
            case NOP -> { }
            case ACONST_NULL -> s.push(Const.nul());
            case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5 -> s.push(Const.i32(op - ICONST_0));
            case LCONST_0, LCONST_1 -> s.push(Const.i64(op - LCONST_0));
            case FCONST_0, FCONST_1, FCONST_2 -> s.push(Const.f32(op - FCONST_0));
            case DCONST_0, DCONST_1 -> s.push(Const.f64(op - DCONST_0));
            case BIPUSH, SIPUSH -> s.push(Const.i32(((IntInsnNode) insn).operand));
            case LDC -> s.push(ldc(((LdcInsnNode) insn).cst));
            case ILOAD, LLOAD, FLOAD, DLOAD, ALOAD -> s.push(s.local(((VarInsnNode) insn).var));
            case ISTORE, LSTORE, FSTORE, DSTORE, ASTORE -> s.setLocal(((VarInsnNode) insn).var, s.pop());
            case IINC -> {
                IincInsnNode inc = (IincInsnNode) insn;
                s.setLocal(inc.var, s.emit(Op.ADD, Type.I32, s.local(inc.var), Const.i32(inc.incr)));
            }
            case IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD -> arrayLoad(op);
            case IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> {
                Value v = s.pop();
                Value index = s.pop();
                s.emit(Op.ASTORE, Type.VOID, s.pop(), index, v);
            }
            case ARRAYLENGTH -> s.push(s.emit(Op.ALEN, Type.I32, s.pop()));
            case NEWARRAY -> s.push(s.emit(Op.NEWARRAY, Type.array(newArrayElem(((IntInsnNode) insn).operand)), s.pop()));
            case ANEWARRAY -> anewarray(((TypeInsnNode) insn).desc);
            case MULTIANEWARRAY -> multianewarray((MultiANewArrayInsnNode) insn);
            case POP -> s.popWords(1);
            case POP2 -> s.popWords(2);
            case DUP -> dup(1, 0);
            case DUP_X1 -> dup(1, 1);
            case DUP_X2 -> dup(1, 2);
            case DUP2 -> dup(2, 0);
            case DUP2_X1 -> dup(2, 1);
            case DUP2_X2 -> dup(2, 2);
            case SWAP -> {
                Value a = s.pop();
                Value b = s.pop();
                s.push(a);
                s.push(b);
            }
            case INEG, LNEG, FNEG, DNEG -> s.push(s.emit(Op.NEG, ILFD[op - INEG], s.pop()));
            default -> {
                if (op >= IADD && op <= DREM) binary(arith(op), ILFD[(op - IADD) % 4]);
                else if (op >= ISHL && op <= LUSHR) binary(shift(op), ILFD[(op - ISHL) % 2]);
                else if (op >= IAND && op <= LXOR) binary(bitwise(op), ILFD[(op - IAND) % 2]);
                else if (op >= I2L && op <= I2S) convert(op);
                else throw Unsupported.opcode(s.pos(), "0x" + Integer.toHexString(op));
            }
        }
    }

    private Value ldc(Object cst) {
        return switch (cst) {
            case Integer i -> Const.i32(i);
            case Long l -> Const.i64(l);
            case Float f -> Const.f32(f);
            case Double d -> Const.f64(d);
            default -> throw Unsupported.constant(s.pos(), cst);
        };
    }

    private void binary(Op op, Type type) {
        Value b = s.pop();
        Value a = s.pop();
        s.push(s.emit(op, type, a, b));
    }

    private static Op arith(int op) {
        return switch ((op - IADD) / 4) {
            case 0 -> Op.ADD;
            case 1 -> Op.SUB;
            case 2 -> Op.MUL;
            case 3 -> Op.DIV;
            default -> Op.REM;
        };
    }

    private static Op shift(int op) {
        return switch ((op - ISHL) / 2) { case 0 -> Op.SHL; case 1 -> Op.SHR; default -> Op.USHR; };
    }

    private static Op bitwise(int op) {
        return switch ((op - IAND) / 2) { case 0 -> Op.AND; case 1 -> Op.OR; default -> Op.XOR; };
    }

    /** i2l .. i2s: aux is the target type; i2b/i2s/i2c compute in i32. */
    private void convert(int op) {
        Type target = switch (op) {
            case I2L, F2L, D2L -> Type.I64;
            case I2F, L2F, D2F -> Type.F32;
            case I2D, L2D, F2D -> Type.F64;
            case L2I, F2I, D2I -> Type.I32;
            case I2B -> Type.I8;
            case I2C -> Type.U16;
            default -> Type.I16;
        };
        s.push(s.emit(Op.CONV, target.computational(), s.pop()).setAux(target));
    }

    private void arrayLoad(int op) {
        Value index = s.pop();
        Value array = s.pop();
        Type type = switch (op) {
            case LALOAD -> Type.I64;
            case FALOAD -> Type.F32;
            case DALOAD -> Type.F64;
            // the row type is known once the array operand's type is; RefTypes settles loops
            case AALOAD -> array.type().isArray() ? array.type().elem() : Type.NULL;
            default -> Type.I32;
        };
        s.push(s.emit(Op.ALOAD, type, array, index));
    }

    private static Type newArrayElem(int t) {
        return switch (t) {
            case T_BOOLEAN -> Type.BOOL;
            case T_CHAR -> Type.U16;
            case T_FLOAT -> Type.F32;
            case T_DOUBLE -> Type.F64;
            case T_BYTE -> Type.I8;
            case T_SHORT -> Type.I16;
            case T_INT -> Type.I32;
            default -> Type.I64;
        };
    }

    private void anewarray(String desc) {
        if (!desc.startsWith("[") || !MethodChecks.isKernelType(org.objectweb.asm.Type.getType(desc))) {
            throw Unsupported.objectArray(s.pos(), desc.replace('/', '.'));
        }
        s.push(s.emit(Op.NEWARRAY, Type.array(Type.fromDescriptor(desc)), s.pop()));
    }

    private void multianewarray(MultiANewArrayInsnNode m) {
        if (!MethodChecks.isKernelType(org.objectweb.asm.Type.getType(m.desc))) {
            throw Unsupported.objectArray(s.pos(), m.desc.substring(m.desc.lastIndexOf('[') + 1).replace('/', '.'));
        }
        List<Value> lengths = s.popWords(m.dims);
        s.push(s.emit(Op.NEWARRAY, Type.fromDescriptor(m.desc), lengths));
    }

    /** The DUP family: copies the top {@code words} words below the next {@code below} words. */
    private void dup(int words, int below) {
        List<Value> top = s.popWords(words);
        List<Value> under = s.popWords(below);
        top.forEach(s::push);
        under.forEach(s::push);
        top.forEach(s::push);
    }
}
