package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.vector.LaneType;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/**
 * One step of the runtime's {@code VectorRandom}, written straight into the vector loop: the
 * L64X128 "mix" step of every lane, as Vector API calls on the generator's state array (four
 * blocks of {@code L} words, {@code a | s | x0 | x1}). For 4 lanes, {@code random double} becomes
 * <pre>
 * a = LongVector.fromArray(SPECIES_256, st, 0)  ... x1 = fromArray(SPECIES_256, st, 12)
 * s.mul(M).add(a).intoArray(st, 4); ... (the xoroshiro update of x0, x1)
 * z = lea64(s.add(x0)); v = ((DoubleVector) z.lanewise(LSHR, 11).convert(L2D, 0)).mul(0x1.0p-53)
 * </pre>
 * exactly the arithmetic of {@code VectorRandom.step}, so every lane draws the same numbers.
 *
 * <p>Why inline rather than a call to {@code VectorRandom$X4.nextDouble()}: the Vector API's own
 * methods are force-inlined, ours are not, and C2 stops inlining ordinary methods once a compile
 * passes its node budget (PrintInlining: "failed to inline: NodeCountInliningCutoff"), which a
 * vector loop with two draws reaches. A draw that is not inlined returns a boxed vector: about
 * 100 bytes per draw, hundreds of MB per call of MonteCarloPi. Inline, only force-inlined Vector
 * API calls remain, and C2 keeps every value in registers.
 */
final class RandomStep {
    private static final long M = 0xd1342543de82ef95L;    // KernelRandom's LCG multiplier
    private static final long LEA = 0xdaba0b6eb09322e3L;  // lea64's multiplier
    private static final String LONGS = LaneType.LONG.vectorClass();
    private static final String D_LONGS = VectorApi.desc(LaneType.LONG);

    private final int lanes;
    private final boolean inLocals;
    private final int a, s, x0, x1;  // the state vectors: loop-carried locals, or scratch reloaded from the array each step
    private final int q1, z, tmp;    // scratch

    /**
     * {@code inLocals}: the state lives in four {@code LongVector} locals loaded once before the
     * loop ({@link #loadState}); only right when nothing else draws from the generator during the
     * loop (a bounded draw goes through {@code VectorRandom} and its array).
     */
    RandomStep(ScalarCode c, int lanes, boolean inLocals) {
        this.lanes = lanes;
        this.inLocals = inLocals;
        a = c.fresh(1);
        s = c.fresh(1);
        x0 = c.fresh(1);
        x1 = c.fresh(1);
        q1 = c.fresh(1);
        z = c.fresh(1);
        tmp = c.fresh(1);
    }

    boolean inLocals() { return inLocals; }

    /** Before the loop, when the state lives in locals: loads them from the array in local {@code st}. */
    void loadState(MethodVisitor mv, int st) {
        load(mv, st, 0, a);
        load(mv, st, 1, s);
        load(mv, st, 2, x0);
        load(mv, st, 3, x1);
    }

    /** After the loop, when the state lives in locals: stores them back into the array in local {@code st}. */
    void storeState(MethodVisitor mv, int st) {
        int[] blocks = {a, s, x0, x1};
        for (int k = 0; k < blocks.length; k++) {
            mv.visitVarInsn(ALOAD, blocks[k]);
            store(mv, st, k);
        }
    }

    /** Pushes the 64-bit outputs of one step of every lane and advances the state. */
    void step(MethodVisitor mv, int st) {
        if (!inLocals) loadState(mv, st);
        // z = s + x0, from the old state
        mv.visitVarInsn(ALOAD, s);
        mv.visitVarInsn(ALOAD, x0);
        add(mv);
        mv.visitVarInsn(ASTORE, z);
        // s' = s * M + a
        mv.visitVarInsn(ALOAD, s);
        mv.visitLdcInsn(M);
        mv.visitMethodInsn(INVOKEVIRTUAL, LONGS, "mul", "(J)" + D_LONGS, false);
        mv.visitVarInsn(ALOAD, a);
        add(mv);
        mv.visitVarInsn(ASTORE, s);
        // q1 = x1 ^ x0; x0' = rol(x0, 24) ^ q1 ^ (q1 << 16); x1' = rol(q1, 37)
        mv.visitVarInsn(ALOAD, x1);
        xorWith(mv, x0);
        mv.visitVarInsn(ASTORE, q1);
        mv.visitVarInsn(ALOAD, x0);
        shift(mv, "ROL", 24);
        xorWith(mv, q1);
        mv.visitVarInsn(ALOAD, q1);
        shift(mv, "LSHL", 16);
        xorTop(mv);
        mv.visitVarInsn(ASTORE, x0);
        mv.visitVarInsn(ALOAD, q1);
        shift(mv, "ROL", 37);
        mv.visitVarInsn(ASTORE, x1);
        if (!inLocals) {
            mv.visitVarInsn(ALOAD, s);
            store(mv, st, 1);
            mv.visitVarInsn(ALOAD, x0);
            store(mv, st, 2);
            mv.visitVarInsn(ALOAD, x1);
            store(mv, st, 3);
        }
        // lea64(z)
        mv.visitVarInsn(ALOAD, z);
        mixRound(mv, true);
        mixRound(mv, true);
        mixRound(mv, false);
    }

