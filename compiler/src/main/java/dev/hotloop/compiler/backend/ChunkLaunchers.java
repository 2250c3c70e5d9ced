package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.transform.ParallelNames;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;

import java.util.List;

import static org.objectweb.asm.Opcodes.*;

/**
 * The launcher of a chunk function: binds the live-ins and partial arrays to a handle on the
 * chunk method (a constant of the class, so no lookup per call) and hands it to the driver.
 * <pre>
 * private static void parallel$0(long trips, double[] a, double[] p) {
 *     MethodHandle h = MethodHandles.insertArguments(#h$chunk$0$1, 3, new Object[] {a, p});
 *     ParallelDriver.run(h, trips);                // h: (long lo, long hi, int chunk)void
 * }</pre>
 */
final class ChunkLaunchers {
    private ChunkLaunchers() {}

    static void emit(ClassWriter cw, String className, MethodRef chunkRef, HelperNames.Target chunk) {
        MethodRef launcher = ParallelNames.launcherOf(chunkRef);
        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, launcher.name(), launcher.desc(), null, null);
        mv.visitCode();
        mv.visitLdcInsn(new Handle(H_INVOKESTATIC, className, chunk.name(), chunk.desc(), false));
        List<Type> bound = chunkRef.signature().params().subList(3, chunkRef.signature().params().size());
        if (!bound.isEmpty()) {
            mv.visitInsn(ICONST_3);
            pushInt(mv, bound.size());
            mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
            int slot = 2; // after long trips
            for (int k = 0; k < bound.size(); k++) {
                Type t = bound.get(k);
                mv.visitInsn(DUP);
                pushInt(mv, k);
                mv.visitVarInsn(loadOpcode(t), slot);
                box(mv, t);
                mv.visitInsn(AASTORE);
                slot += t.slots();
            }
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "insertArguments",
                    "(Ljava/lang/invoke/MethodHandle;I[Ljava/lang/Object;)Ljava/lang/invoke/MethodHandle;", false);
        }
        mv.visitVarInsn(LLOAD, 0);
        mv.visitMethodInsn(INVOKESTATIC, ParallelNames.DRIVER, "run", ParallelNames.RUN_DESC, false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void pushInt(MethodVisitor mv, int v) {
        if (v <= 5) mv.visitInsn(ICONST_0 + v);
        else mv.visitIntInsn(SIPUSH, v);
    }

    private static int loadOpcode(Type t) {
        return switch (t.kind()) {
            case I64 -> LLOAD;
            case F32 -> FLOAD;
            case F64 -> DLOAD;
            case ARRAY, NULL -> ALOAD;
            default -> ILOAD;
        };
    }

    private static void box(MethodVisitor mv, Type t) {
        String d = t.descriptor();
        String owner = switch (t.kind()) {
            case BOOL -> "java/lang/Boolean";
            case I8 -> "java/lang/Byte";
            case I16 -> "java/lang/Short";
            case U16 -> "java/lang/Character";
            case I32 -> "java/lang/Integer";
            case I64 -> "java/lang/Long";
            case F32 -> "java/lang/Float";
            case F64 -> "java/lang/Double";
            default -> null;
        };
        if (owner != null) mv.visitMethodInsn(INVOKESTATIC, owner, "valueOf", "(" + d + ")L" + owner + ";", false);
    }
}
