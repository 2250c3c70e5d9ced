package dev.hotloop.compiler.frontend;

import static org.objectweb.asm.Opcodes.*;

import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.diag.SourcePos;
import dev.hotloop.compiler.frontend.BlockSplitter.CodeBlock;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Translates one checked method into an SSA {@link Function}: analyses it (stack heights and
 * local types per instruction, unreachable code), splits it into blocks, and walks the blocks
 * in reverse postorder, sealing each block once all its predecessors are filled.
 */
final class MethodTranslator {
    private final MethodRef ref;
    private final MethodNode method;
    private final String file;
    private final Set<MethodRef> helpers;
    private Frame<BasicValue>[] frames;
    private BlockSplitter cfg;
    private int[] lines;
    private Set<AbstractInsnNode> thrown;
    private final Map<Block, CodeBlock> byIr = new HashMap<>();

    MethodTranslator(MethodRef ref, MethodNode method, String file, Set<MethodRef> helpers) {
        this.ref = ref;
        this.method = method;
        this.file = file;
        this.helpers = helpers;
    }

    /** The "read" half: bytecode analysis and block splitting. */
    MethodTranslator analyse() {
        try {
            frames = new Analyzer<>(new BasicInterpreter()).analyze(ref.owner(), method);
        } catch (AnalyzerException e) {
            int line = e.node == null ? 0 : lineBefore(e.node);
            throw new CompileError(new SourcePos(file, line), "bytecode of " + ref, "cannot be analysed: " + e.getMessage(), "recompile the class with javac");
        }
        cfg = new BlockSplitter(method.instructions, frames);
        lines = lineTable(method.instructions);
        thrown = ThrowSources.find(ref.owner(), method);
        return this;
    }

    /** The "ssa" half: builds the function. */
    Translation translate() {
        Function f = new Function(ref.name(), Signature.fromDescriptor(ref.desc()));
        f.setOrigin(ref);
        f.setSourceFile(file);
        CodeBlock first = cfg.entry();
        Block preEntry = first.predCount > 0 ? f.newBlock() : null;
        for (CodeBlock cb : cfg.blocks()) {
            cb.ir = f.newBlock();
            byIr.put(cb.ir, cb);
        }
        if (preEntry != null) first.predCount++;
        SsaBuilder ssa = new SsaBuilder(f, method.maxLocals + method.maxStack, this::phiType);
        BlockState state = new BlockState(f, ssa, file, method.maxLocals);
        Block entry = preEntry != null ? preEntry : first.ir;
        int slot = 0;
        for (Param p : f.params()) {
            ssa.write(slot, entry, p);
            slot += p.type().slots();
        }
        if (preEntry != null) {
            ssa.seal(preEntry);
            f.jump(preEntry, first.ir);
        } else {
            ssa.seal(first.ir);
        }
        OpcodeTranslator ops = new OpcodeTranslator(state);
        BranchTranslator branches = new BranchTranslator(state);
        CallTranslator calls = new CallTranslator(state, helpers);
        for (CodeBlock cb : cfg.blocks()) {
            if (!ssa.isSealed(cb.ir) && cb.ir.preds().size() == cb.predCount) ssa.seal(cb.ir);
            fill(cb, state, ops, branches, calls);
            for (CodeBlock succ : cb.succs) {
                if (!ssa.isSealed(succ.ir) && succ.ir.preds().size() == succ.predCount) ssa.seal(succ.ir);
            }
        }
        for (CodeBlock cb : cfg.blocks()) {
            if (!ssa.isSealed(cb.ir)) throw new IllegalStateException(cb.ir + " never sealed in " + ref);
        }
        return new Translation(f, ssa, cfg, method, calls.randomSource);
    }

    /** The function with what later steps need to map source variables onto it. */
    record Translation(Function function, SsaBuilder ssa, BlockSplitter cfg, MethodNode method, Param randomSource) {}

