package dev.hotloop.compiler.backend;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.ASM9;

/**
 * Passes methods through to a class and notes the longest one's bytes of code: a label placed
 * after a method's last instruction has that offset.
 * <pre>
 * CodeLength longest = new CodeLength(cw);
 * MethodEmitter.emit(longest, ...);     // writes kernel (212 bytes) into cw
 * MethodEmitter.emit(longest, ...);     // writes a chunk (106 bytes) into cw
 * longest.bytes()                       ==> 212
 * </pre>
 * The entry emitter asks it whether C2 may inline the kernel and all its methods (see {@link EntryEmitter}).
 */
final class CodeLength extends ClassVisitor {
    private int bytes = -1;

    CodeLength(ClassVisitor next) {
        super(ASM9, next);
    }

    /** Bytes of code of the longest method written through this visitor, -1 before any was. */
    int bytes() { return bytes; }

    @Override
    public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
        MethodVisitor mv = super.visitMethod(access, name, desc, signature, exceptions);
        return new MethodVisitor(ASM9, mv) {
            @Override
            public void visitMaxs(int maxStack, int maxLocals) {
                Label end = new Label();
                super.visitLabel(end);
                bytes = Math.max(bytes, end.getOffset());
                super.visitMaxs(maxStack, maxLocals);
            }
        };
    }
}
