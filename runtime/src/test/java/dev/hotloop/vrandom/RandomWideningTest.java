package dev.hotloop.vrandom;

import dev.hotloop.annotations.Parallel;
import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.KernelCompiler;
import dev.hotloop.compiler.KernelRequest;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.runtime.ClassDefiner;
import dev.hotloop.compiler.transform.StripNames;
import dev.hotloop.runtime.KernelRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Random draws in vectorised loops, end to end at 128, 256 and 512 bits: kernels compiled with
 * the runtime's generator, run, and compared with a model built from {@link KernelRandom}
 * itself. In a vector loop of {@code L} lanes that runs {@code vt} iterations, iteration
 * {@code j * L + k} takes lane {@code k}'s {@code j}-th number, the lanes being
 * {@code stream.lanes(L)} taken before the first vector (the stream carries them from block to
 * block of a strip-mined loop); the scalar rest draws from the stream.
 */
class RandomWideningTest {
    private static final String RANDOM = "dev/hotloop/runtime/KernelRandom";
    private static final int[] LENGTHS = {0, 1, 3, 7, 8, 9, 17, 1001, 2051, 8195};  // 8195: two blocks and a tail

    static void fillDoubles(double[] out) {
        for (int i = 0; i < out.length; i++) out[i] = Math.random();
    }

    static void fillFloats(float[] out) {
        for (int i = 0; i < out.length; i++) out[i] = ThreadLocalRandom.current().nextFloat();
    }

    static void fillInts(int[] out) {
        for (int i = 0; i < out.length; i++) out[i] = ThreadLocalRandom.current().nextInt();
    }

    static void fillLongs(long[] out) {
        for (int i = 0; i < out.length; i++) out[i] = ThreadLocalRandom.current().nextLong();
    }

    static void fillBelow(int[] out, int bound) {
        for (int i = 0; i < out.length; i++) out[i] = ThreadLocalRandom.current().nextInt(bound);
    }

