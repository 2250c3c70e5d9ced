package dev.hotloop.runtime;

import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.KernelRequest;
import dev.hotloop.compiler.LoopReport;
import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.diag.SourcePos;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Stands in for the real pipeline in runtime tests: emits, with ASM, a class whose {@code kernel}
 * calls the original method (widening scalar arguments) and whose {@code invoke} measures
 * {@code kernel} through the class data meter, exactly as the real back end's entries do.
 * Records every request; can be told to fail with a diagnostic instead.
 */
final class FakeCompiler implements Function<KernelRequest, CompiledKernel> {
    final List<KernelRequest> requests = new CopyOnWriteArrayList<>();
    private final RuntimeException failure;
    private final List<LoopReport> loops;

    private FakeCompiler(RuntimeException failure, List<LoopReport> loops) {
        this.failure = failure;
        this.loops = loops;
    }

    static FakeCompiler working() { return new FakeCompiler(null, List.of()); }

    static FakeCompiler withLoops(List<LoopReport> loops) { return new FakeCompiler(null, loops); }

    static FakeCompiler failing(String file, int line, String construct, String hint) {
        return new FakeCompiler(new CompileError(new SourcePos(file, line), construct, "is not supported in kernels", hint), List.of());
    }

    static FakeCompiler throwing(RuntimeException e) { return new FakeCompiler(e, List.of()); }

    @Override
    public CompiledKernel apply(KernelRequest r) {
        requests.add(r);
        if (failure != null) throw failure;
        Signature declared = r.kernel().signature();
        Signature variant = new Signature(declared.result(), r.argTypes());
        byte[] bytes = emit(r, declared, variant);
        Map<String, String> ir = r.keepIr() ? Map.of("ssa", "func @" + r.kernel().name() + "\n") : Map.of();
        return new CompiledKernel(r.className(), bytes, variant, CompiledKernel.ENTRY, CompiledKernel.RAW,
                phases(), loops, ir);
    }

    private static Map<String, Long> phases() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("read", 1000L);
        m.put("codegen", 2000L);
        return m;
    }

    static byte[] emit(KernelRequest r, Signature declared, Signature variant) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        cw.visit(Opcodes.V25, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, r.className(), null, "java/lang/Object", null);
        String desc = variant.descriptor();
        org.objectweb.asm.Type asmType = org.objectweb.asm.Type.getMethodType(desc);

        MethodVisitor k = cw.visitMethod(Opcodes.ACC_STATIC, CompiledKernel.RAW, desc, null, null);
        k.visitCode();
        int slot = 0;
        for (int i = 0; i < variant.params().size(); i++) {
            Type from = variant.params().get(i);
            Type to = declared.params().get(i);
            k.visitVarInsn(asmType.getArgumentTypes()[i].getOpcode(Opcodes.ILOAD), slot);
            slot += from.slots();
            if (from.equals(to)) continue;
            if (from.isArray()) {
                throw new CompileError(new SourcePos("FakeCompiler.java", 1), "array retyping", "is not supported by the fake", "");
            }
            widen(k, from.computational(), to.computational());
        }
        k.visitMethodInsn(Opcodes.INVOKESTATIC, r.kernel().owner(), r.kernel().name(), r.kernel().desc(), false);
        k.visitInsn(asmType.getReturnType().getOpcode(Opcodes.IRETURN));
        k.visitMaxs(0, 0);
        k.visitEnd();

        MethodVisitor m = cw.visitMethod(Opcodes.ACC_STATIC, CompiledKernel.ENTRY, desc, null, null);
        m.visitCode();
        int t0 = slot;
        m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/System", "nanoTime", "()J", false);
        m.visitVarInsn(Opcodes.LSTORE, t0);
        slot = 0;
        for (org.objectweb.asm.Type p : asmType.getArgumentTypes()) {
            m.visitVarInsn(p.getOpcode(Opcodes.ILOAD), slot);
            slot += p.getSize();
        }
        m.visitMethodInsn(Opcodes.INVOKESTATIC, r.className(), CompiledKernel.RAW, desc, false);
        m.visitLdcInsn(new ConstantDynamic("_", "L" + r.meterClass() + ";", new Handle(Opcodes.H_INVOKESTATIC,
                "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false)));
        m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/System", "nanoTime", "()J", false);
        m.visitVarInsn(Opcodes.LLOAD, t0);
        m.visitInsn(Opcodes.LSUB);
        m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, r.meterClass(), "record", "(J)V", false);
        m.visitInsn(asmType.getReturnType().getOpcode(Opcodes.IRETURN));
        m.visitMaxs(0, 0);
        m.visitEnd();

        // the sampled entry of typed handles: the fake times every call
        MethodVisitor f = cw.visitMethod(Opcodes.ACC_STATIC, CompiledKernel.FAST, desc, null, null);
        f.visitCode();
        slot = 0;
        for (org.objectweb.asm.Type p : asmType.getArgumentTypes()) {
            f.visitVarInsn(p.getOpcode(Opcodes.ILOAD), slot);
            slot += p.getSize();
        }
        f.visitMethodInsn(Opcodes.INVOKESTATIC, r.className(), CompiledKernel.ENTRY, desc, false);
        f.visitInsn(asmType.getReturnType().getOpcode(Opcodes.IRETURN));
        f.visitMaxs(0, 0);
        f.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void widen(MethodVisitor mv, Type from, Type to) {
        if (from.equals(to)) return;
        int op = switch (from.kind()) {
            case I32 -> switch (to.kind()) { case I64 -> Opcodes.I2L; case F32 -> Opcodes.I2F; default -> Opcodes.I2D; };
            case I64 -> to.kind() == Type.Kind.F32 ? Opcodes.L2F : Opcodes.L2D;
            case F32 -> Opcodes.F2D;
            default -> throw new IllegalArgumentException("no widening from " + from + " to " + to);
        };
        mv.visitInsn(op);
    }
}
