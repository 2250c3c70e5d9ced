package dev.hotloop.compiler.frontend;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * The {@code new} instructions whose object is thrown: {@code throw new X()} is a throw
 * statement to the user, not an allocation, so the translator reports it as one at the line
 * of the {@code new} (where the statement starts).
 * <pre>new IllegalStateException; dup; invokespecial &lt;init&gt;; athrow  ==>  {the new}</pre>
 */
final class ThrowSources {
    private ThrowSources() {}

    /** The {@code NEW}s reaching a reachable {@code ATHROW} directly on the operand stack. */
    static Set<AbstractInsnNode> find(String owner, MethodNode method) {
        Set<AbstractInsnNode> out = new HashSet<>();
        boolean throwsSomething = false;
        for (AbstractInsnNode n : method.instructions) throwsSomething |= n.getOpcode() == Opcodes.ATHROW;
        if (!throwsSomething) return out;  // spares the second analysis for almost every kernel
        Frame<SourceValue>[] frames;
        try {
            frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
        } catch (AnalyzerException e) {
            return out;  // the main analysis reports broken bytecode
        }
        for (int i = 0; i < frames.length; i++) {
            if (frames[i] == null || method.instructions.get(i).getOpcode() != Opcodes.ATHROW) continue;
            Frame<SourceValue> f = frames[i];
            collectNews(f.getStack(f.getStackSize() - 1), method, frames, out, new HashSet<>());
        }
        return out;
    }

    /**
     * Follows a stack value back through {@code dup} and the constructor call to its {@code new}.
     * Depending on the ASM version, the value left by {@code invokespecial <init>} has either the
     * {@code new} or the call itself as its source.
     */
    private static void collectNews(SourceValue v, MethodNode method, Frame<SourceValue>[] frames,
                                    Set<AbstractInsnNode> out, Set<AbstractInsnNode> seen) {
        for (AbstractInsnNode src : v.insns) {
            if (!seen.add(src)) continue;
            Frame<SourceValue> at = frames[method.instructions.indexOf(src)];
            if (src.getOpcode() == Opcodes.NEW) {
                out.add(src);
            } else if (src.getOpcode() == Opcodes.DUP && at != null) {
                collectNews(at.getStack(at.getStackSize() - 1), method, frames, out, seen);
            } else if (src instanceof MethodInsnNode m && m.name.equals("<init>") && at != null) {
                int receiver = at.getStackSize() - 1 - Type.getArgumentTypes(m.desc).length;
                collectNews(at.getStack(receiver), method, frames, out, seen);
            }
        }
    }
}
