package dev.hotloop.compiler.frontend;

import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.diag.SourcePos;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Whole-method rules of the kernel language, checked before any bytecode is translated:
 * static, not synchronized, has code, no locks or try/catch, and a descriptor of primitives and
 * primitive arrays only. <pre>int f(String s) ==> Kernels.java:7: parameter 0 of type java.lang.String is not supported...</pre>
 */
final class MethodChecks {
    private MethodChecks() {}

    static void check(String file, String owner, MethodNode m) {
        SourcePos pos = new SourcePos(file, firstLine(m));
        String what = owner + "." + m.name;
        if ((m.access & Opcodes.ACC_STATIC) == 0) {
            throw new CompileError(pos, "non-static method " + what, "cannot be a kernel", "declare the kernel static");
        }
        if ((m.access & Opcodes.ACC_SYNCHRONIZED) != 0) {
            throw Unsupported.at(pos, "synchronized method " + what, "remove synchronized; kernels cannot lock");
        }
        if ((m.access & (Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT)) != 0 || m.instructions.size() == 0) {
            throw Unsupported.at(pos, "method without bytecode " + what, "a kernel must be a plain Java method with a body");
        }
        rejectLocksAndHandlers(file, m);
        Type[] params = Type.getArgumentTypes(m.desc);
        for (int i = 0; i < params.length; i++) {
            if (!isKernelType(params[i])) {
                throw Unsupported.at(pos, "parameter " + i + " of type " + params[i].getClassName() + " of " + what,
                        "kernel parameters must be primitives or primitive arrays");
            }
        }
        Type ret = Type.getReturnType(m.desc);
        if (ret.getSort() != Type.VOID && !isKernelType(ret)) {
            throw Unsupported.at(pos, "result type " + ret.getClassName() + " of " + what, "kernels return a primitive, a primitive array, or nothing");
        }
    }

    /**
     * A {@code synchronized} statement compiles to {@code monitorenter} plus a catch-any handler
     * that releases the lock; that handler is part of the statement, not a user try/catch. So
     * the earlier of the first lock and the first real handler is reported, each as what it is.
     */
    private static void rejectLocksAndHandlers(String file, MethodNode m) {
        int lock = -1;
        for (int i = 0; i < m.instructions.size() && lock < 0; i++) {
            if (m.instructions.get(i).getOpcode() == Opcodes.MONITORENTER) lock = i;
        }
        TryCatchBlockNode handler = null;
        for (TryCatchBlockNode t : m.tryCatchBlocks) {
            if (isUnlockHandler(t)) continue;
            if (handler == null || m.instructions.indexOf(t.start) < m.instructions.indexOf(handler.start)) handler = t;
        }
        if (lock >= 0 && (handler == null || lock < m.instructions.indexOf(handler.start))) {
            throw Unsupported.monitor(new SourcePos(file, lineBefore(m.instructions.get(lock))));
        }
        if (handler != null) throw Unsupported.tryCatch(new SourcePos(file, lineOf(handler.start)));
    }

    /** javac's handler for synchronized: catch any; astore; aload lock; monitorexit; ... */
    private static boolean isUnlockHandler(TryCatchBlockNode t) {
        if (t.type != null) return false;
        int seen = 0;
        for (AbstractInsnNode n = t.handler; n != null && seen < 3; n = n.getNext()) {
            if (n.getOpcode() < 0) continue;
            if (n.getOpcode() == Opcodes.MONITOREXIT) return true;
            seen++;
        }
        return false;
    }

    /** A primitive or an array (of any dimension) of a primitive. */
    static boolean isKernelType(Type t) {
        if (t.getSort() == Type.ARRAY) return t.getElementType().getSort() <= Type.DOUBLE;
        return t.getSort() >= Type.BOOLEAN && t.getSort() <= Type.DOUBLE;
    }

    /** True when every parameter and the result are kernel types (or the result is void). */
    static boolean isKernelDescriptor(String desc) {
        for (Type t : Type.getArgumentTypes(desc)) if (!isKernelType(t)) return false;
        Type r = Type.getReturnType(desc);
        return r.getSort() == Type.VOID || isKernelType(r);
    }

    static int firstLine(MethodNode m) {
        for (AbstractInsnNode n : m.instructions) if (n instanceof LineNumberNode ln) return ln.line;
        return 0;
    }

    private static int lineBefore(AbstractInsnNode insn) {
        for (AbstractInsnNode n = insn; n != null; n = n.getPrevious()) if (n instanceof LineNumberNode ln) return ln.line;
        return 0;
    }

    private static int lineOf(AbstractInsnNode label) {
        for (AbstractInsnNode n = label; n != null; n = n.getNext()) if (n instanceof LineNumberNode ln) return ln.line;
        return 0;
    }
}
