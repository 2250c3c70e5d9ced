package dev.hotloop.vector;

import static dev.hotloop.corpus.Gen.*;
import static dev.hotloop.vector.VectorKernel.Expect.*;

import dev.hotloop.corpus.ArgSets;
import dev.hotloop.corpus.Case;
import dev.hotloop.corpus.Gen;
import dev.hotloop.corpus.KernelSpec;
import dev.hotloop.vector.VectorKernel.Expect;
import java.util.ArrayList;
import java.util.List;

/**
 * Every kernel of the vector corpus, with the one place that says which are expected to
 * vectorise. Adding a kernel: write it in the file of its theme with {@code @Jit}, then one line
 * here: {@code v(ElementwiseKernels.class, "triad", VECTOR, EXACT, DOUBLES, DOUBLES, DOUBLES, DOUBLE);}.
 *
 * <p>Results are checked at every width now (the scalar code is already right). The {@code VECTOR}
 * expectations and the {@code SCALAR} reasons need the vectoriser of the {@code vec} branch:
 * until it is merged they are skipped (see {@link #VECTORISER_LANDED}).
 */
final class VectorCorpus {
    /**
     * TODO(integrator): set to true when the vectoriser (branch {@code vec}) is merged, so that
     * {@link VectorExplainTest} asserts every VECTOR expectation and every SCALAR reason below.
     * Until then those checks are skipped (reported as aborted); the results, the "no loop
     * vectorised" side of SCALAR and the runtime's own reasons are checked already.
     */
    static final boolean VECTORISER_LANDED = false;

