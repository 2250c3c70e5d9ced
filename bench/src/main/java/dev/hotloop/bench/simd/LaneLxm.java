package dev.hotloop.bench.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The L64X128 "mix" generator of Hotloop's kernels ({@code KernelRandom}, {@code VectorRandom}:
 * an LCG plus xoroshiro128, the sum mixed by {@code lea64}) in lanes, written by hand for
 * {@link HandKernels#monteCarloPiLxm}: the hand kernel with Hotloop's generator instead of
 * {@link LaneRandom}'s cheaper Weyl sequence, so a benchmark shows how much of the gap between
 * Hotloop and the hand kernel is the generator and how much is the rest of the code. A kernel
 * keeps the four state vectors in locals and writes the step inline (Java cannot return four
 * vectors without allocating):
 * <pre>
 * long[] st = LaneLxm.start(L.length(), seed, chunk);      // a | s | x0 | x1, L words each
 * LongVector a = LongVector.fromArray(L, st, 0), s = ..., x0 = ..., x1 = ...;
 * z = LaneLxm.mix(s.add(x0)); s = s.mul(LaneLxm.M).add(a); (xoroshiro step of x0, x1)
 * DoubleVector u = LaneLxm.unit(z);                          // as KernelRandom.nextDouble()
 * </pre>
 * The lanes' seeds are SplitMix64 outputs of the seed, the chunk and the lane, not the ones
 * {@code VectorRandom} derives: the cost per draw is the same, the numbers are not.
 */
final class LaneLxm {
    /** The LCG multiplier of LXM's 64-bit LCG (the JDK's and Hotloop's). */
    static final long M = 0xd1342543de82ef95L;
    private static final long LEA = 0xdaba0b6eb09322e3L;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private LaneLxm() {}

    /** The state of {@code lanes} lanes of chunk {@code chunk} of the stream {@code seed}: blocks {@code a | s | x0 | x1}. */
    static long[] start(int lanes, long seed, int chunk) {
        long[] st = new long[4 * lanes];
        long z = seed + GOLDEN * (((long) chunk << 8) + 1);
        for (int l = 0; l < lanes; l++) {
            st[l] = mix64(z += GOLDEN) | 1L;  // the LCG's additive constant: odd
            st[lanes + l] = mix64(z += GOLDEN);
            st[2 * lanes + l] = mix64(z += GOLDEN);
            st[3 * lanes + l] = mix64(z += GOLDEN) | 1L;  // xoroshiro's state must not be all zero
        }
        return st;
    }

    /** {@code lea64} on every lane: the output function of L64X128MixRandom. */
    static LongVector mix(LongVector z) {
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 32)).mul(LEA);
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 32)).mul(LEA);
        return z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 32));
    }

    /** A double in [0, 1), a multiple of 2^-53 per lane, from 64 mixed bits: {@code KernelRandom.nextDouble()}'s conversion. */
    static DoubleVector unit(LongVector z) {
        return ((DoubleVector) z.lanewise(VectorOperators.LSHR, 11).convert(VectorOperators.L2D, 0)).mul(0x1.0p-53);
    }

    /** The xoroshiro128 step's new {@code x0} from {@code x0} and {@code q1 = x1 ^ x0} (rotations 24, 16, 37). */
    static LongVector nextX0(LongVector x0, LongVector q1) {
        return x0.lanewise(VectorOperators.ROL, 24).lanewise(VectorOperators.XOR, q1)
                .lanewise(VectorOperators.XOR, q1.lanewise(VectorOperators.LSHL, 16));
    }

    /** The xoroshiro128 step's new {@code x1} from {@code q1 = x1 ^ x0}. */
    static LongVector nextX1(LongVector q1) {
        return q1.lanewise(VectorOperators.ROL, 37);
    }

    /** SplitMix64's finaliser, for the seeds. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