    private void fill(CodeBlock cb, BlockState s, OpcodeTranslator ops, BranchTranslator branches, CallTranslator calls) {
        InsnList insns = method.instructions;
        s.enter(cb.ir, cb.entry.getStackSize(), lines[cb.start]);
        int last = lastReal(cb);
        for (int i = cb.start; i < cb.end; i++) {
            AbstractInsnNode insn = insns.get(i);
            int op = insn.getOpcode();
            if (op < 0) continue;
            s.line = lines[i];
            if (i == last && isBlockEnd(op)) {
                branches.terminate(insn, cb);
                return;
            }
            if (BranchTranslator.isThreeWay(op)) {
                AbstractInsnNode next = nextReal(insn);
                branches.threeWay(op, next != null && i < insns.indexOf(next) && insns.indexOf(next) < cb.end
                        && BranchTranslator.isIfZero(next.getOpcode()));
            } else if (insn instanceof MethodInsnNode m) {
                if (op == INVOKESTATIC) calls.invokeStatic(m);
                else calls.invokeVirtual(m);
            } else if (insn instanceof FieldInsnNode fi) {
                calls.field(fi);
            } else {
                if (thrown.contains(insn)) throw Unsupported.throwing(s.pos(), ((TypeInsnNode) insn).desc);
                objectOps(insn, s);
                ops.translate(insn);
            }
        }
        s.leave();
        s.function.jump(cb.ir, cb.succs.getFirst().ir).setLine(s.line);
    }

    /** Bytecodes that only make sense on objects: rejected with a precise message. */
    private static void objectOps(AbstractInsnNode insn, BlockState s) {
        switch (insn.getOpcode()) {
            case NEW -> throw Unsupported.newObject(s.pos(), ((TypeInsnNode) insn).desc);
            case CHECKCAST -> throw Unsupported.typeTest(s.pos(), "cast to " + ((TypeInsnNode) insn).desc);
            case INSTANCEOF -> throw Unsupported.typeTest(s.pos(), "instanceof " + ((TypeInsnNode) insn).desc);
            case MONITORENTER, MONITOREXIT -> throw Unsupported.monitor(s.pos());
            case INVOKEDYNAMIC -> throw Unsupported.indy(s.pos());
            case JSR, RET -> throw Unsupported.opcode(s.pos(), "jsr/ret");
            default -> { }
        }
    }

    private static boolean isBlockEnd(int op) {
        return (op >= IFEQ && op <= LOOKUPSWITCH) || op == IFNULL || op == IFNONNULL || BlockSplitter.endsFlow(op);
    }

    private int lastReal(CodeBlock cb) {
        AbstractInsnNode last = cfg.lastInsn(cb);
        return last == null ? -1 : method.instructions.indexOf(last);
    }

    private static AbstractInsnNode nextReal(AbstractInsnNode insn) {
        AbstractInsnNode n = insn.getNext();
        while (n != null && n.getOpcode() < 0) n = n.getNext();
        return n;
    }

    private Type phiType(Block block, int var) {
        CodeBlock cb = byIr.get(block);
        if (cb == null) return Type.NULL;
        Frame<BasicValue> fr = cb.entry;
        BasicValue v = var < method.maxLocals ? fr.getLocal(var) : fr.getStack(var - method.maxLocals);
        org.objectweb.asm.Type t = v.getType();
        if (t == null) return Type.NULL;
        return switch (t.getSort()) {
            case org.objectweb.asm.Type.LONG -> Type.I64;
            case org.objectweb.asm.Type.FLOAT -> Type.F32;
            case org.objectweb.asm.Type.DOUBLE -> Type.F64;
            case org.objectweb.asm.Type.INT, org.objectweb.asm.Type.BOOLEAN, org.objectweb.asm.Type.BYTE,
                 org.objectweb.asm.Type.SHORT, org.objectweb.asm.Type.CHAR -> Type.I32;
            default -> Type.NULL; // a reference: RefTypes resolves it from the operands
        };
    }

    private static int[] lineTable(InsnList insns) {
        int[] out = new int[insns.size() + 1];
        int line = 0;
        for (int i = 0; i < insns.size(); i++) {
            if (insns.get(i) instanceof LineNumberNode ln) line = ln.line;
            out[i] = line;
        }
        out[insns.size()] = line;
        return out;
    }

    private int lineBefore(AbstractInsnNode node) {
        for (AbstractInsnNode n = node; n != null; n = n.getPrevious()) if (n instanceof LineNumberNode ln) return ln.line;
        return 0;
    }
}
