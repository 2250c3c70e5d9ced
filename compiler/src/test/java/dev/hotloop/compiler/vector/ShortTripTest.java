package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.transform.StripNames;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The wide loop of a narrowed reduction ({@code backend.vector.VectorLoopEmitter}): at a width of
 * 512 with streamBits 256, a block of fewer than 1,024 iterations runs 8 double lanes on two
 * chains, a longer one 4 lanes on two chains. Results are checked on both sides of the threshold,
 * around multiples of the lane counts, with NaN and infinities, and (dot under fastmath) against a
 * model of the documented fold order, bit for bit.
 */
class ShortTripTest {
    private static final Options STREAM = new Options(false, true, 512, true, 256);
    /** {@code backend.vector.ShortTrips.TRIPS}: blocks below it run wide. */
    private static final int SHORT = 1024;
    private static final int[] SIZES = sizes();

    private static int[] sizes() {
        int[] around = {0, 1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 23, 24, 25, 31, 32, 33, 40, 1000, 1007, 1008, 1009,
                1015, 1016, 1017, 1020, 1022, 1023, 1024, 1025, 1031, 1032, 1033, 1040, 2047, 2048, 2049, 3000};
        return around;
    }

    @Test
    void dotAgreesWithPlainJavaOnExactData() throws Throwable {
        VecHarness.Compiled c = VecHarness.compile("dot", STREAM);
        for (int n : SIZES) {
            double[] a = new double[n], b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = i % 7 - 3;
                b[i] = 0.5 * (i % 5); // small values: every order of additions gives the same sum
            }
            assertEquals(VecKernels.dot(a, b), (double) c.handle().invoke(a, b), "n=" + n);
        }
    }

    @Test
    void dotFollowsTheDocumentedFoldOrder() throws Throwable {
        VecHarness.Compiled c = VecHarness.compile("dot", STREAM);
        Random r = new Random(42);
        for (int n : SIZES) {
            double[] a = new double[n], b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = r.nextDouble() * 2 - 1;
                b[i] = r.nextGaussian() * 1e3;
            }
            double want = model(a, b);
            assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits((double) c.handle().invoke(a, b)), "n=" + n);
        }
    }

    @Test
    void nanAndInfinitiesAsInPlainJava() throws Throwable {
        VecHarness.Compiled dot = VecHarness.compile("dot", STREAM);
        VecHarness.Compiled max = VecHarness.compile("maxAbs", STREAM);
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int n : new int[]{9, 17, 1000, 1023, 1024, 1500}) {
            for (int at : new int[]{0, n / 2, n - 1}) {
                for (double x : specials) {
                    double[] a = new double[n], b = new double[n];
                    Arrays.fill(a, 1.5);
                    Arrays.fill(b, -2.0);
                    a[at] = x;
                    assertEquals(VecKernels.dot(a, b), (double) dot.handle().invoke(a, b), "dot n=" + n + " at " + at + " " + x);
                    assertEquals(VecKernels.maxAbs(a), (double) max.handle().invoke(a), "maxAbs n=" + n + " at " + at + " " + x);
                    a[n - 1 - at] = -x; // +Inf and -Inf together: NaN in any order
                    assertEquals(VecKernels.dot(a, b), (double) dot.handle().invoke(a, b), "dot n=" + n + " both " + x);
                }
            }
        }
    }

    @Test
    void integerReductionsExactOnBothSides() throws Throwable {
        VecHarness.Compiled c = VecHarness.compile("sumInts", STREAM);
        Random r = new Random(7);
        for (int n : SIZES) {
            int[] a = r.ints(n).toArray();
            assertEquals(VecKernels.sumInts(a), (long) c.handle().invoke(a), "n=" + n);
        }
    }

    /**
     * Blocks of {@link StripNames#LIGHT_BLOCK} in order, the last one taking a shorter rest with it,
     * the running sum carried from one to the next.
     */
    private static double model(double[] a, double[] b) {
        double s = 0;
        int size = (int) StripNames.LIGHT_BLOCK;
        for (int lo = 0, hi; lo < a.length; lo = hi) {
            hi = a.length - lo < 2 * size ? a.length : lo + size;
            s = block(a, b, lo, hi, s);
        }
        return s;
    }

    /**
     * One block: under {@link #SHORT} trips and at least 8, 8 lanes, else at least 4, 4 lanes; two
     * chains over whole pairs of vectors, the whole vectors after them on chain 0, then chain 0 +
     * chain 1 lanewise, the lanes added from lane 0, that added to the running sum, the rest scalar.
     */
    private static double block(double[] a, double[] b, int lo, int hi, double s) {
        int trips = hi - lo;
        int lanes = trips < SHORT && trips >= 8 ? 8 : 4;
        if (trips < lanes) return scalar(a, b, lo, hi, s);
        int vt = trips & -lanes, vtMain = trips & -(2 * lanes);
        double[] c0 = new double[lanes], c1 = new double[lanes];
        int k = 0;
        for (; k < vtMain; k += 2 * lanes) {
            for (int l = 0; l < lanes; l++) {
                c0[l] = c0[l] + a[lo + k + l] * b[lo + k + l];
                c1[l] = c1[l] + a[lo + k + lanes + l] * b[lo + k + lanes + l];
            }
        }
        for (; k < vt; k += lanes) {
            for (int l = 0; l < lanes; l++) c0[l] = c0[l] + a[lo + k + l] * b[lo + k + l];
        }
        double f = c0[0] + c1[0];
        for (int l = 1; l < lanes; l++) f = f + (c0[l] + c1[l]);
        return scalar(a, b, lo + vt, hi, s + f);
    }

    private static double scalar(double[] a, double[] b, int lo, int hi, double s) {
        for (int i = lo; i < hi; i++) s += a[i] * b[i];
        return s;
    }
}
