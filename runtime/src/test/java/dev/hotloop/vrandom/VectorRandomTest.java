package dev.hotloop.vrandom;

import dev.hotloop.runtime.KernelRandom;
import dev.hotloop.runtime.VectorRandom;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The lane-parallel generator against the scalar one: lane {@code k} of
 * {@code VectorRandom.of(r, L)} must draw exactly the numbers of {@code r.lanes(L)[k]}, for every
 * draw kind and every width (2, 4, 8 lanes: 128, 256 and 512 bits of state), including the rare
 * redraws of {@code nextInt(bound)}. Statistical bounds are many standard deviations wide, and
 * every stream is fixed by its seed, so each test is deterministic.
 */
class VectorRandomTest {
    private static final int DRAWS = 2_000;

    /** A vector generator and the scalar twins of its lanes, taken from two copies of one stream. */
    private record Twins(VectorRandom vector, KernelRandom[] lanes, KernelRandom parent, KernelRandom parentTwin) {
        static Twins of(long seed, int lanes) {
            KernelRandom r = KernelRandom.of(seed), twin = KernelRandom.of(seed);
            return new Twins(VectorRandom.of(r, lanes), twin.lanes(lanes), r, twin);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void lanesEqualScalarStreamsForEveryKind(int lanes) {
        Twins t = Twins.of(11, lanes);
        for (int i = 0; i < DRAWS; i++) {
            // the kinds interleaved, as a loop body with several draws would make them
            long[] l = t.vector.nextLong().toArray();
            double[] d = t.vector.nextDouble().toArray();
            float[] f = t.vector.nextFloat().toArray();
            int[] n = t.vector.nextInt().toArray();
            for (int k = 0; k < lanes; k++) {
                KernelRandom s = t.lanes[k];
                assertEquals(s.nextLong(), l[k], "nextLong lane " + k);
                assertEquals(Double.doubleToRawLongBits(s.nextDouble()), Double.doubleToRawLongBits(d[k]), "nextDouble lane " + k);
                assertEquals(Float.floatToRawIntBits(s.nextFloat()), Float.floatToRawIntBits(f[k]), "nextFloat lane " + k);
                assertEquals(s.nextInt(), n[k], "nextInt lane " + k);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void boundedIntsEqualScalarStreamsIncludingRedraws(int lanes) {
        // 2^30 + 1 rejects about a quarter of the draws and 2^31 - 1 - 2^29 about a third:
        // many lanes redraw alone, several times in a row, and must stay in step with their streams
        int[] bounds = {1, 2, 3, 10, 1000, 1 << 20, (1 << 30) + 1, Integer.MAX_VALUE - (1 << 29), Integer.MAX_VALUE};
        for (int bound : bounds) {
            Twins t = Twins.of(bound, lanes);
            for (int i = 0; i < DRAWS; i++) {
                int[] v = t.vector.nextInt(bound).toArray();
                for (int k = 0; k < lanes; k++) {
                    assertEquals(t.lanes[k].nextInt(bound), v[k], "bound " + bound + " lane " + k + " draw " + i);
                    assertTrue(v[k] >= 0 && v[k] < bound);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void vectorsHaveTheLaneCountAndWidths(int lanes) {
        VectorRandom v = VectorRandom.of(KernelRandom.of(1), lanes);
        assertEquals(lanes, v.lanes());
        // generated code names the exact width class: VectorRandom$X2, $X4, $X8
        assertEquals("VectorRandom$X" + lanes, v.getClass().getName().substring(v.getClass().getName().lastIndexOf('.') + 1));
        LongVector l = v.nextLong();
        DoubleVector d = v.nextDouble();
        FloatVector f = v.nextFloat();
        IntVector i = v.nextInt();
        assertEquals(lanes, l.length());
        assertEquals(lanes, d.length());
        assertEquals(lanes, f.length());
        assertEquals(lanes, i.length());
        assertEquals(64 * lanes, d.species().vectorBitSize());
        assertEquals(32 * lanes, f.species().vectorBitSize());
    }

    @Test
    void lanesFromTheLoopSpecies() {
        assertEquals(4, VectorRandom.of(KernelRandom.of(1), DoubleVector.SPECIES_256).lanes());
        assertEquals(8, VectorRandom.of(KernelRandom.of(1), DoubleVector.SPECIES_512).lanes());
        assertEquals(8, VectorRandom.of(KernelRandom.of(1), FloatVector.SPECIES_256).lanes());
        assertEquals(2, VectorRandom.of(KernelRandom.of(1), LongVector.SPECIES_128).lanes());
    }

    @Test
    void unsupportedLaneCountsAndBoundsAreRefused() {
        for (int lanes : new int[] {0, 1, 3, 16}) {
            assertFalse(VectorRandom.supports(lanes));
            assertThrows(IllegalArgumentException.class, () -> VectorRandom.of(KernelRandom.of(1), lanes));
        }
        VectorRandom v = VectorRandom.of(KernelRandom.of(1), 4);
        assertThrows(IllegalArgumentException.class, () -> v.nextInt(0));
        assertThrows(IllegalArgumentException.class, () -> v.nextInt(-5));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void reproducibleFromASeedAndFreshPerGenerator(int lanes) {
        Twins t = Twins.of(42, lanes);
        VectorRandom again = VectorRandom.of(KernelRandom.of(42), lanes);
        for (int i = 0; i < 100; i++) assertArrayEquals(again.nextLong().toArray(), t.vector.nextLong().toArray());
        // taking the generator advanced the parent by exactly one draw, as its twin's lanes() did
        assertEquals(t.parentTwin.nextLong(), t.parent.nextLong());
        // a second generator from the same stream gets other lanes
        VectorRandom second = VectorRandom.of(t.parent, lanes);
        VectorRandom first = VectorRandom.of(KernelRandom.of(42), lanes);
        assertFalse(java.util.Arrays.equals(first.nextLong().toArray(), second.nextLong().toArray()));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void aStreamCarriesOneGeneratorFromLoopToLoop(int lanes) {
        KernelRandom r = KernelRandom.of(21), twin = KernelRandom.of(21);
        VectorRandom first = VectorRandom.carried(r, lanes);
        long[] a = first.nextLong().toArray();
        // the next vector loop (the next block) gets the same generator, drawing on where the first stopped
        assertSame(first, VectorRandom.carried(r, lanes));
        long[] b = VectorRandom.carried(r, lanes).nextLong().toArray();
        KernelRandom[] model = twin.lanes(lanes);
        for (int k = 0; k < lanes; k++) {
            assertEquals(model[k].nextLong(), a[k], "lane " + k);
            assertEquals(model[k].nextLong(), b[k], "lane " + k);
        }
        // taking it advanced the stream by one draw, once
        assertEquals(twin.nextLong(), r.nextLong());
        // another lane count replaces it; another stream has its own
        int other = lanes == 2 ? 4 : 2;
        assertEquals(other, VectorRandom.carried(r, other).lanes());
        assertNotSame(first, VectorRandom.carried(r, lanes));
        assertNotSame(VectorRandom.carried(KernelRandom.of(21), lanes), VectorRandom.carried(KernelRandom.of(21), lanes));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void doublesAndFloatsInUnitInterval(int lanes) {
        VectorRandom v = VectorRandom.of(KernelRandom.of(3), lanes);
        for (int i = 0; i < 20_000; i++) {
            for (double d : v.nextDouble().toArray()) assertTrue(d >= 0 && d < 1, "double " + d);
            for (float f : v.nextFloat().toArray()) assertTrue(f >= 0 && f < 1, "float " + f);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8})
    void roughlyUniformInEveryLane(int lanes) {
        // chi-square with 15 degrees of freedom, per lane: a correct generator stays far below 60
        int buckets = 16, perLane = 64_000;
        long[][] doubles = new long[lanes][buckets];
        long[][] ints = new long[lanes][buckets];
        VectorRandom v = VectorRandom.of(KernelRandom.of(5), lanes);
        for (int i = 0; i < perLane; i++) {
            double[] d = v.nextDouble().toArray();
            int[] n = v.nextInt(buckets).toArray();
            for (int k = 0; k < lanes; k++) {
                doubles[k][(int) (d[k] * buckets)]++;
                ints[k][n[k]]++;
            }
        }
        for (int k = 0; k < lanes; k++) {
            assertTrue(chiSquare(doubles[k], perLane) < 60, "nextDouble lane " + k);
            assertTrue(chiSquare(ints[k], perLane) < 60, "nextInt(16) lane " + k);
        }
    }

    @Test
    void lanesAreNotCorrelated() {
        // the sample correlation of neighbouring lanes' doubles: about 1/sqrt(n) = 0.003 for independent lanes
        int n = 100_000;
        VectorRandom v = VectorRandom.of(KernelRandom.of(9), 8);
        double sx = 0, sy = 0, sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            double[] d = v.nextDouble().toArray();
            double x = d[0], y = d[1];
            sx += x; sy += y; sxy += x * y; sxx += x * x; syy += y * y;
        }
        double cov = sxy / n - sx / n * sy / n;
        double r = cov / Math.sqrt((sxx / n - sx / n * sx / n) * (syy / n - sy / n * sy / n));
        assertTrue(Math.abs(r) < 0.02, "correlation " + r);
    }

    private static double chiSquare(long[] counts, long total) {
        double expected = (double) total / counts.length, chi = 0;
        for (long c : counts) chi += (c - expected) * (c - expected) / expected;
        return chi;
    }
}
