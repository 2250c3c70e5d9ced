package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Type;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/**
 * Lowers {@code conv} with Java's rules: first the JVM conversion between computational types,
 * then the narrowing of an int to a small type.
 * <pre>conv i8 (i64 v) ==> l2i; i2b      conv u16 (f64 v) ==> d2i; i2c      conv f32 (i64 v) ==> l2f</pre>
 */
final class Conversions {
    private Conversions() {}

    static void emit(MethodVisitor mv, Type from, Type to) {
        Type src = from.computational();
        Type dst = to.computational();
        if (to.kind() == Type.Kind.BOOL) throw new IllegalArgumentException("no conversion to bool from " + from);
        if (src.kind() != dst.kind()) mv.visitInsn(primitive(src.kind(), dst.kind()));
        switch (to.kind()) {
            case I8 -> mv.visitInsn(I2B);
            case I16 -> mv.visitInsn(I2S);
            case U16 -> mv.visitInsn(I2C);
            default -> { }
        }
    }

    private static int primitive(Type.Kind from, Type.Kind to) {
        return switch (from) {
            case I32 -> switch (to) { case I64 -> I2L; case F32 -> I2F; case F64 -> I2D; default -> bad(from, to); };
            case I64 -> switch (to) { case I32 -> L2I; case F32 -> L2F; case F64 -> L2D; default -> bad(from, to); };
            case F32 -> switch (to) { case I32 -> F2I; case I64 -> F2L; case F64 -> F2D; default -> bad(from, to); };
            case F64 -> switch (to) { case I32 -> D2I; case I64 -> D2L; case F32 -> D2F; default -> bad(from, to); };
            default -> bad(from, to);
        };
    }

    private static int bad(Type.Kind from, Type.Kind to) {
        throw new IllegalArgumentException("no conversion from " + from + " to " + to);
    }
}
