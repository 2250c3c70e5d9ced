package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.transform.ParallelNames;
import dev.hotloop.compiler.backend.vector.VectorContext;
import dev.hotloop.compiler.vector.VectorVerdicts;
import org.objectweb.asm.ClassWriter;

import java.util.Map;

import static org.objectweb.asm.Opcodes.*;

/**
 * IR to a class file. The kernel becomes {@code public static R kernel(P...)} (unmeasured) and
 * {@code public static R invoke(P...)} (measured through the meter when one is given, otherwise
 * the same as {@code kernel}); helpers become {@code private static h$<name>$<n>} methods of the
 * same class.
 * <pre>byte[] bytes = ClassEmitter.emit(program, "p/Kernels$sum", null);
 *lookup.defineHiddenClass(bytes, true, NESTMATE)  // then call "invoke"</pre>
 * Frames are computed by ASM; no class is ever loaded to do it (every common super class is Object,
 * which is exact because values of different array types never meet in one slot).
 */
public final class ClassEmitter {
    private ClassEmitter() {}

    /** Emits with random draws from the JDK (see {@link RandomDraws}). */
    public static byte[] emit(Program program, String className, String meterClass) {
        return emit(program, className, meterClass, null);
    }

    /**
     * @param className   internal name of the class to emit
     * @param meterClass  internal name of the meter class (class data of the hidden class), or null
     * @param randomClass internal name of the kernel random class, or null to draw from the JDK
     */
    public static byte[] emit(Program program, String className, String meterClass, String randomClass) {
        return emit(program, className, meterClass, randomClass, VectorVerdicts.NONE);
    }

    /** As above, with the vector forms of the loops {@code vectors} planned (see {@code backend.vector}). */
    public static byte[] emit(Program program, String className, String meterClass, String randomClass, VectorVerdicts vectors) {
        VectorContext vc = new VectorContext(className, vectors);
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                return "java/lang/Object";
            }
        };
        Function kernel = program.kernel();
        cw.visit(V25, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, "java/lang/Object", null);
        boolean lines = !kernel.sourceFile().equals("?");
        if (lines) cw.visitSource(kernel.sourceFile(), null);
        HelperNames names = new HelperNames(program, className, randomClass);
        CodeLength longest = new CodeLength(cw);  // of the kernel and its helpers: can C2 inline them all?
        MethodEmitter.emit(longest, ACC_PUBLIC | ACC_STATIC, "kernel", kernel, names, lines, randomClass, vc);
        for (Map.Entry<MethodRef, Function> h : program.helpers().entrySet()) {
            Function fn = h.getValue();
            // One SourceFile per class: only lines from the kernel's own file are kept.
            boolean sameFile = lines && fn.sourceFile().equals(kernel.sourceFile());
            HelperNames.Target target = names.target(h.getKey());
            MethodEmitter.emit(longest, ACC_PRIVATE | ACC_STATIC, target.name(), target.desc(), fn, names, sameFile, randomClass, vc);
            if (ParallelNames.isChunk(h.getKey())) ChunkLaunchers.emit(cw, className, h.getKey(), target, fn, randomClass, names);
        }
        EntryEmitter.emit(cw, className, kernel.signature(), meterClass, longest.bytes() <= EntryEmitter.FREQ_INLINE_SIZE);
        cw.visitEnd();
        return cw.toByteArray();
    }
}
