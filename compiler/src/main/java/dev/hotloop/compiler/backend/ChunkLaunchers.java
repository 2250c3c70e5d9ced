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
 * The launcher of a chunk function and its entry: the launcher packs the live-ins and partial
 * arrays into an {@code Object[]} and hands it with a constant handle on the entry (the same handle
 * every call, so its code is compiled once) to the driver; the entry unpacks them for the chunk,
 * and stores a chunk's returned partial (its one reduction) into {@code partials[chunk]}.
 * <pre>
 * private static void parallel$0(long trips, long grain, double[] a, double[] p) {
 *     ParallelDriver.launch(#chunk$0$entry, trips, grain, new Object[] {a, p}, null);
 * }
 * private static void chunk$0$entry(long lo, long hi, int k, Object[] args) {
 *     ((double[]) args[1])[k] = chunk$0(lo, hi, k, (double[]) args[0]);
 * }</pre>
 * A loop of one chunk never reaches the launcher: the kernel calls {@code chunk$0(0, trips, 0, a)}
 * itself (see {@code OutlineParallelLoops}), unless the chunk draws random numbers.
 * A chunk that draws gets the call's stream instead of null ({@code KernelRandom.forCall()});
 * the driver hands it to each chunk ({@code ParallelDriver.stream()}), which draws from
 * {@code stream.split(chunk)}.
 */
final class ChunkLaunchers {
    private ChunkLaunchers() {}

    /** A chunk function: named {@code chunk$k}, with parameters {@code (long lo, long hi, int chunk, ...)}. */
    static boolean isChunk(Function f) {
        List<Type> ps = f.signature().params();
        return f.name().startsWith(ParallelNames.CHUNK_PREFIX) && ps.size() >= 3 && ps.get(0).equals(Type.I64)
                && ps.get(1).equals(Type.I64) && ps.get(2).equals(Type.I32);
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
        // the launcher's parameters after (trips, grain): the chunk's, and the array of a returned partial
        List<Type> bound = launcher.signature().params().subList(2, launcher.signature().params().size());
        String entry = entryName(chunk);
        emitEntry(cw, className, chunk, entry, bound, chunkRef.signature().result());
        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, launcher.name(), launcher.desc(), null, null);
        mv.visitCode();
        boolean draws = randomClass != null && names.draws(fn);
        mv.visitLdcInsn(new Handle(H_INVOKESTATIC, className, entry, ENTRY_DESC, false));
        mv.visitVarInsn(LLOAD, 0);
        mv.visitVarInsn(LLOAD, 2);
        if (bound.isEmpty()) {
            mv.visitInsn(ACONST_NULL);
        } else {
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
        }
        // the chunks split this call's stream, so their numbers depend only on the seed and the chunk index
        if (draws) RandomDraws.forCall(mv, randomClass);
        else mv.visitInsn(ACONST_NULL);
        mv.visitMethodInsn(INVOKESTATIC, ParallelNames.DRIVER, "launch", ParallelNames.LAUNCH_DESC, false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The entry the driver calls: {@code (long lo, long hi, int chunk, Object[] args)void}. */
    static final String ENTRY_DESC = "(JJI[Ljava/lang/Object;)V";

    /** The chunk method's entry: its name with {@code $entry} appended (helper names never contain a second {@code $entry}). */
    static String entryName(HelperNames.Target chunk) {
        return chunk.name() + "$entry";
    }

    /**
     * {@code chunk$k$entry(lo, hi, k, args)}: unpacks the live-ins and partial arrays from {@code args}
     * (cast or unboxed to their types) and calls the chunk method; a chunk that returns its partial
     * has it stored into the last array, at {@code k}. The driver calls every loop through one such
     * constant handle, whose code the JDK then compiles once.
     */
    private static void emitEntry(ClassWriter cw, String className, HelperNames.Target chunk, String entry, List<Type> bound,
                                  Type result) {
        MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, entry, ENTRY_DESC, null, null);
        mv.visitCode();
        int passed = bound.size();
        if (!result.isVoid()) {
            // partials[k] = chunk(...): the array and the index go under the result
            passed--;
            unpack(mv, bound, passed);
            mv.visitVarInsn(ILOAD, 4);
        }
        mv.visitVarInsn(LLOAD, 0);
        mv.visitVarInsn(LLOAD, 2);
        mv.visitVarInsn(ILOAD, 4);
        for (int k = 0; k < passed; k++) unpack(mv, bound, k);
        mv.visitMethodInsn(INVOKESTATIC, className, chunk.name(), chunk.desc(), false);
        if (!result.isVoid()) mv.visitInsn(arrayStoreOpcode(result));
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Pushes {@code args[k]} as a {@code bound.get(k)}. */
    private static void unpack(MethodVisitor mv, List<Type> bound, int k) {
        mv.visitVarInsn(ALOAD, 5);
        pushInt(mv, k);
        mv.visitInsn(AALOAD);
        unbox(mv, bound.get(k));
    }

    private static int arrayStoreOpcode(Type t) {
        return switch (t.kind()) {
            case BOOL, I8 -> BASTORE;
            case I16 -> SASTORE;
            case U16 -> CASTORE;
            case I64 -> LASTORE;
            case F32 -> FASTORE;
            case F64 -> DASTORE;
            case ARRAY, NULL -> AASTORE;
            default -> IASTORE;
        };
    }

    private static void pushInt(MethodVisitor mv, int v) {
        if (v <= 5) mv.visitInsn(ICONST_0 + v);
        else if (v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
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

    /** The wrapper class of a primitive type ({@code java/lang/Integer} for i32), null for arrays. */
    private static String boxClass(Type t) {
        return switch (t.kind()) {
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
    }

    private static void box(MethodVisitor mv, Type t) {
        String owner = boxClass(t);
        if (owner != null) mv.visitMethodInsn(INVOKESTATIC, owner, "valueOf", "(" + t.descriptor() + ")L" + owner + ";", false);
    }

    /** The inverse of {@link #box}: a cast to the array or boxed type, then its value ({@code intValue()} and so on). */
    private static void unbox(MethodVisitor mv, Type t) {
        String owner = boxClass(t);
        String d = t.descriptor();
        if (owner == null) {
            mv.visitTypeInsn(CHECKCAST, d.startsWith("[") ? d : d.substring(1, d.length() - 1));
            return;
        }
        mv.visitTypeInsn(CHECKCAST, owner);
        String method = t.javaName() + "Value"; // intValue, charValue, ...
        mv.visitMethodInsn(INVOKEVIRTUAL, owner, method, "()" + d, false);
    }
}
