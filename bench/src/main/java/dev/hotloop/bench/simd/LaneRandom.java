package dev.hotloop.bench.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * A lane-parallel random generator for the hand-written kernels: each lane walks a Weyl
 * sequence ({@code s += gamma}, the counter half of SplitMix64) and outputs it through Doug
 * Lea's 64-bit mixer ({@code lea64}, the output function of {@code L64X128MixRandom}). The state
 * is one {@link LongVector}, so a kernel keeps it in a local and the loop allocates nothing:
 * <pre>
 * LongVector s = LaneRandom.start(LONGS, seed, chunk);
 * for (...) {
 *     DoubleVector x = LaneRandom.unit(s); s = LaneRandom.next(s);
 *     ...
 * }
 * </pre>
 * Lane {@code l} of chunk {@code k} starts at {@code base(seed, k) + l * gamma} and steps by
 * {@code lanes * gamma}: the lanes of a chunk interleave one Weyl sequence, chunks start at
 * mixed, unrelated points of it. No multiply-free shortcut: an AVX-512DQ core multiplies 64-bit
 * lanes in one instruction ({@code vpmullq}).
 */
final class LaneRandom {
    /** The golden-ratio increment of SplitMix64: odd, so the sequence visits every 64-bit value. */
    static final long GAMMA = 0x9e3779b97f4a7c15L;
    private static final long LEA = 0xdaba0b6eb09322e3L;
    /** Exponent bits of 1.0: or-ed over 52 random mantissa bits they give a double in [1, 2). */
    private static final long ONE_BITS = 0x3ff0000000000000L;

    private LaneRandom() {}

    /** The state of every lane of chunk {@code chunk} of a stream seeded by {@code seed}. */
    static LongVector start(VectorSpecies<Long> species, long seed, int chunk) {
        long base = lea64(seed + GAMMA * (chunk + 1L));
        return LongVector.broadcast(species, base).add(LongVector.zero(species).addIndex(1).mul(GAMMA));
    }

    /** The state after one draw: every lane steps {@code lanes} places along the sequence. */
    static LongVector next(LongVector s) {
        return s.add(GAMMA * s.length());
    }

    /** One uniform double in [0, 1) per lane, from the current state (52 random bits each). */
    static DoubleVector unit(LongVector s) {
        LongVector z = mix(s);
        return z.lanewise(VectorOperators.LSHR, 12).or(ONE_BITS).reinterpretAsDoubles().sub(1.0);
    }

    /** {@code lea64} on every lane. */
    static LongVector mix(LongVector z) {
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 32)).mul(LEA);
        z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 32)).mul(LEA);
        return z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 32));
    }

    /** {@code lea64} on one value: the same function as {@link #mix(LongVector)}. */
    static long lea64(long z) {
        z = (z ^ (z >>> 32)) * LEA;
        z = (z ^ (z >>> 32)) * LEA;
        return z ^ (z >>> 32);
    }
}
