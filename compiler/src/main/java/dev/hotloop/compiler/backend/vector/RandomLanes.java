package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.RandomKind;
import dev.hotloop.compiler.vector.LaneType;
import dev.hotloop.compiler.vector.VectorPlan;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.objectweb.asm.Opcodes.*;

/**
 * Random draws in a vector loop: each {@code random} becomes one draw of a whole vector from a
 * lane-parallel generator, the runtime's {@code VectorRandom} (named, never loaded here), taken
 * once before the loop from the method's stream; the scalar rest of the loop keeps drawing from
 * that stream. For a loop of 4 lanes:
 * <pre>
 * guard:       n &gt; 0 (a bounded draw's bound), else the whole loop runs scalar
 * before:      g = (VectorRandom$X4) VectorRandom.carried(stream, 4); st = g.state(); a, s, x0, x1 = st as LongVectors
 * random double v11          ==&gt; the L64X128 step on a, s, x0, x1, inline ({@link RandomStep}), DoubleVector
 * random int_bounded v3 (n)  ==&gt; g.nextInt(n)         IntVector, 4 lanes (the state then stays in st)
 * after:       a, s, x0, x1 back into st ({@link #leave})
 * </pre>
 * The generator is the one the stream carries ({@code VectorRandom.carried}): the blocks of a
 * strip-mined loop, each a vector loop of its own, all draw from one generator made by the first,
 * rather than each making one (a {@code long[4L]} and {@code L} lane seeds: about 10,000 per
 * 10M samples of MonteCarloPi).
 * Why inline: C2 does not inline our methods once a compile passes its node budget (measured:
 * "NodeCountInliningCutoff" on {@code X8.nextDouble()} in MonteCarloPi's block), and each draw
 * then returned a boxed vector, ~230 MB per call of 10M samples. Why the state in locals: with
 * the loop in a block method, C2 keeps the loop-carried vectors in registers (MonteCarloPi 7 ms a
 * call against 11 ms with the state loaded and stored through the array each draw).
 *
 * <p>Draws are emitted in program order, so the numbers each lane gets are fixed by the seed, the
 * call (or chunk) and the lane count. A draw under a condition draws on every lane and the blend
 * keeps the chosen lanes: each lane's later numbers do not depend on which ones were used, so
 * nothing is biased. Without a random class (compiler tests) the lanes are filled one by one
 * from the JDK's generators through a scratch array.
 */
final class RandomLanes {
    private final VectorPlan p;
    private final ScalarCode c;
    private int generator = -1;                                   // the VectorRandom, or -1 before the first draw
    private int state = -1;                                       // its state array, or -1 before the first inline draw
    private RandomStep step;                                      // the inline step's scratch locals, made on first use
    private final Map<LaneType, Integer> scratch = new EnumMap<>(LaneType.class);  // JDK draws: one array per lane type

    RandomLanes(VectorPlan p, ScalarCode c) {
        this.p = p;
        this.c = c;
    }

    /** The runtime's vector generator next to the scalar random class: {@code dev/hotloop/runtime/VectorRandom}. */
    static String vectorClass(String randomClass) {
        return randomClass.substring(0, randomClass.lastIndexOf('/') + 1) + "VectorRandom";
    }

    /**
     * Before the vector loop, with the other guards: a bounded draw whose bound is not positive
     * sends the loop to its scalar form, which throws where plain Java does (or never, when the
     * draw is never reached).
     */
    static void guard(VectorPlan p, ScalarCode c, Label scalar) {
        for (Block b : p.order()) {
            for (Instr i : b.instrs()) {
                if (i.op() != Op.RANDOM || i.aux() != RandomKind.INT_BOUNDED) continue;
                if (i.arg(0) instanceof Const k && k.longValue() > 0) continue;
                c.load(i.arg(0));
                c.mv().visitJumpInsn(IFLE, scalar);
            }
        }
    }

    /** Emits the draw {@code i} into the loop body {@code mv}; returns the local holding the vector. */
    int draw(Instr i, MethodVisitor mv, List<Runnable> hoisted) {
        RandomKind kind = (RandomKind) i.aux();
        LaneType t = LaneType.of(kind.type);
        int bound = kind == RandomKind.INT_BOUNDED ? hoistBound(i, hoisted) : -1;
        if (c.randomClass() == null) {
            jdkLanes(kind, t, bound, mv, hoisted);
        } else if (bound < 0) {
            String widthClass = vectorClass(c.randomClass()) + "$X" + p.lanes();
            if (step == null) step = new RandomStep(c, p.lanes(), !hasBoundedDraw(p));
            int st = state(hoisted, widthClass);
            step.draw(mv, st, t);
        } else {
            // nextInt(bound): the generator's rejection loop, on the state in its array
            String widthClass = vectorClass(c.randomClass()) + "$X" + p.lanes();
            mv.visitVarInsn(ALOAD, generator(hoisted, widthClass));
            mv.visitVarInsn(ILOAD, bound);
            mv.visitMethodInsn(INVOKEVIRTUAL, widthClass, "nextInt", "(I)" + VectorApi.desc(t), false);
        }
        int out = c.fresh(1);
        mv.visitVarInsn(ASTORE, out);
        return out;
    }

