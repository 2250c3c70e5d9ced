package dev.hotloop.compiler.backend.vector;

import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/** Pushes int and long constants with the shortest instruction. */
final class Ints {
    private Ints() {}

    static void push(MethodVisitor mv, int i) {
        if (i >= -1 && i <= 5) mv.visitInsn(ICONST_0 + i);
        else if (i >= Byte.MIN_VALUE && i <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, i);
        else if (i >= Short.MIN_VALUE && i <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, i);
        else mv.visitLdcInsn(i);
    }

    static void pushLong(MethodVisitor mv, long l) {
        if (l == 0L || l == 1L) mv.visitInsn(LCONST_0 + (int) l);
        else mv.visitLdcInsn(l);
    }
}
