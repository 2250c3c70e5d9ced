package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/**
 * The public entry {@code invoke} and, with a meter, the {@code METER} field it reports to.
 * <pre>static double invoke(double[] a) {
 *     long t0 = System.nanoTime();
 *     double r = kernel(a);
 *     METER.record(System.nanoTime() - t0);
 *     return r;
 * }</pre>
 * The meter object is the hidden class's class data, read once in {@code <clinit>} with
 * {@code MethodHandles.classData(MethodHandles.lookup(), "_", Meter.class)}.
 *
 * <p>{@code fast} is the entry for typed handles and facades, where two clock reads (about
 * 100 ns on some machines) would cost more than a small kernel: the meter decides which calls
 * go through the timed {@code invoke} (every call of a slow kernel, one in many of a fast one)
 * and counts the others.
 * <pre>static double fast(double[] a) {
 *     goto L; nop x 326;   // for a small kernel: an inline barrier, see below
 *  L: if (METER.sample()) return invoke(a);
 *     return kernel(a);
 * }</pre>
 * When C2 could inline the kernel and every method of its own (chunks, blocks, helpers) into
 * {@code fast} ({@value #FREQ_INLINE_SIZE} bytes of bytecode or fewer each), {@code fast} is padded
 * above that size, so that callers call it rather than inline it.
 * Inlined, its rare timed path put a call into the caller's loop, and a call there, even one taken
 * once in 64 times, made the caller's loop around a small store loop about 15 ns a call slower
 * (serial triad over 1,000 doubles: 1.13 of plain Java, paired in one JVM, {@code bench/paired});
 * called, it costs 1.02. The same held for the one-chunk parallel triad, whose chunk C2 inlines:
 * 15 ns slower than the serial kernel until padded, then equal. A kernel with a method too big to
 * inline (a vector block: dot's is 1022 bytes) is a call anyway, so its {@code fast} stays small
 * and inlines: padding would only add a call.
 * The padding is unreachable: it never runs, and C2 does not parse it.
 */
final class EntryEmitter {
    static final String METER = "METER";
    /** C2's default {@code FreqInlineSize}: the largest hot callee it inlines, in bytes of bytecode (x86_64, aarch64). */
    static final int FREQ_INLINE_SIZE = 325;

    private EntryEmitter() {}

    /** @param inlineBarrier whether to pad {@code fast} above what C2 inlines (when the kernel and its methods are small, see above) */
    static void emit(ClassVisitor cv, String className, Signature sig, String meterClass, boolean inlineBarrier) {
        if (meterClass != null) meterField(cv, className, meterClass);
        String desc = sig.descriptor();
        MethodVisitor mv = cv.visitMethod(ACC_PUBLIC | ACC_STATIC, "invoke", desc, null, null);
        mv.visitCode();
        int next = 0;
        int t0 = 0;
        if (meterClass != null) {
            for (Type p : sig.params()) next += p.slots();
            t0 = next;
            next += 2;
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/System", "nanoTime", "()J", false);
            mv.visitVarInsn(LSTORE, t0);
        }
        callWithParams(mv, className, "kernel", sig);
        if (meterClass != null) {
            int result = next;
            if (!sig.result().isVoid()) mv.visitVarInsn(JvmTypes.op(sig.result(), ISTORE), result);
            mv.visitFieldInsn(GETSTATIC, className, METER, "L" + meterClass + ";");
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/System", "nanoTime", "()J", false);
            mv.visitVarInsn(LLOAD, t0);
            mv.visitInsn(LSUB);
            mv.visitMethodInsn(INVOKEVIRTUAL, meterClass, "record", "(J)V", false);
            if (!sig.result().isVoid()) mv.visitVarInsn(JvmTypes.op(sig.result(), ILOAD), result);
        }
        mv.visitInsn(JvmTypes.op(sig.result(), IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        fast(cv, className, sig, meterClass, inlineBarrier);
    }

    private static void fast(ClassVisitor cv, String className, Signature sig, String meterClass, boolean barrier) {
        String desc = sig.descriptor();
        MethodVisitor mv = cv.visitMethod(ACC_PUBLIC | ACC_STATIC, "fast", desc, null, null);
        mv.visitCode();
        if (meterClass != null) {
            if (barrier) inlineBarrier(mv);
            org.objectweb.asm.Label untimed = new org.objectweb.asm.Label();
            mv.visitFieldInsn(GETSTATIC, className, METER, "L" + meterClass + ";");
            mv.visitMethodInsn(INVOKEVIRTUAL, meterClass, "sample", "()Z", false);
            mv.visitJumpInsn(IFEQ, untimed);
            callWithParams(mv, className, "invoke", sig);
            mv.visitInsn(JvmTypes.op(sig.result(), IRETURN));
            mv.visitLabel(untimed);
        }
        callWithParams(mv, className, "kernel", sig);
        mv.visitInsn(JvmTypes.op(sig.result(), IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Unreachable padding that makes the method too big for C2 to inline into a hot caller. */
    private static void inlineBarrier(MethodVisitor mv) {
        org.objectweb.asm.Label past = new org.objectweb.asm.Label();
        mv.visitJumpInsn(GOTO, past);
        for (int i = 0; i <= FREQ_INLINE_SIZE; i++) mv.visitInsn(NOP);
        mv.visitLabel(past);
    }

    private static void callWithParams(MethodVisitor mv, String className, String name, Signature sig) {
        int slot = 0;
        for (Type p : sig.params()) {
            mv.visitVarInsn(JvmTypes.op(p, ILOAD), slot);
            slot += p.slots();
        }
        mv.visitMethodInsn(INVOKESTATIC, className, name, sig.descriptor(), false);
    }

    private static void meterField(ClassVisitor cv, String className, String meterClass) {
        String desc = "L" + meterClass + ";";
        cv.visitField(ACC_PRIVATE | ACC_STATIC | ACC_FINAL, METER, desc, null, null).visitEnd();
        MethodVisitor mv = cv.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        mv.visitLdcInsn("_");
        mv.visitLdcInsn(org.objectweb.asm.Type.getObjectType(meterClass));
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        mv.visitTypeInsn(CHECKCAST, meterClass);
        mv.visitFieldInsn(PUTSTATIC, className, METER, desc);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