    /**
     * Where the vector loop ends (before the scalar rest, which the guards may also jump to): the
     * state kept in vector locals goes back into the generator's array, where the next vector
     * loop on the same stream (the next block of a strip-mined loop) picks it up.
     */
    void leave() {
        if (step != null && step.inLocals() && state >= 0) step.storeState(c.mv(), state);
    }

    /** The generator's local; the first draw makes it before the loop (after the guards: a loop that stays scalar takes nothing from the stream). */
    private int generator(List<Runnable> hoisted, String widthClass) {
        if (generator >= 0) return generator;
        int g = c.fresh(1);
        String vr = vectorClass(c.randomClass());
        hoisted.add(() -> {
            MethodVisitor pre = c.mv();
            c.loadRandomStream();
            Ints.push(pre, p.lanes());
            pre.visitMethodInsn(INVOKESTATIC, vr, "carried", "(L" + c.randomClass() + ";I)L" + vr + ";", false);
            pre.visitTypeInsn(CHECKCAST, widthClass);  // exact class: the draws bind statically
            pre.visitVarInsn(ASTORE, g);
        });
        generator = g;
        return g;
    }

    /** The generator's state array in a local set before the loop, for the draws {@link RandomStep} writes inline. */
    private int state(List<Runnable> hoisted, String widthClass) {
        if (state >= 0) return state;
        int g = generator(hoisted, widthClass);
        int st = c.fresh(1);
        String vr = vectorClass(c.randomClass());
        hoisted.add(() -> {
            c.mv().visitVarInsn(ALOAD, g);
            c.mv().visitMethodInsn(INVOKEVIRTUAL, vr, "state", "()[J", false);
            c.mv().visitVarInsn(ASTORE, st);
            if (step.inLocals()) step.loadState(c.mv(), st);
        });
        state = st;
        return st;
    }

    /** Whether the loop has a bounded draw (a call on {@code VectorRandom}, which steps the state in its array). */
    private static boolean hasBoundedDraw(VectorPlan p) {
        for (Block b : p.order()) {
            for (Instr i : b.instrs()) {
                if (i.op() == Op.RANDOM && i.aux() == RandomKind.INT_BOUNDED) return true;
            }
        }
        return false;
    }

    /** The bound of {@code nextInt(bound)} (uniform: the legality checks it) in a local set before the loop. */
    private int hoistBound(Instr i, List<Runnable> hoisted) {
        int slot = c.fresh(1);
        hoisted.add(() -> {
            c.load(i.arg(0));
            c.mv().visitVarInsn(ISTORE, slot);
        });
        return slot;
    }

    /** No random class: lane by lane from {@code Math.random()} or {@code ThreadLocalRandom}, then one {@code fromArray}. */
    private void jdkLanes(RandomKind kind, LaneType t, int bound, MethodVisitor mv, List<Runnable> hoisted) {
        String elem = t.scalarDesc;
        int array = scratch.computeIfAbsent(t, x -> {
            int s = c.fresh(1);
            hoisted.add(() -> {
                Ints.push(c.mv(), p.lanes());
                c.mv().visitIntInsn(NEWARRAY, switch (x) {
                    case DOUBLE -> T_DOUBLE;
                    case FLOAT -> T_FLOAT;
                    case LONG -> T_LONG;
                    default -> T_INT;
                });
                c.mv().visitVarInsn(ASTORE, s);
            });
            return s;
        });
        String tlr = "java/util/concurrent/ThreadLocalRandom";
        for (int k = 0; k < p.lanes(); k++) {
            mv.visitVarInsn(ALOAD, array);
            Ints.push(mv, k);
            if (kind == RandomKind.DOUBLE) {
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "random", "()D", false);
            } else {
                mv.visitMethodInsn(INVOKESTATIC, tlr, "current", "()L" + tlr + ";", false);
                if (bound >= 0) mv.visitVarInsn(ILOAD, bound);
                String name = switch (kind) {
                    case FLOAT -> "nextFloat";
                    case LONG -> "nextLong";
                    default -> "nextInt";
                };
                mv.visitMethodInsn(INVOKEVIRTUAL, tlr, name, "(" + (bound >= 0 ? "I" : "") + ")" + elem, false);
            }
            mv.visitInsn(org.objectweb.asm.Type.getType(elem).getOpcode(IASTORE));
        }
        VectorApi.species(mv, t, p.bitsOf(t));
        mv.visitVarInsn(ALOAD, array);
        mv.visitInsn(ICONST_0);
        mv.visitMethodInsn(INVOKESTATIC, t.vectorClass(), "fromArray", "(" + VectorApi.D_SPECIES + "[" + elem + "I)" + VectorApi.desc(t), false);
    }
}
