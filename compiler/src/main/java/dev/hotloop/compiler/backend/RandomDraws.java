package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.RandomKind;
import dev.hotloop.compiler.transform.StripNames;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/**
 * Lowers {@code random} in one method. With a random class (the runtime's
 * {@code dev/hotloop/runtime/KernelRandom}, named by the request and never loaded here) a
 * method that draws takes one stream at its entry and keeps it in a local slot; each draw is a
 * virtual call on that stream:
 * <pre>
 * entry:                    invokestatic KernelRandom.forCall()LKernelRandom; astore 5
 * random int_bounded v3 ==> aload 5; iload v3; invokevirtual KernelRandom.nextInt(I)I
 * </pre>
 * Helpers that still draw after inlining (recursive or too large to inline) take a stream of
 * their own at their entry: each of their calls counts as one kernel call, which stays
 * reproducible after {@code Hotloop.seed} as long as the calls happen in a fixed order.
 *
 * <p>Parallel chunks must not take a stream with {@code forCall()} (the order in which chunks
 * start depends on the pool): the method that launches them takes the call's stream and each
 * chunk draws from {@code stream.split(chunkIndex)} ({@link #split}), so the numbers depend only on
 * the seed, the call and the chunk boundaries, never on the thread count.
 *
 * <p>Without a random class (compiler tests, which cannot see the runtime) draws go to the JDK:
 * {@code Math.random()} for doubles, {@code ThreadLocalRandom.current().nextX()} otherwise.
 *
 * <p>The random class's protocol, all the emitted code relies on: {@code static R forCall()},
 * {@code R split(long chunkIndex)}, and {@code nextDouble()D nextFloat()F nextInt()I
 * nextInt(I)I nextLong()J}; and for vector loops ({@code backend.vector.RandomLanes}) a class
 * {@code VectorRandom} in the same package with {@code static VectorRandom of(R, int lanes)}.
 */
final class RandomDraws {
    private static final String TLR = "java/util/concurrent/ThreadLocalRandom";

    private final MethodVisitor mv;
    private final String randomClass;
    private final int slot;

    /** A parallel loop's chunk: its stream is the launching call's, split by the chunk index. */
    private final boolean chunk;
    /** A strip-mined loop's block: the caller's stream is its parameter in this slot (after the IR's), else -1. */
    private final int passed;

    private RandomDraws(MethodVisitor mv, String randomClass, int slot, boolean chunk, int passed) {
        this.mv = mv;
        this.randomClass = randomClass;
        this.slot = slot;
        this.chunk = chunk;
        this.passed = passed;
    }

    /**
     * The draws of {@code f}; takes a slot for the stream when {@code f} draws, itself or through
     * the blocks it calls (it passes them its stream), and a random class is given. A block takes
     * its caller's stream from its last parameter instead of a new one.
     */
    static RandomDraws of(MethodVisitor mv, Function f, String randomClass, SlotAllocator slots, HelperNames helpers) {
        if (randomClass == null || !helpers.draws(f)) return new RandomDraws(mv, null, -1, false, -1);
        int passed = -1;
        if (StripNames.isBlock(f)) {
            passed = 0;
            for (var t : f.signature().params()) passed += t.slots();
        }
        return new RandomDraws(mv, randomClass, slots.fresh(1), ChunkLaunchers.isChunk(f), passed);
    }

    /** The random class this method's draws go to, or null when they go to the JDK. */
    String randomClass() { return randomClass; }

    /** Pushes the stream taken at the entry (a vector loop's generator is made from it). */
    void loadStream() {
        if (randomClass == null) throw new IllegalStateException("no random stream");
        mv.visitVarInsn(ALOAD, slot);
    }

    /** At the method's entry: takes this call's stream, when the method draws from one. */
    void enter() {
        if (randomClass == null) return;
        if (passed >= 0) {
            mv.visitVarInsn(ALOAD, passed);
        } else if (chunk) {
            ChunkLaunchers.chunkStream(mv, randomClass);
            split(mv, randomClass);
        } else {
            forCall(mv, randomClass);
        }
        mv.visitVarInsn(ASTORE, slot);
    }

    /** Pushes {@code random.forCall()}: a fresh stream for one kernel call. */
    static void forCall(MethodVisitor mv, String randomClass) {
        mv.visitMethodInsn(INVOKESTATIC, randomClass, "forCall", "()" + desc(randomClass), false);
    }

    /** With a stream and a long chunk index on the stack, pushes the chunk's stream ({@code split}). */
    static void split(MethodVisitor mv, String randomClass) {
        mv.visitMethodInsn(INVOKEVIRTUAL, randomClass, "split", "(J)" + desc(randomClass), false);
    }

    /** Emits one draw; {@code pushBound} pushes the bound operand of {@link RandomKind#INT_BOUNDED}. */
    void emit(RandomKind kind, Runnable pushBound) {
        String owner;
        if (randomClass != null) {
            owner = randomClass;
            mv.visitVarInsn(ALOAD, slot);
        } else if (kind == RandomKind.DOUBLE) {
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "random", "()D", false);
            return;
        } else {
            owner = TLR;
            mv.visitMethodInsn(INVOKESTATIC, TLR, "current", "()L" + TLR + ";", false);
        }
        switch (kind) {
            case DOUBLE -> mv.visitMethodInsn(INVOKEVIRTUAL, owner, "nextDouble", "()D", false);
            case FLOAT -> mv.visitMethodInsn(INVOKEVIRTUAL, owner, "nextFloat", "()F", false);
            case INT -> mv.visitMethodInsn(INVOKEVIRTUAL, owner, "nextInt", "()I", false);
            case INT_BOUNDED -> {
                pushBound.run();
                mv.visitMethodInsn(INVOKEVIRTUAL, owner, "nextInt", "(I)I", false);
            }
            case LONG -> mv.visitMethodInsn(INVOKEVIRTUAL, owner, "nextLong", "()J", false);
        }
    }

    private static String desc(String internalName) {
        return "L" + internalName + ";";
    }
}
