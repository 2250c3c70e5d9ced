package dev.hotloop.compiler.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The Vector API facts {@link VectorOps} relies on: MIN and MAX agree with {@code Math.min/max}
 * on NaN and signed zeros, conversions round as Java's casts, shifts mask their counts as Java
 * does, and integer DIV throws on a zero lane (so integer division is refused).
 */
class VectorSemanticsTest {
    private static final double[] D = {Double.NaN, -0.0, 0.0, 1.0, -1.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3e10};

    @Test
    void minMaxAgreeWithMath() {
        var s = DoubleVector.SPECIES_512;
        for (double y : D) {
            double[] ys = new double[8];
            java.util.Arrays.fill(ys, y);
            var mn = DoubleVector.fromArray(s, D, 0).lanewise(VectorOperators.MIN, DoubleVector.fromArray(s, ys, 0));
            var mx = DoubleVector.fromArray(s, D, 0).lanewise(VectorOperators.MAX, DoubleVector.fromArray(s, ys, 0));
            for (int i = 0; i < 8; i++) {
                assertEquals(Double.doubleToRawLongBits(Math.min(D[i], y)), Double.doubleToRawLongBits(mn.lane(i)), D[i] + " min " + y);
                assertEquals(Double.doubleToRawLongBits(Math.max(D[i], y)), Double.doubleToRawLongBits(mx.lane(i)), D[i] + " max " + y);
            }
            float[] f = new float[8];
            for (int i = 0; i < 8; i++) f[i] = (float) D[i];
            var fm = FloatVector.fromArray(FloatVector.SPECIES_256, f, 0).lanewise(VectorOperators.MIN, (float) y);
            for (int i = 0; i < 8; i++) assertEquals(Float.floatToRawIntBits(Math.min(f[i], (float) y)), Float.floatToRawIntBits(fm.lane(i)));
        }
    }

    @Test
    void conversionsAreJavaCasts() {
        var i = (IntVector) DoubleVector.fromArray(DoubleVector.SPECIES_512, D, 0).convertShape(VectorOperators.D2I, IntVector.SPECIES_256, 0);
        for (int k = 0; k < 8; k++) assertEquals((int) D[k], i.lane(k));
    }

    @Test
    void shiftCountsAreMaskedAsInJava() {
        var v = IntVector.broadcast(IntVector.SPECIES_128, -5);
        for (int n : new int[]{0, 1, 31, 32, 33, -1}) {
            assertEquals(-5 << n, v.lanewise(VectorOperators.LSHL, n).lane(0));
            assertEquals(-5 >> n, v.lanewise(VectorOperators.ASHR, n).lane(0));
            assertEquals(-5 >>> n, v.lanewise(VectorOperators.LSHR, n).lane(0));
        }
    }

    @Test
    void integerDivisionThrowsOnAZeroLane() {
        var v = IntVector.broadcast(IntVector.SPECIES_128, 5);
        assertThrows(ArithmeticException.class, () -> v.lanewise(VectorOperators.DIV, IntVector.zero(IntVector.SPECIES_128)));
    }
}
