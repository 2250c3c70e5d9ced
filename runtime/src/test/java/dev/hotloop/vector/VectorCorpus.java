package dev.hotloop.vector;

import static dev.hotloop.corpus.Gen.*;
import static dev.hotloop.vector.VectorKernel.Expect.*;

import dev.hotloop.corpus.ArgSets;
import dev.hotloop.corpus.Case;
import dev.hotloop.corpus.Gen;
import dev.hotloop.corpus.KernelSpec;
import dev.hotloop.vector.VectorKernel.Expect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Every kernel of the vector corpus, with the one place that says which are expected to
 * vectorise. Adding a kernel: write it in the file of its theme with {@code @Jit}, then one line
 * here: {@code v(ElementwiseKernels.class, "triad", VECTOR, EXACT, DOUBLES, DOUBLES, DOUBLES, DOUBLE);}.
 *
 * <p>Results are checked at every width; the {@code VECTOR} expectations and the {@code SCALAR}
 * reasons come from the vectoriser's explain() lines (see {@link #VECTORISER_LANDED}).
 */
final class VectorCorpus {
    /**
     * Whether {@link VectorExplainTest} asserts every VECTOR expectation and every SCALAR reason
     * below. They need the vectoriser (branch {@code vec}, merged into main); false skips them
     * (reported as aborted) while the results, the "no loop vectorised" side of SCALAR and the
     * runtime's own reasons are still checked.
     */
    static final boolean VECTORISER_LANDED = true;

