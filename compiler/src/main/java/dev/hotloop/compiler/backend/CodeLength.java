package dev.hotloop.compiler.backend;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.ASM9;

/**
 * Passes a class through and notes how many bytes of code one named method has: a label placed
 * after its last instruction has that offset.
 * <pre>
 * CodeLength k = new CodeLength(cw, "kernel");
 * MethodEmitter.emit(k, ...);     // writes kernel into cw
 * k.bytes()                       ==> 212
 * </pre>
 * The entry emitter asks it whether C2 may inline the kernel (see {@link EntryEmitter}).
 */
final class CodeLength extends ClassVisitor {
    private final String method;
    private int bytes = -1;

    CodeLength(ClassVisitor next, String method) {
        super(ASM9, next);
        this.method = method;
    }

    /** Bytes of code of the method, -1 before it was written. */
    int bytes() { return bytes; }

    @Override
    public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
        MethodVisitor mv = super.visitMethod(access, name, desc, signature, exceptions);
        if (!name.equals(method)) return mv;
        return new MethodVisitor(ASM9, mv) {
            @Override
            public void visitMaxs(int maxStack, int maxLocals) {
                Label end = new Label();
                super.visitLabel(end);
                bytes = end.getOffset();
                super.visitMaxs(maxStack, maxLocals);
            }
        };
    }
}
