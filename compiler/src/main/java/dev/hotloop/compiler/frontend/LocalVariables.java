package dev.hotloop.compiler.frontend;

import dev.hotloop.compiler.frontend.BlockSplitter.CodeBlock;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import java.util.Map;
import org.objectweb.asm.TypeReference;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LocalVariableAnnotationNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Maps source-level local variables onto the loop-header phis that carry them: the
 * {@code @Parallel} marks (javac writes a LOCAL_VARIABLE type annotation whose range starts at
 * the loop header) become {@link Function#parallelPhis()}, and LocalVariableTable names, when
 * present, go to {@link Function#varNames()}.
 * <pre>for (@Parallel int i = 0; i < n; i++)  ==>  v4 = phi i32 @parallel [b0: 0, b2: v9]</pre>
 */
final class LocalVariables {
    static final String PARALLEL = "Ldev/hotloop/annotations/Parallel;";

    private LocalVariables() {}

    static void apply(MethodTranslator.Translation t) {
        MethodNode m = t.method();
        Function f = t.function();
        InsnList insns = m.instructions;
        if (m.visibleLocalVariableAnnotations != null) {
            for (LocalVariableAnnotationNode a : m.visibleLocalVariableAnnotations) {
                if (!a.desc.equals(PARALLEL) || new TypeReference(a.typeRef).getSort() != TypeReference.LOCAL_VARIABLE) continue;
                for (int k = 0; k < a.index.size(); k++) {
                    Instr phi = phiAt(t, insns, a.start.get(k), a.index.get(k));
                    if (phi != null) f.parallelPhis().add(phi);
                }
            }
        }
        if (m.localVariables != null) {
            for (CodeBlock cb : t.cfg().blocks()) {
                for (Map.Entry<Integer, Instr> e : t.ssa().entryPhis(cb.ir).entrySet()) {
                    String name = nameOf(m, insns, e.getKey(), cb.start);
                    if (name != null && e.getValue().block() != null) f.varNames().put(e.getValue(), name);
                }
            }
        }
    }

    private static Instr phiAt(MethodTranslator.Translation t, InsnList insns, LabelNode start, int slot) {
        CodeBlock cb = t.cfg().containing(insns.indexOf(start));
        if (cb == null) return null;
        Instr phi = t.ssa().entryPhi(cb.ir, slot);
        return phi != null && phi.block() != null ? phi : null;
    }

    private static String nameOf(MethodNode m, InsnList insns, int slot, int at) {
        for (LocalVariableNode lv : m.localVariables) {
            if (lv.index == slot && insns.indexOf(lv.start) <= at && at < insns.indexOf(lv.end)) return lv.name;
        }
        return null;
    }
}