    /** Lengths around 2, 4, 8 and 16 lanes and their tails, and a long odd one. */
    static final int[] LENGTHS = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 1001};
    /** Lengths of arrays filled with NaN, infinities, signed zeros and the integer extremes. */
    static final int[] SPECIAL_LENGTHS = {9, 17, 33, 65};
    /** Parallel kernels also get a length of three chunks (at least 1024 iterations each). */
    static final int[] PARALLEL_LENGTHS = {0, 1, 7, 9, 17, 33, 65, 1001, 3001};

    /** Gaussian doubles without specials, for fastmath sums (whose bound needs finite terms). */
    static final Gen FINITE_DOUBLES = Gen.array("finite double[]", (r, n) -> {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = r.nextGaussian() * 10;
        return a;
    });
    static final Gen FINITE_FLOATS = Gen.array("finite float[]", (r, n) -> {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = (float) (r.nextGaussian() * 10);
        return a;
    });

    private static final List<VectorKernel> ALL = new ArrayList<>();

    private VectorCorpus() {}

    private static void v(Class<?> owner, String name, Expect e, Tolerance t, Gen... params) {
        add(owner, name, e, "", t, params);
    }

    private static void scalar(Class<?> owner, String name, String reason, Gen... params) {
        add(owner, name, SCALAR, reason, Tolerance.EXACT, params);
    }

    private static void add(Class<?> owner, String name, Expect e, String reason, Tolerance t, Gen... params) {
        boolean parallel = owner == ParallelVectorKernels.class;
        ALL.add(new VectorKernel(new KernelSpec(owner, name, List.of(params)), e, reason, t, parallel));
    }

    private static final Tolerance EXACT = Tolerance.EXACT;
    /** Math's transcendentals and the Vector API's are each within 1 ulp of exact. */
    private static final Tolerance TWO_ULPS = Tolerance.ulps(2);

    static {
        Class<?> c = ElementwiseKernels.class;
        v(c, "triad", VECTOR, EXACT, DOUBLES, DOUBLES, DOUBLES, DOUBLE);
        v(c, "saxpy", VECTOR, EXACT, FLOAT, FLOATS, FLOATS);
        v(c, "scale", VECTOR, EXACT, DOUBLES, DOUBLES, DOUBLE);
        v(c, "addFloats", VECTOR, EXACT, FLOATS, FLOATS, FLOATS);
        v(c, "addInts", VECTOR, EXACT, INTS, INTS, INTS);
        v(c, "addLongs", VECTOR, EXACT, LONGS, LONGS, LONGS);
        v(c, "addBytes", VECTOR, EXACT, BYTES, BYTES, BYTES);
        v(c, "addShorts", VECTOR, EXACT, SHORTS, SHORTS, SHORTS);
        v(c, "addChars", VECTOR, EXACT, CHARS, CHARS, CHARS);
        v(c, "doubleInPlace", VECTOR, EXACT, DOUBLES);

        c = WideningKernels.class;
        v(c, "floatToDouble", VECTOR, EXACT, FLOATS, DOUBLES);
        v(c, "intToLongSum", VECTOR, EXACT, INTS);
        v(c, "bytesToInts", VECTOR, EXACT, BYTES, INTS);
        v(c, "doubleToFloat", VECTOR, EXACT, DOUBLES, FLOATS);
        v(c, "intToDouble", VECTOR, EXACT, INTS, DOUBLES);
        v(c, "charToInt", VECTOR, EXACT, CHARS, INTS);
        v(c, "longToInt", VECTOR, EXACT, LONGS, INTS);

        c = ReductionKernels.class;
        v(c, "intSum", VECTOR, EXACT, INTS);
        v(c, "longProduct", VECTOR, EXACT, LONGS);
        v(c, "intMinMax", VECTOR, EXACT, INTS);
        v(c, "bitReductions", VECTOR, EXACT, INTS);
        v(c, "countPositive", VECTOR, EXACT, DOUBLES);
        v(c, "countEquals", VECTOR, EXACT, INTS, INT);
        v(c, "byteSum", VECTOR, EXACT, BYTES);
        v(c, "shortMax", VECTOR, EXACT, SHORTS);
        scalar(c, "strictDoubleSum", "floating-point reduction", DOUBLES);
        scalar(c, "strictFloatDot", "floating-point reduction", FLOATS, FLOATS);
        // Math.max is exact in any order, but the vec brief keeps FP min/max reductions for fastmath
        v(c, "strictDoubleMax", EITHER, EXACT, DOUBLES);

        c = FastMathKernels.class;
        v(c, "fastSum", VECTOR, Tolerance.sum(args -> terms(args, 0, -1)), FINITE_DOUBLES);
        v(c, "fastDot", VECTOR, Tolerance.sum(args -> terms(args, 0, 1)), FINITE_DOUBLES, FINITE_DOUBLES);
        v(c, "fastFloatSum", VECTOR, Tolerance.sum(args -> terms(args, 0, -1)), FINITE_FLOATS);
        v(c, "fastExp", VECTOR, TWO_ULPS, DOUBLES, DOUBLES);
        v(c, "fastLog", VECTOR, TWO_ULPS, DOUBLES, DOUBLES);
        v(c, "fastSin", VECTOR, TWO_ULPS, DOUBLES, DOUBLES);
        v(c, "fastTanh", VECTOR, TWO_ULPS, DOUBLES, DOUBLES);
        v(c, "fastTanhFloat", VECTOR, TWO_ULPS, FLOATS, FLOATS);
        scalar(c, "strictExp", "needs fastmath", DOUBLES, DOUBLES);

        c = PredicatedKernels.class;
        v(c, "absMinMax", VECTOR, EXACT, DOUBLES, DOUBLES, DOUBLES);
        v(c, "intAbsMinMax", VECTOR, EXACT, INTS, INTS, INTS);
        v(c, "sqrtFma", VECTOR, EXACT, DOUBLES, DOUBLES, DOUBLES);
        v(c, "clamp", VECTOR, EXACT, FLOATS, FLOAT, FLOAT, FLOATS);
        v(c, "collatzStep", VECTOR, EXACT, INTS, INTS);
        v(c, "keepPositive", VECTOR, EXACT, DOUBLES, DOUBLES);
        v(c, "sumAbove", VECTOR, EXACT, INTS, INT);
        v(c, "sqrtOrNegate", VECTOR, EXACT, DOUBLES, DOUBLES);

        c = AccessKernels.class;
        v(c, "stencil3", VECTOR, EXACT, DOUBLES, DOUBLES);
        v(c, "rowsScale", VECTOR, EXACT, JAGGED, DOUBLE);
        // reading ahead of the store is safe in vector order, but a vectoriser may refuse any self-overlap
        v(c, "shiftLeftSelf", EITHER, EXACT, DOUBLES);
        // a true dependence: not vectorised, or vectorised behind a guard that always picks the scalar loop
        v(c, "shiftRightSelf", EITHER, EXACT, DOUBLES);
        v(c, "copyNext", VECTOR, EXACT, DOUBLES, DOUBLES);
        v(c, "copyPrev", VECTOR, EXACT, DOUBLES, DOUBLES);
        v(c, "copyN", VECTOR, EXACT, DOUBLES, DOUBLES, LEN_AROUND);
        // integer division by zero must throw at its element: a vectoriser may refuse it or guard it
        v(c, "intQuotients", EITHER, EXACT, INTS, INTS, INTS);
        scalar(c, "firstNegative", "", DOUBLES);
        v(c, "firstNegativeRows", INNER_SCALAR, EXACT, JAGGED);

        c = ParallelVectorKernels.class;
        v(c, "parallelSaxpy", VECTOR, EXACT, DOUBLE, DOUBLES, DOUBLES);
        v(c, "parallelRows", VECTOR, EXACT, MATRIX, DOUBLE);
        v(c, "parallelIntSum", VECTOR, EXACT, INTS);
    }

    static List<VectorKernel> all() { return List.copyOf(ALL); }

    /** The argument sets of a kernel: the corpus's kinds of cases at this corpus's lengths. */
    static List<Case> cases(VectorKernel k) {
        return ArgSets.of(k.spec(), k.parallel() ? PARALLEL_LENGTHS : LENGTHS, SPECIAL_LENGTHS);
    }

    /**
     * The terms of a sum kernel: {@code args[a][i]}, or {@code args[a][i] * args[b][i]} for a dot
     * (b >= 0), over the shorter array; none when an array is null (the kernel throws).
     */
    private static double[] terms(Object[] args, int a, int b) {
        double[] x = asDoubles(args[a]);
        double[] y = b < 0 ? null : asDoubles(args[b]);
        if (x == null || b >= 0 && y == null) return new double[0];
        int n = y == null ? x.length : Math.min(x.length, y.length);
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = y == null ? x[i] : x[i] * y[i];
        return t;
    }

    private static double[] asDoubles(Object o) {
        if (o instanceof double[] d) return d;
        if (o instanceof float[] f) {
            double[] d = new double[f.length];
            for (int i = 0; i < f.length; i++) d[i] = f[i];
            return d;
        }
        return null;
    }
}
