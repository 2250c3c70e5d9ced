package dev.hotloop.parallel;

import dev.hotloop.Hotloop;
import dev.hotloop.HotloopCompileException;
import dev.hotloop.JitFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code @Parallel} loops compiled with {@code @Jit(parallel = true)}, against plain Java. */
class ParallelLoopTest {
    /** The chunk grain of the cheap kernels here (sum, gather): {@code ParallelNames.lightGrain} of their bodies. */
    private static final int G = 65536;
    private static final int[] SIZES = {0, 1, 7, G - 1, G, G + 1, 5 * G + 3, 100_003};
    private final int threadsBefore = Hotloop.threads();

    @AfterEach
    void restoreThreads() {
        Hotloop.threads(threadsBefore);
    }

    static Object call(String kernel, Object... args) {
        return Hotloop.jit(ParallelKernels.class, kernel).invoke(args);
    }

    static double[] doubles(int n, long seed) {
        Random r = new Random(seed);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = r.nextGaussian() * Math.pow(10, r.nextInt(12) - 6);
        return a;
    }

    static int[] ints(int n, long seed) {
        return new Random(seed).ints(n, -1000, 1000).toArray();
    }

    @Test
    void integerReductionsEqualPlainJava() {
        for (int n : SIZES) {
            int[] a = ints(n, n);
            long[] l = Arrays.stream(ints(n, n + 1)).asLongStream().map(x -> x | 1).toArray();
            assertEquals(ParallelKernels.product(l), call("product", (Object) l), "product n=" + n);
            assertEquals(ParallelKernels.subtraction(a, 77), call("subtraction", a, 77), "subtraction n=" + n);
            assertEquals(ParallelKernels.minMaxXor(a), call("minMaxXor", (Object) a), "minMaxXor n=" + n);
            assertEquals(ParallelKernels.stepThree(-n, 3L * n), call("stepThree", (long) -n, 3L * n), "stepThree n=" + n);
        }
        assertEquals(0L, call("stepThree", 10L, -10L), "empty range");
        for (int n : SIZES) {
            long[] l = Arrays.stream(ints(n, n + 2)).asLongStream().toArray();
            assertEquals(ParallelKernels.conditionalMinMax(l), call("conditionalMinMax", (Object) l), "conditionalMinMax n=" + n);
            int[] a = ints(n, n + 3);
            assertEquals(ParallelKernels.conditionalMaxInt(a), call("conditionalMaxInt", (Object) a), "conditionalMaxInt n=" + n);
            assertEquals(ParallelKernels.stepsWithContinue(a, 3), call("stepsWithContinue", a, 3), "stepsWithContinue n=" + n);
        }
    }

    @Test
    void doubleSumIsCloseToPlainJavaAndTheSameOnAnyThreadCount() {
        for (int n : SIZES) {
            double[] a = doubles(n, n);
            Hotloop.threads(1);
            Object one = call("sum", (Object) a);
            Hotloop.threads(2);
            Object two = call("sum", (Object) a);
            Hotloop.threads(7);
            Object seven = call("sum", (Object) a);
            assertEquals(Double.doubleToRawLongBits((double) one), Double.doubleToRawLongBits((double) two), "n=" + n);
            assertEquals(Double.doubleToRawLongBits((double) one), Double.doubleToRawLongBits((double) seven), "n=" + n);
            double plain = ParallelKernels.sum(a);
            double scale = Arrays.stream(a).map(Math::abs).sum();
            assertEquals(plain, (double) one, 1e-12 * scale + 0.0, "n=" + n);
            if (n <= G) assertEquals(plain, (double) one, 0.0, "one chunk adds in order, n=" + n);
        }
    }

    @Test
    void sumsAreCombinedLeftToRightFromTheInitialValue() {
        call("sum", (Object) new double[1]);
        assertEquals(G, grain("sum"));
        double[] a = new double[3 * G];
        Arrays.fill(a, 1e-16);
        a[0] = 1.0;
        // chunks [0,G) [G,2G) [2G,3G): 1 + (G-1)e-16, then G*e-16 twice
        double p0 = -0.0;
        for (int i = 0; i < G; i++) p0 += a[i];
        double p1 = -0.0;
        for (int i = G; i < 2 * G; i++) p1 += a[i];
        double p2 = -0.0;
        for (int i = 2 * G; i < 3 * G; i++) p2 += a[i];
        double expected = 0.0 + p0 + p1 + p2;
        assertEquals(expected, (double) call("sum", (Object) a), 0.0);
    }

