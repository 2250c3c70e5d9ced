package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.List;

import static org.objectweb.asm.Opcodes.*;

/**
 * A branch out of the lockstep inner loop ({@link LockstepLoop}) on a shared scalar, such as a
 * counter's test: every running lane takes it at once, so it is one plain JVM jump, no mask. When
 * the condition is an int comparison only this branch uses, the comparison is fused into the jump.
 * <pre>
 * for (k = 0; k &lt; maxIter; k++) ...      leaving when k &lt; maxIter is false
 *   ==&gt;  iload k; iload maxIter; if_icmpge stub
 * </pre>
 */
final class SharedExitBranch {
    private SharedExitBranch() {}

    /** Jumps to {@code target} when the shared scalar {@code branch} tests sends the lanes out of the inner loop ({@code leaves}). */
    static void jump(ScalarCode c, Instr branch, Label target, List<Block> leaves) {
        MethodVisitor mv = c.mv();
        boolean leaveOnTrue = leaves.contains(branch.targets().getFirst());
        Instr cond = (Instr) branch.arg(0);
        Integer op = fusedIntCompare(cond);
        if (op == null) {
            c.load(cond);
            mv.visitJumpInsn(leaveOnTrue ? IFNE : IFEQ, target);
            return;
        }
        c.load(cond.arg(0));
        c.load(cond.arg(1));
        mv.visitJumpInsn(fusedIntCompare(leaveOnTrue ? cond.cond() : cond.cond().negate().ordered()), target); // ints: no NaN
    }

    /**
     * The {@code if_icmp} of an int comparison only a branch uses (a counter's test), or null: the
     * branch then compares directly, with no 0/1 in between, the shape C2 knows as a counted loop.
     */
    static Integer fusedIntCompare(Instr cond) {
        if (cond.op() != Op.CMP || cond.arg(0).type().kind() != Type.Kind.I32 || cond.users().size() != 1) return null;
        return fusedIntCompare(cond.cond());
    }

    private static Integer fusedIntCompare(Cond c) {
        return switch (c) {
            case EQ -> IF_ICMPEQ;
            case NE -> IF_ICMPNE;
            case LT -> IF_ICMPLT;
            case LE -> IF_ICMPLE;
            case GT -> IF_ICMPGT;
            case GE -> IF_ICMPGE;
            default -> null;
        };
    }
}