    /** Lengths around 2, 4, 8 and 16 lanes and their tails, and a long odd one. */
    static final int[] LENGTHS = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 1001};
    /** Lengths of arrays filled with NaN, infinities, signed zeros and the integer extremes. */
    static final int[] SPECIAL_LENGTHS = {9, 17, 33, 65};
    /** Parallel kernels also get lengths of several chunks: a heavy body's (3001), a cheap body's (an extra case of three chunks of 65536). */
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

    /** A jagged double[][] in which some rows are one array (rows 1 and 0, 4 and 2), so that a kernel's rows alias. */
    static final Gen SHARED_ROWS = Gen.array("double[][] shared rows", (r, n) -> {
        double[][] m = new double[n == 0 ? 0 : 2 + n % 5][];
        for (int i = 0; i < m.length; i++) m[i] = i == 1 ? m[0] : i == 4 ? m[2] : randomDoubles(r, n - r.nextInt(2));
        return m;
    });

    private static final List<VectorKernel> ALL = new ArrayList<>();
    /** Argument sets the generators cannot make: arrays that are null or short where they are never touched. */
    private static final Map<String, List<Case>> EXTRA = new HashMap<>();

    private VectorCorpus() {}

    private static void v(Class<?> owner, String name, Expect e, Tolerance t, Gen... params) {
        add(owner, name, e, 128, "", t, params);
    }

    /**
     * Vectorised from 256 bits. At 128 bits, 4 int lanes leave 4 byte lanes, 32 bits, below the
     * Vector API's smallest vector: a vectoriser may stay scalar there or use wider vectors.
     */
    private static void from256(Class<?> owner, String name, Gen... params) {
        add(owner, name, VECTOR, 256, "", Tolerance.EXACT, params);
    }

    private static void scalar(Class<?> owner, String name, String reason, Gen... params) {
        add(owner, name, SCALAR, 128, reason, Tolerance.EXACT, params);
    }

    private static void add(Class<?> owner, String name, Expect e, int minBits, String reason, Tolerance t, Gen... params) {
        boolean parallel = owner == ParallelVectorKernels.class;
        ALL.add(new VectorKernel(new KernelSpec(owner, name, List.of(params)), e, minBits, reason, t, parallel));
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
        // (byte) (a + b) is computed in int lanes; doing it in byte lanes would allow 128 bits too
        from256(c, "addBytes", BYTES, BYTES, BYTES);
        v(c, "addShorts", VECTOR, EXACT, SHORTS, SHORTS, SHORTS);
        v(c, "addChars", VECTOR, EXACT, CHARS, CHARS, CHARS);
        v(c, "doubleInPlace", VECTOR, EXACT, DOUBLES);

        c = WideningKernels.class;
        v(c, "floatToDouble", VECTOR, EXACT, FLOATS, DOUBLES);
        v(c, "intToLongSum", VECTOR, EXACT, INTS);
        from256(c, "bytesToInts", BYTES, INTS);
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
        from256(c, "byteSum", BYTES);
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
        v(c, "sumWhere", VECTOR, EXACT, INTS, INTS);
        v(c, "guardedLoad", VECTOR, EXACT, INTS, INTS);

        c = AccessKernels.class;
        v(c, "stencil3", VECTOR, EXACT, DOUBLES, DOUBLES);
        v(c, "rowsScale", VECTOR, EXACT, JAGGED, DOUBLE);
        v(c, "rowShift", VECTOR, EXACT, SHARED_ROWS);
        // reading ahead of the store is safe in vector order, but a vectoriser may refuse any self-overlap
        v(c, "shiftLeftSelf", EITHER, EXACT, DOUBLES);
        // a true dependence: not vectorised, or vectorised behind a guard that always picks the scalar loop
        v(c, "shiftRightSelf", EITHER, EXACT, DOUBLES);
        v(c, "copyNext", VECTOR, EXACT, DOUBLES, DOUBLES);
        v(c, "copyPrev", VECTOR, EXACT, DOUBLES, DOUBLES);
        v(c, "copyN", VECTOR, EXACT, DOUBLES, DOUBLES, LEN_AROUND);
        // integer division by zero must throw at its element: a vectoriser may refuse it or guard it
        v(c, "intQuotients", EITHER, EXACT, INTS, INTS, INTS);
        v(c, "fillInclusive", VECTOR, EXACT, DOUBLES, LEN_AROUND);
        v(c, "gridInclusive", VECTOR, EXACT, LEN, FLOAT);
        scalar(c, "firstNegative", "an exit besides its test", DOUBLES);
        v(c, "firstNegativeRows", INNER_SCALAR, EXACT, JAGGED);

        c = ParallelVectorKernels.class;
        v(c, "parallelSaxpy", VECTOR, EXACT, DOUBLE, DOUBLES, DOUBLES);
        v(c, "parallelRows", VECTOR, EXACT, MATRIX, DOUBLE);
        v(c, "parallelIntSum", VECTOR, EXACT, INTS);
    }

    static {
        for (int n : new int[] {17, 1001}) {
            int[] nonPositive = new int[n], ones = new int[n];
            double[] negatives = new double[n], positivePrefix = new double[n];
            for (int i = 0; i < n; i++) {
                nonPositive[i] = -i;
                ones[i] = 1;
                negatives[i] = -1 - i;
                positivePrefix[i] = i < 5 ? i + 1 : -i;
            }
            int[] onePositive = nonPositive.clone();
            onePositive[n / 2] = 7;
            extra("PredicatedKernels.sumWhere",
                    new Case("b null, never read len=" + n, new Object[] {nonPositive, null}),
                    new Case("b null, read at n/2 len=" + n, new Object[] {onePositive, null}),
                    new Case("b empty, never read len=" + n, new Object[] {nonPositive, new int[0]}),
                    new Case("b short, read past it len=" + n, new Object[] {ones, new int[n / 2]}));
            extra("PredicatedKernels.guardedLoad",
                    new Case("b half len=" + n, new Object[] {ones, new int[n / 2]}),
                    new Case("b empty len=" + n, new Object[] {ones, new int[0]}),
                    new Case("b longer len=" + n, new Object[] {ones, new int[n + 3]}));
            extra("PredicatedKernels.keepPositive",
                    new Case("y null, never stored len=" + n, new Object[] {negatives, null}),
                    new Case("y of 5, stored only below 5 len=" + n, new Object[] {positivePrefix, new double[5]}),
                    new Case("y of 4, stored at 4 len=" + n, new Object[] {positivePrefix, new double[4]}));
        }
        // cheap parallel bodies get chunks of 32768 or 65536 iterations: three chunks and a bit, or more
        int n = 3 * 65536 + 5;
        Random r = new Random(3);
        int[] ints = new int[n];
        for (int i = 0; i < n; i++) ints[i] = r.nextInt();
        extra("ParallelVectorKernels.parallelSaxpy",
                new Case("three chunks len=" + n, new Object[] {1.5, randomDoubles(r, n), randomDoubles(r, n)}));
        extra("ParallelVectorKernels.parallelIntSum", new Case("three chunks len=" + n, new Object[] {ints}));
    }

    private static void extra(String title, Case... cases) {
        EXTRA.computeIfAbsent(title, t -> new ArrayList<>()).addAll(List.of(cases));
    }

    static List<VectorKernel> all() { return List.copyOf(ALL); }

    /** The argument sets of a kernel: the corpus's kinds of cases at this corpus's lengths, and its extra ones. */
    static List<Case> cases(VectorKernel k) {
        List<Case> out = new ArrayList<>(ArgSets.of(k.spec(), k.parallel() ? PARALLEL_LENGTHS : LENGTHS, SPECIAL_LENGTHS));
        out.addAll(EXTRA.getOrDefault(k.title(), List.of()));
        return out;
    }

    private static double[] randomDoubles(Random r, int n) {
        double[] a = new double[Math.max(0, n)];
        for (int i = 0; i < a.length; i++) a[i] = r.nextGaussian() * 10;
        return a;
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