    /** The chunk grain explain() reports for a kernel of {@link ParallelKernels}. */
    private static int grain(String kernel) {
        String why = Hotloop.jit(ParallelKernels.class, kernel).explain();   // after a first call: the variant's loops
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("chunks of at least (\\d+) iterations").matcher(why);
        assertTrue(m.find(), why);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void negativeZeroSurvivesAFloatingSum() {
        double[] a = new double[5000];
        Arrays.fill(a, -0.0);
        assertEquals(Double.doubleToRawLongBits(-0.0 + 0.0), Double.doubleToRawLongBits((double) call("sum", (Object) a)));
    }

    @Test
    void seededRandomDrawsAreTheSameOnAnyThreadCount() {
        double[] got = new double[3];
        int[] threads = {1, 2, 7};
        for (int t = 0; t < threads.length; t++) {
            Hotloop.threads(threads[t]);
            Hotloop.seed(42L);
            got[t] = (double) call("monteCarloPi", 200_000L);
        }
        assertEquals(got[0], got[1], 0.0);
        assertEquals(got[0], got[2], 0.0);
        assertEquals(Math.PI, got[0], 0.02);
        Hotloop.seed(42L);
        double first = (double) call("monteCarloPi", 200_000L);
        double second = (double) call("monteCarloPi", 200_000L);
        assertEquals(got[0], first, 0.0);
        assertTrue(first != second, "successive calls draw fresh numbers");
    }

    @Test
    void nestedLoopsWithPrivateAccumulators() {
        Random r = new Random(3);
        for (int rows : new int[] {0, 1, 5, 3000}) {
            double[][] m = new double[rows][];
            for (int i = 0; i < rows; i++) m[i] = doubles(r.nextInt(9), i);
            double[] want = new double[rows], got = new double[rows];
            ParallelKernels.rowSums(m, want);
            call("rowSums", m, got);
            assertArrayEquals(want, got);
            double plain = ParallelKernels.nested(m);
            assertEquals(plain, (double) call("nested", (Object) m), 1e-9 * (1 + Math.abs(plain)));
        }
    }

    @Test
    void theSameVariableReducedTwice() {
        float[] a = new float[2500], b = new float[2500];
        for (int i = 0; i < a.length; i++) {
            a[i] = i % 3;
            b[i] = i % 5;
        }
        assertEquals(ParallelKernels.reducedTwice(a, b), (float) call("reducedTwice", a, b), 0f); // small integers: exact
    }

    @Test
    void storesIndexedByTheLoopVariable() {
        double[] a = doubles(10_000, 5), b = a.clone();
        ParallelKernels.scale(a, 1.5);
        call("scale", b, 1.5);
        assertArrayEquals(a, b);
    }

    @Test
    void theLowestFailingChunksExceptionReachesTheCaller() {
        Hotloop.threads(7);
        double[] a = new double[10];
        call("gather", a, new int[1]);
        int g = grain("gather");
        int[] idx = new int[5 * g];
        idx[g + 500] = 10;      // 5g iterations make 5 chunks of g: this is in chunk 1
        idx[4 * g + 7] = 11;    // chunk 4
        ArrayIndexOutOfBoundsException plain = assertThrows(ArrayIndexOutOfBoundsException.class, () -> ParallelKernels.gather(a, idx));
        ArrayIndexOutOfBoundsException got = assertThrows(ArrayIndexOutOfBoundsException.class, () -> call("gather", a, idx));
        assertEquals(plain.getMessage(), got.getMessage());
        assertEquals(1, got.getSuppressed().length);
    }

    @Test
    void aParallelKernelCallingAParallelKernel() {
        double[][] rows = new double[3000][];
        for (int i = 0; i < rows.length; i++) rows[i] = doubles(i % 50, i);
        double plain = ParallelKernels.sumOfSums(rows);
        assertEquals(plain, (double) call("sumOfSums", (Object) rows), 1e-9 * (1 + Math.abs(plain)));
    }

    @Test
    void thirtyTwoCallersAtOnce() throws Exception {
        Hotloop.threads(2);
        double[] a = doubles(50_000, 9);
        double want = (double) call("sum", (Object) a);
        Thread[] ts = new Thread[32];
        double[] got = new double[ts.length];
        for (int t = 0; t < ts.length; t++) {
            int k = t;
            ts[t] = new Thread(() -> got[k] = (double) call("sum", (Object) a));
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        for (double g : got) assertEquals(want, g, 0.0);
    }

    @Test
    void withoutParallelTheLoopRunsSerially() {
        double[] a = doubles(5000, 1);
        assertEquals(ParallelKernels.sSum(a), (double) call("sSum", (Object) a), 0.0);
        String why = Hotloop.jit(ParallelKernels.class, "sSum").explain();
        assertTrue(why.contains("serial: the kernel is not @Jit(parallel = true)") && why.contains("@Parallel on i ignored"), why);
    }

    @Test
    void loopsThatCannotRunInParallelAreCompileErrors() {
        HotloopCompileException e = assertThrows(HotloopCompileException.class, () -> call("conflicting", (Object) new double[4]));
        assertTrue(e.getMessage().contains("variable s") && e.getMessage().contains("add") && e.getMessage().contains("mul"), e.getMessage());
        assertTrue(e.getMessage().contains("ParallelKernels.java:"), e.getMessage());
        e = assertThrows(HotloopCompileException.class, () -> call("carried", (Object) new double[4]));
        assertTrue(e.getMessage().contains("variable prev"), e.getMessage());
        e = assertThrows(HotloopCompileException.class, () -> call("notCounted", (Object) new int[4]));
        assertTrue(e.getMessage().contains("not a counted loop"), e.getMessage());
    }

    @Test
    void explainSaysParallelWithReductionsAndRaces() {
        JitFunction sum = Hotloop.jit(ParallelKernels.class, "sum");
        sum.invoke((Object) new double[3]);
        String s = sum.explain();
        assertTrue(s.contains("parallel (") && s.contains("reduction s: add (double)"), s);
        JitFunction nestedFn = Hotloop.jit(ParallelKernels.class, "nested");
        nestedFn.invoke((Object) new double[2][2]);
        String nested = nestedFn.explain();

        assertTrue(nested.contains("serial: inside a parallel loop") && nested.contains("only the outermost @Parallel loop is split"), nested);
        JitFunction h = Hotloop.jit(ParallelKernels.class, "histogram");
        int[] data = {1, 2, 1, 0}, bins = new int[3];
        assertEquals(4, h.invoke(data, bins));
        assertArrayEquals(new int[] {1, 2, 1}, bins);
        assertTrue(h.explain().contains("suspected race"), h.explain());
    }
}
