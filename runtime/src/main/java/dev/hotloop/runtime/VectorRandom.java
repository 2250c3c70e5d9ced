package dev.hotloop.runtime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The random numbers of a vectorised loop: {@code L} lanes, each lane its own L64X128 "mix"
 * generator (the algorithm of {@link KernelRandom}), all stepped at once with the Vector API, so
 * one call draws a whole vector. Lane {@code k} draws exactly the numbers of the scalar stream
 * {@code stream.lanes(L)[k]}, so a vector loop is as reproducible as the chunk it runs in:
 * <pre>
 * KernelRandom r = ...;                        // the call's or the chunk's stream
 * VectorRandom v = VectorRandom.of(r, 4);      // once, before the vector loop (r advances by one draw)
 * DoubleVector x = v.nextDouble();             // 4 doubles: lane k is r.lanes(4)[k].nextDouble()
 * double t = r.nextDouble();                   // the scalar tail keeps drawing from r
 * </pre>
 * Lane counts are 2, 4 and 8 (64-bit state in 128, 256 or 512 bits). Each draw returns a vector of
 * {@code L} lanes of its own element type: {@code nextDouble} and {@code nextLong} fill as many
 * bits as the state, {@code nextFloat} and {@code nextInt} half as many (4 lanes: DoubleVector 256,
 * FloatVector 128).
 *
 * <p>Why a subclass per lane count: the Vector API compiles to SIMD only when every species is a
 * constant for C2, so each width keeps its species in {@code static final} fields, and a call site
 * that only ever sees one width inlines exact vector types. The width classes are public so that
 * generated code can name the exact one ({@code checkcast VectorRandom$X4}, then
 * {@code invokevirtual VectorRandom$X4.nextDouble()}): its calls then bind statically, without
 * relying on a type profile. Why the state lives in an array rather
 * than in {@code LongVector} fields: a vector stored in a field of an object that C2 cannot
 * scalar-replace is boxed on every draw; an array load and store per state word never allocates.
 * Vector loops compiled by Hotloop do not call the draws (only the bounded {@code nextInt}):
 * the compiler writes the same step inline on {@link #state()}, because C2 may decline to inline
 * these methods in a large compile, and a draw that is not inlined returns a boxed vector.
 *
 * <p>This file is the only runtime code that names {@code jdk.incubator.vector}: it is loaded
 * only by generated vector code, which exists only when the module is present. An instance is not
 * thread-safe: one thread draws from it.
 */
public abstract sealed class VectorRandom permits VectorRandom.X2, VectorRandom.X4, VectorRandom.X8 {
    private static final long M = KernelRandom.M;
    private static final long LEA = KernelRandom.LEA;

    /** Lane state, four blocks of {@code L} words: {@code a | s | x0 | x1} (see {@link KernelRandom}). */
    final long[] st;

    private VectorRandom(KernelRandom stream, int lanes) {
        st = new long[4 * lanes];
        stream.lanesInto(st, lanes);  // the states of stream.lanes(lanes), without making the streams
    }

    /**
     * A generator of {@code lanes} lanes drawn from {@code stream}; advances {@code stream} by one
     * draw (see {@link KernelRandom#lanes(int)}).
     * @throws IllegalArgumentException unless {@code lanes} is 2, 4 or 8
     */
    public static VectorRandom of(KernelRandom stream, int lanes) {
        return switch (lanes) {
            case 2 -> new X2(stream);
            case 4 -> new X4(stream);
            case 8 -> new X8(stream);
            default -> throw new IllegalArgumentException("VectorRandom has 2, 4 or 8 lanes, not " + lanes);
        };
    }

    /**
     * The generator {@code stream} carries for its vector loops: the one the last call made when it
     * has {@code lanes} lanes, else a new one ({@link #of(KernelRandom, int)}: {@code stream}
     * advances by one draw), which the stream then carries. Every block of a strip-mined loop
     * calls this, so one generator serves the whole loop (one per call, or per parallel chunk)
     * instead of one per block; the blocks keep its state in vectors while they run and store it
     * back into {@link #state()} when they leave. The numbers still depend only on the stream (the
     * seed, the call, the chunk), the lane count and the order of draws.
     * <pre>
     * VectorRandom g = VectorRandom.carried(r, 4);  // block 0: made from r
     * VectorRandom h = VectorRandom.carried(r, 4);  // block 1: h == g, drawing on where block 0 stopped
     * </pre>
     * @throws IllegalArgumentException unless {@code lanes} is 2, 4 or 8
     */
    public static VectorRandom carried(KernelRandom stream, int lanes) {
        if (stream.carried instanceof VectorRandom v && v.lanes() == lanes) return v;
        VectorRandom v = of(stream, lanes);
        stream.carried = v;
        return v;
    }

    /** A generator with as many lanes as {@code species} (a loop's species: DoubleVector 256 bits gives 4). */
    public static VectorRandom of(KernelRandom stream, VectorSpecies<?> species) {
        return of(stream, species.length());
    }

    /** Whether {@link #of(KernelRandom, int)} accepts this lane count. */
    public static boolean supports(int lanes) {
        return lanes == 2 || lanes == 4 || lanes == 8;
    }

    /**
     * The lane state, four blocks of {@link #lanes()} words {@code a | s | x0 | x1}, for generated
     * code that steps the lanes inline (the compiler's {@code RandomStep}: the same arithmetic as
     * {@link #nextLong()}); draws through this object and inline steps may be mixed.
     */
    public final long[] state() {
        return st;
    }

    /** Lanes per draw. */
    public abstract int lanes();

    /** 64 uniformly distributed bits per lane. */
    public abstract LongVector nextLong();

    /** Uniform in [0, 1), multiples of 2^-53 (as {@code Math.random()}). */
    public abstract DoubleVector nextDouble();

    /** Uniform in [0, 1), multiples of 2^-24. */
    public abstract FloatVector nextFloat();

    /** 32 uniformly distributed bits per lane. */
    public abstract IntVector nextInt();

    /**
     * Uniform in {@code [0, bound)} per lane, without bias: the multiply-and-reject of
     * {@link KernelRandom#nextInt(int)}, where a rejected lane redraws alone (the other lanes keep
     * their state), so every lane stays equal to its scalar stream.
     * @throws IllegalArgumentException when {@code bound <= 0}
     */
    public abstract IntVector nextInt(int bound);

    // ---- the algorithm, written once; each width calls it with its constant species ----

    /** One step of every lane; returns the outputs. Lanes as {@link KernelRandom#nextLong()}. */
    static LongVector step(VectorSpecies<Long> sp, long[] st) {
        int n = sp.length();
        LongVector a = LongVector.fromArray(sp, st, 0);
        LongVector s = LongVector.fromArray(sp, st, n);
        LongVector x0 = LongVector.fromArray(sp, st, 2 * n);
        LongVector x1 = LongVector.fromArray(sp, st, 3 * n);
        s.mul(M).add(a).intoArray(st, n);
        LongVector q1 = x1.lanewise(VectorOperators.XOR, x0);
        x0.lanewise(VectorOperators.ROL, 24).lanewise(VectorOperators.XOR, q1)
                .lanewise(VectorOperators.XOR, q1.lanewise(VectorOperators.LSHL, 16)).intoArray(st, 2 * n);
        q1.lanewise(VectorOperators.ROL, 37).intoArray(st, 3 * n);
        return lea64(s.add(x0));
    }

    /** {@link #step} for the lanes in {@code only}; the others keep their state (their outputs are garbage). */
    static LongVector step(VectorSpecies<Long> sp, long[] st, VectorMask<Long> only) {
        int n = sp.length();
        LongVector a = LongVector.fromArray(sp, st, 0);
        LongVector s = LongVector.fromArray(sp, st, n);
        LongVector x0 = LongVector.fromArray(sp, st, 2 * n);
        LongVector x1 = LongVector.fromArray(sp, st, 3 * n);
        s.mul(M).add(a).intoArray(st, n, only);
        LongVector q1 = x1.lanewise(VectorOperators.XOR, x0);
        x0.lanewise(VectorOperators.ROL, 24).lanewise(VectorOperators.XOR, q1)
                .lanewise(VectorOperators.XOR, q1.lanewise(VectorOperators.LSHL, 16)).intoArray(st, 2 * n, only);
        q1.lanewise(VectorOperators.ROL, 37).intoArray(st, 3 * n, only);
        return lea64(s.add(x0));
    }

    private static LongVector lea64(LongVector z) {
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 32)).mul(LEA);
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 32)).mul(LEA);
        return z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 32));
    }

    static DoubleVector nextDouble(VectorSpecies<Long> sp, long[] st) {
        // below 2^53, so the conversion is exact, as in the scalar (nextLong() >>> 11) * 0x1.0p-53
        return ((DoubleVector) step(sp, st).lanewise(VectorOperators.LSHR, 11).convert(VectorOperators.L2D, 0)).mul(0x1.0p-53);
    }

    static FloatVector nextFloat(VectorSpecies<Long> sp, VectorSpecies<Float> fs, long[] st) {
        return ((FloatVector) step(sp, st).lanewise(VectorOperators.LSHR, 40).convertShape(VectorOperators.L2F, fs, 0)).mul(0x1.0p-24f);
    }

    static IntVector nextInt(VectorSpecies<Long> sp, VectorSpecies<Integer> is, long[] st) {
        return (IntVector) step(sp, st).lanewise(VectorOperators.LSHR, 32).convertShape(VectorOperators.L2I, is, 0);
    }

    static IntVector nextInt(VectorSpecies<Long> sp, VectorSpecies<Integer> is, long[] st, int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        // Lemire: m = hi32 * bound < 2^63; the answer is m >>> 32 unless the low half is below 2^32 mod bound
        LongVector m = step(sp, st).lanewise(VectorOperators.LSHR, 32).mul(bound);
        if (m.and(0xffffffffL).lt(bound).anyTrue()) m = reject(sp, st, m, bound);  // rare: L * bound / 2^32
        return (IntVector) m.lanewise(VectorOperators.LSHR, 32).convertShape(VectorOperators.L2I, is, 0);
    }

    /** Redraws the lanes whose low half is below the threshold until none is, each lane from its own stream. */
    private static LongVector reject(VectorSpecies<Long> sp, long[] st, LongVector m, int bound) {
        long threshold = (0x1_0000_0000L - bound) % bound;
        VectorMask<Long> redo = m.and(0xffffffffL).lt(threshold);
        while (redo.anyTrue()) {
            LongVector fresh = step(sp, st, redo).lanewise(VectorOperators.LSHR, 32).mul(bound);
            m = m.blend(fresh, redo);
            redo = m.and(0xffffffffL).lt(threshold);
        }
        return m;
    }

    // ---- one subclass per width: the species are static finals, so C2 compiles SIMD ----

    /** Two lanes: LongVector and DoubleVector 128 bits, FloatVector and IntVector 64 bits. */
    public static final class X2 extends VectorRandom {
        private static final VectorSpecies<Long> L = LongVector.SPECIES_128;
        private static final VectorSpecies<Float> F = FloatVector.SPECIES_64;
        private static final VectorSpecies<Integer> I = IntVector.SPECIES_64;

        X2(KernelRandom stream) { super(stream, 2); }

        @Override public int lanes() { return 2; }
        @Override public LongVector nextLong() { return step(L, st); }
        @Override public DoubleVector nextDouble() { return nextDouble(L, st); }
        @Override public FloatVector nextFloat() { return nextFloat(L, F, st); }
        @Override public IntVector nextInt() { return nextInt(L, I, st); }
        @Override public IntVector nextInt(int bound) { return nextInt(L, I, st, bound); }
    }

    /** Four lanes: LongVector and DoubleVector 256 bits, FloatVector and IntVector 128 bits. */
    public static final class X4 extends VectorRandom {
        private static final VectorSpecies<Long> L = LongVector.SPECIES_256;
        private static final VectorSpecies<Float> F = FloatVector.SPECIES_128;
        private static final VectorSpecies<Integer> I = IntVector.SPECIES_128;

        X4(KernelRandom stream) { super(stream, 4); }

        @Override public int lanes() { return 4; }
        @Override public LongVector nextLong() { return step(L, st); }
        @Override public DoubleVector nextDouble() { return nextDouble(L, st); }
        @Override public FloatVector nextFloat() { return nextFloat(L, F, st); }
        @Override public IntVector nextInt() { return nextInt(L, I, st); }
        @Override public IntVector nextInt(int bound) { return nextInt(L, I, st, bound); }
    }

    /** Eight lanes: LongVector and DoubleVector 512 bits, FloatVector and IntVector 256 bits. */
    public static final class X8 extends VectorRandom {
        private static final VectorSpecies<Long> L = LongVector.SPECIES_512;
        private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;
        private static final VectorSpecies<Integer> I = IntVector.SPECIES_256;

        X8(KernelRandom stream) { super(stream, 8); }

        @Override public int lanes() { return 8; }
        @Override public LongVector nextLong() { return step(L, st); }
        @Override public DoubleVector nextDouble() { return nextDouble(L, st); }
        @Override public FloatVector nextFloat() { return nextFloat(L, F, st); }
        @Override public IntVector nextInt() { return nextInt(L, I, st); }
        @Override public IntVector nextInt(int bound) { return nextInt(L, I, st, bound); }
    }
}
