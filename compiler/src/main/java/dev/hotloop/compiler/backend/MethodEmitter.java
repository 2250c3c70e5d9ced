package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Value;
import dev.hotloop.compiler.backend.vector.VectorContext;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.objectweb.asm.Opcodes.*;

/**
 * Emits one IR function as one static method: blocks in their list order, every instruction
 * where it stands, values in their own slots ({@link SlotAllocator}), phis resolved on the
 * edges ({@link PhiMoves}). An edge into a block with phis from a block with several
 * successors gets a trampoline after the last block: a label, the copies, a goto.
 * <pre>b1: v4 = cmp lt v2, v1; branch v4, b2, b3
 *  ==> L1: iload v2; iload v1; if_icmpge L3; (b2 next: falls through)</pre>
 */
final class MethodEmitter implements ScalarCode {
    private final MethodVisitor mv;
    private final Function f;
    private final HelperNames helpers;
    private final FusedCompares fused;
    private final SlotAllocator slots;
    private final OpLowering lowering;
    private final RandomDraws randoms;
    private final Map<Block, Label> labels = new HashMap<>();
    private final List<Runnable> trampolines = new ArrayList<>();
    private final boolean lines;
    private final VectorContext vectors;
    private final Map<Value, Integer> bound = new HashMap<>();
    private int lastLine;

    private MethodEmitter(MethodVisitor mv, Function f, HelperNames helpers, boolean lines, String randomClass,
                          VectorContext vectors) {
        this.mv = mv;
        this.vectors = vectors;
        this.f = f;
        this.helpers = helpers;
        this.lines = lines;
        this.fused = new FusedCompares(f);
        this.slots = new SlotAllocator(f, fused);
        this.randoms = RandomDraws.of(mv, f, randomClass, slots, helpers);
        this.lowering = new OpLowering(this);
    }

    /**
     * Writes {@code f} as method {@code name} with the given access flags; {@code lines} adds the
     * LineNumberTable; {@code randomClass} is where draws go (see {@link RandomDraws}), or null.
     */
    static void emit(ClassVisitor cv, int access, String name, Function f, HelperNames helpers, boolean lines,
                     String randomClass, VectorContext vectors) {
        emit(cv, access, name, f.signature().descriptor(), f, helpers, lines, randomClass, vectors);
    }

    /** As above, with the method's descriptor (a block that draws takes its caller's stream last: {@link HelperNames}). */
    static void emit(ClassVisitor cv, int access, String name, String desc, Function f, HelperNames helpers, boolean lines,
                     String randomClass, VectorContext vectors) {
        MethodVisitor mv = cv.visitMethod(access, name, desc, null, null);
        new MethodEmitter(mv, f, helpers, lines, randomClass, vectors).body();
    }

    @Override
    public MethodVisitor mv() { return mv; }

    @Override
    public String className() { return vectors.className(); }

    /** After the phi copies of the edge {@code from -> to}: a planned loop's vector form runs first. */
    void enteredBy(Block from, Block to) {
        vectors.enter(this, f, from, to);
    }

    FusedCompares fused() { return fused; }

    HelperNames helpers() { return helpers; }

    RandomDraws randoms() { return randoms; }

    private void body() {
        if (!f.entry().phis().isEmpty()) throw new IllegalArgumentException("entry block of " + f + " has phis");
        mv.visitCode();
        randoms.enter();
        List<Block> blocks = f.blocks();
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            Block next = k + 1 < blocks.size() ? blocks.get(k + 1) : null;
            mv.visitLabel(label(b));
            for (Instr i : b.instrs()) {
                if (i.isPhi() || fused.isFused(i)) continue;
                line(i);
                if (i.isTerminator()) {
                    terminator(b, i, next);
                } else {
                    lowering.lower(i);
                    storeResult(i);
                }
            }
            if (b.terminator() == null) throw new IllegalArgumentException(b + " of " + f + " has no terminator");
        }
        // After all blocks, so that a block may still fall through into the next one.
        for (Runnable t : trampolines) t.run();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void line(Instr i) {
        if (!lines || i.line() <= 0 || i.line() == lastLine) return;
        Label here = new Label();
        mv.visitLabel(here);
        mv.visitLineNumber(i.line(), here);
        lastLine = i.line();
    }

    private void terminator(Block b, Instr t, Block next) {
        switch (t.op()) {
            case JUMP -> {
                PhiMoves.emit(this, b, 0);
                if (t.targets().getFirst() != next) mv.visitJumpInsn(GOTO, label(t.targets().getFirst()));
            }
            case BRANCH -> branch(b, t, next);
            case SWITCH -> Switches.emit(this, b, t);
            case RETURN -> {
                if (t.args().isEmpty()) {
                    mv.visitInsn(RETURN);
                } else {
                    load(t.arg(0));
                    mv.visitInsn(JvmTypes.op(f.signature().result(), IRETURN));
                }
            }
            default -> throw new AssertionError(t.op());
        }
    }

    /** Jumps to one target, then takes the other edge inline (falling through when it is next). */
    private void branch(Block b, Instr t, Block next) {
        // When the true target follows, jump on the negated condition so the common loop shape falls through.
        boolean invert = t.targets().get(0) == next && t.targets().get(1) != next;
        int jumped = invert ? 1 : 0;
        int inline = 1 - jumped;
        CondJumps.jump(this, t.arg(0), invert, edgeLabel(b, jumped));
        PhiMoves.emit(this, b, inline);
        if (t.targets().get(inline) != next) mv.visitJumpInsn(GOTO, label(t.targets().get(inline)));
    }

    /** The label a jump along the {@code edge}-th target of {@code b} goes to: the block, or a trampoline with copies. */
    Label edgeLabel(Block b, int edge) {
        Block to = b.terminator().targets().get(edge);
        if (!PhiMoves.needed(b, edge)) return label(to);
        Label tramp = new Label();
        trampolines.add(() -> {
            mv.visitLabel(tramp);
            PhiMoves.emit(this, b, edge);
            mv.visitJumpInsn(GOTO, label(to));
        });
        return tramp;
    }

    Label label(Block b) {
        return labels.computeIfAbsent(b, x -> new Label());
    }

    /** Pushes a value: a constant, or a load from its slot. */
    @Override
    public void load(Value v) {
        Integer b = bound.isEmpty() ? null : bound.get(v);
        if (b != null) {
            mv.visitVarInsn(JvmTypes.op(v.type(), ILOAD), b);
        } else if (v instanceof Const c) {
            Constants.push(mv, c);
        } else {
            mv.visitVarInsn(JvmTypes.op(v.type(), ILOAD), slots.slot(v));
        }
    }

    /** Pops the top of the stack into the slot of {@code v}. */
    void store(Instr v) {
        mv.visitVarInsn(JvmTypes.op(v.type(), ISTORE), slots.slot(v));
    }

    @Override
    public void storePhi(Instr phi) { store(phi); }

    @Override
    public int fresh(int n) { return slots.fresh(n); }

    @Override
    public void lower(Instr i) { lowering.lower(i); }

    @Override
    public void bind(Value v, int slot) { bound.put(v, slot); }

    @Override
    public void unbindAll() { bound.clear(); }

    @Override
    public String randomClass() { return randoms.randomClass(); }

    @Override
    public void loadRandomStream() { randoms.loadStream(); }

    /** Stores the result just computed, or drops it when nothing reads it. */
    private void storeResult(Instr i) {
        if (i.type().isVoid() || i.op() == Op.ASTORE) return;
        if (slots.hasSlot(i)) store(i);
        else mv.visitInsn(i.type().slots() == 2 ? POP2 : POP);
    }
}
