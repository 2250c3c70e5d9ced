package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.RandomKind;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/**
 * Lowers {@code random}. For now it draws from the JDK: {@code Math.random()} for doubles and
 * {@code ThreadLocalRandom.current().nextX()} otherwise; Hotloop's own generator replaces this
 * method alone later.
 * <pre>random int_bounded v3 ==> ThreadLocalRandom.current(); iload v3; invokevirtual nextInt(I)I</pre>
 */
final class RandomDraws {
    private static final String TLR = "java/util/concurrent/ThreadLocalRandom";

    private RandomDraws() {}

    /** {@code pushBound} pushes the bound operand of {@link RandomKind#INT_BOUNDED}. */
    static void emit(MethodVisitor mv, RandomKind kind, Runnable pushBound) {
        if (kind == RandomKind.DOUBLE) {
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "random", "()D", false);
            return;
        }
        mv.visitMethodInsn(INVOKESTATIC, TLR, "current", "()L" + TLR + ";", false);
        switch (kind) {
            case FLOAT -> mv.visitMethodInsn(INVOKEVIRTUAL, TLR, "nextFloat", "()F", false);
            case INT -> mv.visitMethodInsn(INVOKEVIRTUAL, TLR, "nextInt", "()I", false);
            case INT_BOUNDED -> {
                pushBound.run();
                mv.visitMethodInsn(INVOKEVIRTUAL, TLR, "nextInt", "(I)I", false);
            }
            case LONG -> mv.visitMethodInsn(INVOKEVIRTUAL, TLR, "nextLong", "()J", false);
            default -> throw new AssertionError(kind);
        }
    }
}
