package dev.hotloop.runtime;

import dev.hotloop.annotations.Jit;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The element values of a method's {@code @Jit}, read from its owner's class file with ASM
 * instead of through reflection.
 * <pre>@Jit(fastmath = true) static double dot(double[] x, double[] y)
 *   ==> JitDeclaration[parallel=false, fastmath=true, cache=false, fallback=false, signatures=[]]</pre>
 * Why: {@code Method.getAnnotation} makes a {@link java.lang.reflect.Proxy} class for the
 * annotation, and the first one in a JVM costs 30-45 ms here (ProxyGenerator, annotation parsing):
 * a sixth of the very first compile. ASM is loaded for the compile anyway. {@link #of} returns
 * null when the class file cannot be read (classes defined at run time); callers then use
 * reflection.
 */
record JitDeclaration(boolean parallel, boolean fastmath, boolean cache, boolean fallback, List<String> signatures) {
    private static final String JIT = Type.getDescriptor(Jit.class);

    /** The method's {@code @Jit}, {@link #NONE} when it has none, null when its class file is out of reach. */
    static JitDeclaration of(Method m) {
        byte[] bytes = classBytes(m.getDeclaringClass());
        if (bytes == null) return null;
        String desc = Type.getMethodDescriptor(m);
        Reader reader = new Reader(m.getName(), desc);
        try {
            new ClassReader(bytes).accept(reader, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (RuntimeException e) {
            return null; // a class file ASM cannot read: reflection still can
        }
        if (!reader.methodFound) return null;
        return reader.jit == null ? NONE : reader.jit.declaration();
    }

    /** A method without {@code @Jit}. */
    static final JitDeclaration NONE = new JitDeclaration(false, false, false, false, null);

    boolean present() { return signatures != null; }

    /** The owner's class file, as the compiler reads it ({@link ClassDefiner#classSource}); null for a hidden class. */
    private static byte[] classBytes(Class<?> owner) {
        return owner.isHidden() ? null : ClassDefiner.classSource(owner).read(ClassDefiner.internalName(owner));
    }

    /** Finds the method and hands its {@code @Jit} to a {@link Values}. */
    private static final class Reader extends ClassVisitor {
        private final String name, desc;
        boolean methodFound;
        Values jit;

        Reader(String name, String desc) {
            super(Opcodes.ASM9);
            this.name = name;
            this.desc = desc;
        }

        @Override
        public MethodVisitor visitMethod(int access, String n, String d, String signature, String[] exceptions) {
            if (!n.equals(name) || !d.equals(desc)) return null;
            methodFound = true;
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                    if (!descriptor.equals(JIT)) return null;
                    jit = new Values();
                    return jit;
                }
            };
        }
    }

    /** The element values; an element left out has its default (all false, no signatures). */
    private static final class Values extends AnnotationVisitor {
        boolean parallel, fastmath, cache, fallback;
        final List<String> signatures = new ArrayList<>();

        Values() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(String element, Object value) {
            boolean b = Boolean.TRUE.equals(value);
            switch (element) {
                case "parallel" -> parallel = b;
                case "fastmath" -> fastmath = b;
                case "cache" -> cache = b;
                case "fallback" -> fallback = b;
                default -> { }
            }
        }

        @Override
        public AnnotationVisitor visitArray(String element) {
            if (!element.equals("signatures")) return null;
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String unused, Object value) {
                    signatures.add((String) value);
                }
            };
        }

        JitDeclaration declaration() {
            return new JitDeclaration(parallel, fastmath, cache, fallback, List.copyOf(signatures));
        }
    }
}
