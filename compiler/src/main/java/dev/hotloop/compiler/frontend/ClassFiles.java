package dev.hotloop.compiler.frontend;

import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.diag.SourcePos;
import dev.hotloop.compiler.ir.MethodRef;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Parsed class files of one compile, read once per class through the caller's {@link ClassSource}.
 * Frames are skipped (the analyzer recomputes what we need); debug info is kept for lines and names.
 */
final class ClassFiles {
    private final ClassSource source;
    private final Map<String, ClassNode> parsed = new HashMap<>();

    ClassFiles(ClassSource source) {
        this.source = source;
    }

    ClassNode classNode(String owner) {
        ClassNode cn = parsed.get(owner);
        if (cn != null) return cn;
        byte[] bytes = source.read(owner);
        if (bytes == null) {
            throw new CompileError(SourcePos.unknown(owner.replace('/', '.')), "cannot read the class file of " + owner, null,
                    "the kernel's class must be loadable as a resource (not a hidden or runtime-generated class)");
        }
        cn = new ClassNode();
        new ClassReader(bytes).accept(cn, ClassReader.SKIP_FRAMES);
        parsed.put(owner, cn);
        return cn;
    }

    /** A method and the class that declares it. */
    record Found(ClassNode declaring, MethodNode method) {}

    Found method(MethodRef ref) {
        ClassNode cn = classNode(ref.owner());
        // invokestatic Sub.m may resolve to a static method inherited from a superclass
        for (ClassNode c = cn; c != null; c = c.superName == null || c.superName.equals("java/lang/Object") ? null : classNode(c.superName)) {
            for (MethodNode m : c.methods) {
                if (m.name.equals(ref.name()) && m.desc.equals(ref.desc())) return new Found(c, m);
            }
        }
        throw new CompileError(SourcePos.unknown(sourceFile(cn)), "method " + ref, "not found in its class file", "check the method name and descriptor");
    }

    static String sourceFile(ClassNode cn) {
        return cn.sourceFile != null ? cn.sourceFile : cn.name.substring(cn.name.lastIndexOf('/') + 1) + ".class";
    }
}
