package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Const;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/**
 * Pushes a constant with the shortest instruction that keeps its exact value.
 * <pre>3 ==> iconst_3     300 ==> sipush 300     0.0 ==> dconst_0     -0.0 ==> ldc -0.0     NaN ==> ldc NaN</pre>
 * Float shortcuts are chosen by raw bits, so {@code -0.0} never becomes {@code dconst_0}.
 */
final class Constants {
    private Constants() {}

    static void push(MethodVisitor mv, Const c) {
        switch (c.value()) {
            case null -> mv.visitInsn(ACONST_NULL);
            case Boolean b -> mv.visitInsn(b ? ICONST_1 : ICONST_0);
            case Integer i -> pushInt(mv, i);
            case Long l -> {
                if (l == 0L || l == 1L) mv.visitInsn(LCONST_0 + l.intValue());
                else mv.visitLdcInsn(l);
            }
            case Float f -> {
                int bits = Float.floatToRawIntBits(f);
                if (bits == Float.floatToRawIntBits(0f)) mv.visitInsn(FCONST_0);
                else if (bits == Float.floatToRawIntBits(1f)) mv.visitInsn(FCONST_1);
                else if (bits == Float.floatToRawIntBits(2f)) mv.visitInsn(FCONST_2);
                else mv.visitLdcInsn(f);
            }
            case Double d -> {
                long bits = Double.doubleToRawLongBits(d);
                if (bits == Double.doubleToRawLongBits(0d)) mv.visitInsn(DCONST_0);
                else if (bits == Double.doubleToRawLongBits(1d)) mv.visitInsn(DCONST_1);
                else mv.visitLdcInsn(d);
            }
            default -> throw new IllegalArgumentException("unsupported constant " + c.ref());
        }
    }

    static void pushInt(MethodVisitor mv, int i) {
        if (i >= -1 && i <= 5) mv.visitInsn(ICONST_0 + i);
        else if (i >= Byte.MIN_VALUE && i <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, i);
        else if (i >= Short.MIN_VALUE && i <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, i);
        else mv.visitLdcInsn(i);
    }
}