    /** A draw under a condition: the vector loop draws on every lane and keeps the chosen ones. */
    static void replaceNegatives(double[] a, int bound) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] < 0) a[i] = ThreadLocalRandom.current().nextInt(bound);
        }
    }

    static long piCount(long n) {
        long acc = 0;
        for (long i = 0; i < n; i++) {
            double x = Math.random();
            double y = Math.random();
            if (x * x + y * y < 1.0) acc += 1;
        }
        return acc;
    }

    static long piCountParallel(long n) {
        long acc = 0;
        for (@Parallel long i = 0; i < n; i++) {
            double x = Math.random();
            double y = Math.random();
            if (x * x + y * y < 1.0) acc += 1;
        }
        return acc;
    }

    @AfterEach
    void unseed() {
        KernelRandom.seed(System.nanoTime());
    }

    // ---- compiling at a given width ----

    private record Compiled(MethodHandle kernel, CompiledKernel info) {
        String explain() {
            return info.loops().stream().map(l -> l.where() + " " + l.status() + " " + l.notes()).collect(Collectors.joining("\n"));
        }

        boolean vectorised() {
            // a parallel loop's chunk says so in a note: "vectorised (inner, LongVector 256 bits x4)"
            return info.loops().stream().anyMatch(l -> l.status().startsWith("vectorised (")
                    || l.notes().stream().anyMatch(n -> n.startsWith("vectorised (")));
        }
    }

    private static Compiled compile(String name, MethodType type, boolean parallel, int bits) throws Throwable {
        Class<?> owner = RandomWideningTest.class;
        MethodRef ref = new MethodRef(ClassDefiner.internalName(owner), name, type.toMethodDescriptorString());
        KernelRequest r = new KernelRequest(ref, ref.signature().params(), new Options(parallel, false, bits),
                ClassDefiner.classSource(owner), ClassDefiner.nextClassName(owner, name), null, false, RANDOM);
        CompiledKernel k = KernelCompiler.compile(r);
        MethodHandles.Lookup l = ClassDefiner.ownerLookup(owner).defineHiddenClass(k.classBytes(), true, MethodHandles.Lookup.ClassOption.NESTMATE);
        return new Compiled(l.findStatic(l.lookupClass(), CompiledKernel.RAW, type), k);
    }

    /** Lanes of 64-bit state: the loops here all hold a double or a long. */
    private static int lanes(int bits) {
        return bits / 64;
    }

    /** What call {@code 0} after {@code seed(s)} draws: its stream, the lanes of its vector loop, and the vector trips. */
    /**
     * Which generator each iteration of a serial vectorised loop draws from. The loop runs in
     * blocks of {@link StripNames#RANDOM_BLOCK} iterations (strip-mined into block methods); the
     * first block that holds a whole vector takes a vector generator from the call's stream, the
     * stream carries it, and every block draws its whole vectors from it; a block's tail draws from
     * the stream itself. Ask in iteration order.
     */
    private static final class Model {
        private final KernelRandom stream;
        private final int n, width;
        private KernelRandom[] lanes;
        private int blockEnd, vectorEnd;

        private Model(KernelRandom stream, int n, int width) {
            this.stream = stream;
            this.n = n;
            this.width = width;
        }

        static Model of(long seed, int n, int lanes) {
            KernelRandom.seed(seed);
            return new Model(KernelRandom.forCall(), n, lanes);
        }

        /** The generator iteration {@code i} draws from. */
        KernelRandom at(int i) {
            if (i >= blockEnd) {
                int lo = blockEnd;
                blockEnd = (int) Math.min(n, lo + StripNames.RANDOM_BLOCK);
                int len = blockEnd - lo;
                vectorEnd = len >= width ? lo + len - len % width : lo;
                if (len >= width && lanes == null) lanes = stream.lanes(width);
            }
            return vector(i) ? lanes[i % width] : stream;
        }

        /** Iteration {@code i} runs in a vector (after {@link #at} has reached it). */
        boolean vector(int i) {
            return i < vectorEnd;
        }
    }

    // ---- every kind, bit for bit ----

    @ParameterizedTest
    @ValueSource(ints = {128, 256, 512})
    void doublesFollowTheLaneModel(int bits) throws Throwable {
        Compiled c = compile("fillDoubles", MethodType.methodType(void.class, double[].class), false, bits);
        assertTrue(c.vectorised(), c.explain());
        for (int n : LENGTHS) {
            KernelRandom.seed(7);
            double[] out = new double[n];
            c.kernel.invokeExact(out);
            Model m = Model.of(7, n, lanes(bits));
            for (int i = 0; i < n; i++) assertEquals(m.at(i).nextDouble(), out[i], "n=" + n + " i=" + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 256, 512})
    void floatsIntsLongsFollowTheLaneModel(int bits) throws Throwable {
        Compiled f = compile("fillFloats", MethodType.methodType(void.class, float[].class), false, bits);
        Compiled i32 = compile("fillInts", MethodType.methodType(void.class, int[].class), false, bits);
        Compiled i64 = compile("fillLongs", MethodType.methodType(void.class, long[].class), false, bits);
        assertTrue(f.vectorised(), f.explain());
        assertTrue(i32.vectorised(), i32.explain());
        assertTrue(i64.vectorised(), i64.explain());
        for (int n : LENGTHS) {
            float[] fs = new float[n];
            int[] is = new int[n];
            long[] ls = new long[n];
            KernelRandom.seed(8);
            f.kernel.invokeExact(fs);
            Model m = Model.of(8, n, lanes(bits));
            for (int i = 0; i < n; i++) assertEquals(m.at(i).nextFloat(), fs[i], "float n=" + n + " i=" + i);
            KernelRandom.seed(9);
            i32.kernel.invokeExact(is);
            m = Model.of(9, n, lanes(bits));
            for (int i = 0; i < n; i++) assertEquals(m.at(i).nextInt(), is[i], "int n=" + n + " i=" + i);
            KernelRandom.seed(10);
            i64.kernel.invokeExact(ls);
            m = Model.of(10, n, lanes(bits));
            for (int i = 0; i < n; i++) assertEquals(m.at(i).nextLong(), ls[i], "long n=" + n + " i=" + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 256, 512})
    void boundedIntsFollowTheLaneModel(int bits) throws Throwable {
        Compiled c = compile("fillBelow", MethodType.methodType(void.class, int[].class, int.class), false, bits);
        assertTrue(c.vectorised(), c.explain());
        for (int bound : new int[] {1, 6, (1 << 30) + 1, Integer.MAX_VALUE}) {
            for (int n : LENGTHS) {
                KernelRandom.seed(bound);
                int[] out = new int[n];
                c.kernel.invokeExact(out, bound);
                Model m = Model.of(bound, n, lanes(bits));
                for (int i = 0; i < n; i++) assertEquals(m.at(i).nextInt(bound), out[i], "bound=" + bound + " n=" + n + " i=" + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 256, 512})
    void aBadBoundThrowsAsPlainJavaDoes(int bits) throws Throwable {
        Compiled c = compile("fillBelow", MethodType.methodType(void.class, int[].class, int.class), false, bits);
        assertThrows(IllegalArgumentException.class, () -> {
            c.kernel.invokeExact(new int[100], 0);
        });
        // a draw that never happens cannot throw: no element is negative
        Compiled r = compile("replaceNegatives", MethodType.methodType(void.class, double[].class, int.class), false, bits);
        assertTrue(r.vectorised(), r.explain());
        double[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17};
        r.kernel.invokeExact(a, 0);
        assertEquals(17.0, a[16]);
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 256, 512})
    void conditionalDrawsKeepTheOtherElements(int bits) throws Throwable {
        Compiled c = compile("replaceNegatives", MethodType.methodType(void.class, double[].class, int.class), false, bits);
        for (int n : LENGTHS) {
            double[] a = new double[n];
            for (int i = 0; i < n; i++) a[i] = i % 3 == 0 ? -1 : i;
            double[] before = a.clone();
            KernelRandom.seed(11);
            c.kernel.invokeExact(a, 10);
            Model m = Model.of(11, n, lanes(bits));
            for (int i = 0; i < n; i++) {
                // every lane draws, chosen or not; the scalar rest draws only when chosen
                KernelRandom g = m.at(i);
                if (before[i] < 0) assertEquals(g.nextInt(10), (int) a[i], "n=" + n + " i=" + i);
                else {
                    if (m.vector(i)) g.nextInt(10);
                    assertEquals(before[i], a[i]);
                }
            }
        }
    }

    // ---- MonteCarloPi ----

    @ParameterizedTest
    @ValueSource(ints = {128, 256, 512})
    void monteCarloPiVectorisesAndEstimatesPi(int bits) throws Throwable {
        Compiled c = compile("piCount", MethodType.methodType(long.class, long.class), false, bits);
        assertTrue(c.vectorised(), c.explain());
        int n = 300_007;
        KernelRandom.seed(12);
        long inside = (long) c.kernel.invokeExact((long) n);
        // the model: the same draws in the same places
        Model m = Model.of(12, n, lanes(bits));
        long expected = 0;
        for (int i = 0; i < n; i++) {
            KernelRandom g = m.at(i);
            double x = g.nextDouble(), y = g.nextDouble();
            if (x * x + y * y < 1.0) expected++;
        }
        assertEquals(expected, inside);
        assertEquals(Math.PI, 4.0 * inside / n, 0.015);
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 256, 512})
    void parallelMonteCarloPiVectorisesEachChunk(int bits) throws Throwable {
        Compiled c = compile("piCountParallel", MethodType.methodType(long.class, long.class), true, bits);
        assertTrue(c.vectorised(), c.explain());
        long n = 300_007;
        KernelRandom.seed(13);
        long inside = (long) c.kernel.invokeExact(n);
        KernelRandom.seed(13);
        long again = (long) c.kernel.invokeExact(n);
        assertNotEquals(0, inside);
        assertEquals(Math.PI, 4.0 * inside / n, 0.015);
        // a fresh seed, the same numbers: chunk streams are split from the call's, lanes from the chunk's
        assertEquals(inside, again);
    }

    @Test
    void withoutVectorsTheLoopStaysScalarAndDrawsFromTheStream() throws Throwable {
        Compiled c = compile("fillDoubles", MethodType.methodType(void.class, double[].class), false, 0);
        assertFalse(c.vectorised(), c.explain());
        double[] out = new double[20];
        KernelRandom.seed(14);
        c.kernel.invokeExact(out);
        KernelRandom.seed(14);
        KernelRandom r = KernelRandom.forCall();
        double[] expected = new double[20];
        Arrays.setAll(expected, i -> r.nextDouble());
        assertArrayEquals(expected, out);
    }
}
