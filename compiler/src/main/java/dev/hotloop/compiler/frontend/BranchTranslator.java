package dev.hotloop.compiler.frontend;

import static org.objectweb.asm.Opcodes.*;

import dev.hotloop.compiler.frontend.BlockSplitter.CodeBlock;
import dev.hotloop.compiler.frontend.BlockSplitter.SwitchCases;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.tree.AbstractInsnNode;

/**
 * Block ends: conditional jumps (with {@code lcmp/fcmpl/fcmpg/dcmpl/dcmpg} fused into the
 * following {@code if<cond>}), goto, switches and returns. A {@code branch}'s first target is
 * the bytecode's jump target, taken when the comparison is true.
 * <pre>fload 0; fload 1; fcmpg; ifge L  ==>  v4 = cmp uge v0, v1; branch v4, bL, bNext</pre>
 */
final class BranchTranslator {
    private final BlockState s;
    /** A three-way compare waiting for the {@code if<cond>} that follows it. */
    private Value cmpA;
    private Value cmpB;
    private Integer cmpNan;
    private boolean cmpPending;

    BranchTranslator(BlockState s) {
        this.s = s;
    }

    static boolean isThreeWay(int op) {
        return op >= LCMP && op <= DCMPG;
    }

    static boolean isIfZero(int op) {
        return op >= IFEQ && op <= IFLE;
    }

    /** An {@code xcmpy}: fused with the next {@code if<cond>} when {@code fused}, else a {@code cmp3} value. */
    void threeWay(int op, boolean fused) {
        Value b = s.pop();
        Value a = s.pop();
        Integer nan = switch (op) { case FCMPL, DCMPL -> -1; case FCMPG, DCMPG -> 1; default -> null; };
        if (fused) {
            cmpA = a;
            cmpB = b;
            cmpNan = nan;
            cmpPending = true;
        } else {
            s.push(s.emit(Op.CMP3, Type.I32, a, b).setAux(nan));
        }
    }

    /** Translates the block's last instruction and adds the terminator. */
    void terminate(AbstractInsnNode insn, CodeBlock cb) {
        int op = insn.getOpcode();
        Block from = s.block;
        if (op == GOTO) {
            s.leave();
            s.function.jump(from, cb.succs.get(0).ir);
        } else if (op >= IFEQ && op <= IF_ACMPNE || op == IFNULL || op == IFNONNULL) {
            Value cond = condition(op);
            s.leave();
            s.function.branch(from, cond, cb.succs.get(0).ir, cb.succs.get(1).ir);
        } else if (op == TABLESWITCH || op == LOOKUPSWITCH) {
            Value key = s.pop();
            s.leave();
            SwitchCases sc = SwitchCases.of(insn);
            List<Block> cases = new ArrayList<>();
            for (int k = 1; k < cb.succs.size(); k++) cases.add(cb.succs.get(k).ir);
            s.function.switchOn(from, key, cb.succs.get(0).ir, sc.keys(), cases);
        } else if (op == RETURN) {
            s.function.ret(from, null);
        } else if (op >= IRETURN && op <= ARETURN) {
            s.function.ret(from, s.pop());
        } else if (op == ATHROW) {
            throw Unsupported.throwing(s.pos());
        } else {
            throw Unsupported.opcode(s.pos(), "0x" + Integer.toHexString(op));
        }
        from.terminator().setLine(s.line);
    }

    private Value condition(int op) {
        if (op == IFNULL || op == IFNONNULL) {
            return s.emit(Op.CMP, Type.BOOL, s.pop(), Const.nul()).setAux(op == IFNULL ? Cond.EQ : Cond.NE);
        }
        if (op >= IF_ICMPEQ) {
            Value b = s.pop();
            Value a = s.pop();
            return s.emit(Op.CMP, Type.BOOL, a, b).setAux(cond(op >= IF_ACMPEQ ? op - IF_ACMPEQ : op - IF_ICMPEQ));
        }
        Cond c = cond(op - IFEQ);
        if (cmpPending) {
            cmpPending = false;
            return s.emit(Op.CMP, Type.BOOL, cmpA, cmpB).setAux(fused(c, cmpNan));
        }
        return s.emit(Op.CMP, Type.BOOL, s.pop(), Const.i32(0)).setAux(c);
    }

    /** eq, ne, lt, ge, gt, le in the JVM's opcode order. */
    private static Cond cond(int k) {
        return switch (k) {
            case 0 -> Cond.EQ;
            case 1 -> Cond.NE;
            case 2 -> Cond.LT;
            case 3 -> Cond.GE;
            case 4 -> Cond.GT;
            default -> Cond.LE;
        };
    }

    /**
     * {@code xcmpy; if<c>} as one comparison. A NaN operand makes the three-way compare give
     * {@code nan}; when {@code c} holds for that result the jump is taken on NaN, so the fused
     * condition is the unordered form of {@code c}.
     */
    static Cond fused(Cond c, Integer nan) {
        if (nan == null || !c.test(nan)) return c;
        return switch (c) {
            case LT -> Cond.ULT;
            case LE -> Cond.ULE;
            case GT -> Cond.UGT;
            case GE -> Cond.UGE;
            default -> c;
        };
    }
}
