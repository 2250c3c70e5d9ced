package dev.hotloop.compiler.frontend;

import dev.hotloop.compiler.ir.Rpo;

import dev.hotloop.compiler.ir.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Splits a method's instruction list into basic blocks: a block starts at the first
 * instruction, at every jump or switch target, and after every jump, switch, return and
 * throw. Blocks the analyzer never reached (null frame) are dropped. The reachable blocks
 * come out in reverse postorder, so translating them in order sees every forward
 * predecessor before its successor.
 * <pre>0: iload 0; ifle L; iconst_1; ireturn; L: iconst_0; ireturn  ==>  [0..1] -> [2..3], [4..5]</pre>
 */
final class BlockSplitter {
    /** One bytecode block: instructions [start, end), its successors in edge order, and its entry frame. */
    static final class CodeBlock {
        final int start;
        final int end;
        final Frame<BasicValue> entry;
        final List<CodeBlock> succs = new ArrayList<>();
        int predCount;
        /** The IR block this one becomes. */
        Block ir;

        CodeBlock(int start, int end, Frame<BasicValue> entry) {
            this.start = start;
            this.end = end;
            this.entry = entry;
        }
    }

    /** A switch's cases without those that go to the default target. */
    record SwitchCases(int[] keys, List<LabelNode> labels, LabelNode dflt) {
        static SwitchCases of(AbstractInsnNode insn) {
            List<Integer> keys = new ArrayList<>();
            List<LabelNode> labels = new ArrayList<>();
            LabelNode dflt;
            if (insn instanceof TableSwitchInsnNode t) {
                dflt = t.dflt;
                for (int k = 0; k < t.labels.size(); k++) {
                    if (t.labels.get(k) != dflt) {
                        keys.add(t.min + k);
                        labels.add(t.labels.get(k));
                    }
                }
            } else {
                LookupSwitchInsnNode l = (LookupSwitchInsnNode) insn;
                dflt = l.dflt;
                for (int k = 0; k < l.labels.size(); k++) {
                    if (l.labels.get(k) != dflt) {
                        keys.add(l.keys.get(k));
                        labels.add(l.labels.get(k));
                    }
                }
            }
            return new SwitchCases(keys.stream().mapToInt(Integer::intValue).toArray(), labels, dflt);
        }
    }

    private final InsnList insns;
    private final Map<Integer, CodeBlock> byStart = new HashMap<>();
    private final List<CodeBlock> order;

    BlockSplitter(InsnList insns, Frame<BasicValue>[] frames) {
        this.insns = insns;
        int n = insns.size();
        boolean[] leader = new boolean[n + 1];
        leader[0] = true;
        for (int i = 0; i < n; i++) {
            AbstractInsnNode insn = insns.get(i);
            if (insn instanceof JumpInsnNode j) {
                leader[insns.indexOf(j.label)] = true;
                leader[i + 1] = true;
            } else if (insn instanceof TableSwitchInsnNode || insn instanceof LookupSwitchInsnNode) {
                SwitchCases sc = SwitchCases.of(insn);
                leader[insns.indexOf(sc.dflt())] = true;
                for (LabelNode l : sc.labels()) leader[insns.indexOf(l)] = true;
                leader[i + 1] = true;
            } else if (endsFlow(insn.getOpcode())) {
                leader[i + 1] = true;
            }
        }
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && !leader[end]) end++;
            if (frames[start] != null) byStart.put(start, new CodeBlock(start, end, frames[start]));
            start = end;
        }
        for (CodeBlock b : byStart.values()) {
            for (CodeBlock s : successors(b)) {
                b.succs.add(s);
                s.predCount++;
            }
        }
        order = reversePostorder(byStart.get(0));
    }

    /** Reachable blocks, entry first, in reverse postorder. */
    List<CodeBlock> blocks() { return order; }

    CodeBlock entry() { return order.getFirst(); }

    /** The block starting at {@code label} (a jump target). */
    CodeBlock at(LabelNode label) {
        return byStart.get(insns.indexOf(label));
    }

    /** The block containing instruction index {@code i}, or null if unreachable. */
    CodeBlock containing(int i) {
        for (CodeBlock b : order) if (b.start <= i && i < b.end) return b;
        return null;
    }

    /** The last real instruction (not a label or line number) of a block, or null. */
    AbstractInsnNode lastInsn(CodeBlock b) {
        for (int i = b.end - 1; i >= b.start; i--) {
            if (insns.get(i).getOpcode() >= 0) return insns.get(i);
        }
        return null;
    }

    private List<CodeBlock> successors(CodeBlock b) {
        AbstractInsnNode last = lastInsn(b);
        int op = last == null ? -1 : last.getOpcode();
        List<CodeBlock> out = new ArrayList<>();
        if (last instanceof JumpInsnNode j) {
            out.add(at(j.label));
            if (op != Opcodes.GOTO) out.add(byStart.get(b.end));
        } else if (last instanceof TableSwitchInsnNode || last instanceof LookupSwitchInsnNode) {
            SwitchCases sc = SwitchCases.of(last);
            out.add(at(sc.dflt()));
            for (LabelNode l : sc.labels()) out.add(at(l));
        } else if (!endsFlow(op)) {
            out.add(byStart.get(b.end));
        }
        if (out.contains(null)) throw new IllegalStateException("edge to an unanalysed block");
        return out;
    }

    static boolean endsFlow(int op) {
        return (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) || op == Opcodes.ATHROW;
    }

    private static List<CodeBlock> reversePostorder(CodeBlock entry) {
        return Rpo.of(entry, b -> b.succs);
    }
}
