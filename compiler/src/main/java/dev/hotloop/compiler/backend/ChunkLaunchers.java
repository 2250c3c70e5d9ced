package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Function;
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
 * private static void parallel$0(long trips, long grain, double[] a, double[] p) {
 *     if (ParallelDriver.single(trips, grain)) { chunk$0(0, trips, 0, a, p); return; }  // one chunk: no handle
 *     MethodHandle h = MethodHandles.insertArguments(#h$chunk$0$1, 3, new Object[] {a, p});
 *     ParallelDriver.run(h, trips, grain);         // h: (long lo, long hi, int chunk)void
 * }</pre>
 * A chunk that draws random numbers gets the call's stream too: {@code run(h, trips, KernelRandom.forCall())};
 * the driver hands it to each chunk ({@code ParallelDriver.stream()}), which draws from
 * {@code stream.split(chunk)}.
 */
final class ChunkLaunchers {
    private ChunkLaunchers() {}

    /** A chunk function: named {@code chunk$k}, with parameters {@code (long lo, long hi, int chunk, ...)}. */
    static boolean isChunk(Function f) {
        List<Type> ps = f.signature().params();
        return f.name().startsWith(ParallelNames.CHUNK_PREFIX) && ps.size() >= 3 && ps.get(0).equals(Type.I64)
                && ps.get(1).equals(Type.I64) && ps.get(2).equals(Type.I32) && f.signature().result().isVoid();
    }

    /**
     * In a chunk method's entry: the launching call's random stream, then its {@code split} by the
     * chunk index (parameter slot 4, after two longs), leaving the chunk's stream on the stack.
     */
    static void chunkStream(MethodVisitor mv, String randomClass) {
        mv.visitMethodInsn(INVOKESTATIC, ParallelNames.DRIVER, "stream", "()Ljava/lang/Object;", false);
        mv.visitTypeInsn(CHECKCAST, randomClass);
        mv.visitVarInsn(ILOAD, 4);
        mv.visitInsn(I2L);
    }

    static void emit(ClassWriter cw, String className, MethodRef chunkRef, HelperNames.Target chunk, Function fn,
                     String randomClass, HelperNames names) {
        MethodRef launcher = ParallelNames.launcherOf(chunkRef);
        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, launcher.name(), launcher.desc(), null, null);
        mv.visitCode();
        List<Type> bound = chunkRef.signature().params().subList(3, chunkRef.signature().params().size());
        boolean draws = randomClass != null && names.draws(fn);
        if (!draws) direct(mv, className, chunk, bound);
        mv.visitLdcInsn(new Handle(H_INVOKESTATIC, className, chunk.name(), chunk.desc(), false));
        if (!bound.isEmpty()) {
            mv.visitInsn(ICONST_3);
            pushInt(mv, bound.size());
            mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
            int slot = 4; // after long trips, long grain
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
        mv.visitVarInsn(LLOAD, 2);
        if (draws) {
            // the chunks split this call's stream, so their numbers depend only on the seed and the chunk index
            RandomDraws.forCall(mv, randomClass);
            mv.visitMethodInsn(INVOKESTATIC, ParallelNames.DRIVER, "run", ParallelNames.RUN_RANDOM_DESC, false);
        } else {
            mv.visitMethodInsn(INVOKESTATIC, ParallelNames.DRIVER, "run", ParallelNames.RUN_DESC, false);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** A loop of one chunk runs it directly: no handle, no boxing, no driver (a small loop costs what it costs serially). */
    private static void direct(MethodVisitor mv, String className, HelperNames.Target chunk, List<Type> bound) {
        org.objectweb.asm.Label split = new org.objectweb.asm.Label();
        mv.visitVarInsn(LLOAD, 0);
        mv.visitVarInsn(LLOAD, 2);
        mv.visitMethodInsn(INVOKESTATIC, ParallelNames.DRIVER, "single", ParallelNames.SINGLE_DESC, false);
        mv.visitJumpInsn(IFEQ, split);
        mv.visitInsn(LCONST_0);
        mv.visitVarInsn(LLOAD, 0);
        mv.visitInsn(ICONST_0);
        int slot = 4;
        for (Type t : bound) {
            mv.visitVarInsn(loadOpcode(t), slot);
            slot += t.slots();
        }
        mv.visitMethodInsn(INVOKESTATIC, className, chunk.name(), chunk.desc(), false);
        mv.visitInsn(RETURN);
        mv.visitLabel(split);
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