    /** {@code step} then the conversion of {@code VectorRandom.nextDouble/nextFloat/nextInt/nextLong}. */
    void draw(MethodVisitor mv, int st, LaneType t) {
        step(mv, st);
        switch (t) {
            case LONG -> { }
            case DOUBLE -> {
                shift(mv, "LSHR", 11);  // below 2^53: the conversion is exact
                VectorApi.conversion(mv, "L2D");
                mv.visitInsn(ICONST_0);
                mv.visitMethodInsn(INVOKEVIRTUAL, LONGS, "convert",
                        "(L" + VectorApi.OPS + "$Conversion;I)" + VectorApi.D_VECTOR, false);
                mv.visitTypeInsn(CHECKCAST, LaneType.DOUBLE.vectorClass());
                mv.visitLdcInsn(0x1.0p-53);
                mv.visitMethodInsn(INVOKEVIRTUAL, LaneType.DOUBLE.vectorClass(), "mul", "(D)" + VectorApi.desc(LaneType.DOUBLE), false);
            }
            case FLOAT -> {
                shift(mv, "LSHR", 40);
                VectorApi.convert(mv, "L2F", LaneType.FLOAT, 32 * lanes);
                mv.visitLdcInsn(0x1.0p-24f);
                mv.visitMethodInsn(INVOKEVIRTUAL, LaneType.FLOAT.vectorClass(), "mul", "(F)" + VectorApi.desc(LaneType.FLOAT), false);
            }
            case INT -> {
                shift(mv, "LSHR", 32);
                VectorApi.convert(mv, "L2I", LaneType.INT, 32 * lanes);
            }
            default -> throw new IllegalArgumentException("no random draw of " + t);
        }
    }

    /** {@code z ^= z >>> 32}, then {@code z *= LEA} when {@code multiply}; z on the stack. */
    private void mixRound(MethodVisitor mv, boolean multiply) {
        mv.visitVarInsn(ASTORE, z);
        mv.visitVarInsn(ALOAD, z);
        mv.visitVarInsn(ALOAD, z);
        shift(mv, "LSHR", 32);
        xorTop(mv);
        if (multiply) {
            mv.visitLdcInsn(LEA);
            mv.visitMethodInsn(INVOKEVIRTUAL, LONGS, "mul", "(J)" + D_LONGS, false);
        }
    }

    private void load(MethodVisitor mv, int st, int block, int into) {
        VectorApi.species(mv, LaneType.LONG, 64 * lanes);
        mv.visitVarInsn(ALOAD, st);
        Ints.push(mv, block * lanes);
        mv.visitMethodInsn(INVOKESTATIC, LONGS, "fromArray", "(" + VectorApi.D_SPECIES + "[JI)" + D_LONGS, false);
        mv.visitVarInsn(ASTORE, into);
    }

    /** Stores the vector on the stack into block {@code block} of the state. */
    private void store(MethodVisitor mv, int st, int block) {
        mv.visitVarInsn(ALOAD, st);
        Ints.push(mv, block * lanes);
        mv.visitMethodInsn(INVOKEVIRTUAL, LONGS, "intoArray", "([JI)V", false);
    }

    private static void add(MethodVisitor mv) {
        mv.visitMethodInsn(INVOKEVIRTUAL, LONGS, "add", "(" + VectorApi.D_VECTOR + ")" + D_LONGS, false);
    }

    /** {@code top.lanewise(op, k)} for a shift or rotate by a constant. */
    private static void shift(MethodVisitor mv, String op, long k) {
        mv.visitFieldInsn(GETSTATIC, VectorApi.OPS, op, "L" + VectorApi.OPS + "$Binary;");
        mv.visitLdcInsn(k);
        mv.visitMethodInsn(INVOKEVIRTUAL, LONGS, "lanewise", "(L" + VectorApi.OPS + "$Binary;J)" + D_LONGS, false);
    }

    /** {@code top.lanewise(XOR, local)}. */
    private static void xorWith(MethodVisitor mv, int local) {
        mv.visitFieldInsn(GETSTATIC, VectorApi.OPS, "XOR", "L" + VectorApi.OPS + "$Associative;");
        mv.visitVarInsn(ALOAD, local);
        mv.visitMethodInsn(INVOKEVIRTUAL, LONGS, "lanewise", "(L" + VectorApi.OPS + "$Binary;" + VectorApi.D_VECTOR + ")" + D_LONGS, false);
    }

    /** {@code under.lanewise(XOR, top)}: the two vectors on the stack. */
    private void xorTop(MethodVisitor mv) {
        mv.visitVarInsn(ASTORE, tmp);
        xorWith(mv, tmp);
    }
}
