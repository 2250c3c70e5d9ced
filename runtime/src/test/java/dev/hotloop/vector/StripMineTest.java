package dev.hotloop.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.Hotloop;
import dev.hotloop.compiler.LoopReport;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.transform.StripNames;
import dev.hotloop.runtime.Engine;
import dev.hotloop.runtime.KernelRandom;
import dev.hotloop.runtime.Variant;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link StripKernels} against plain Java at lengths around the block size B (B - 1, B, B + 1,
 * 2B + 3, and 0 and 1): same results bit for bit (fastmath sums within rounding), same arrays,
 * same exception with the same stores before it; explain() says "in blocks of B"; at 0 bits
 * nothing is stripped. Random draws (blocks of R, lengths around R): the serial kernel draws
 * exactly the numbers of its call's stream, one vector generator carried from block to block, and
 * the parallel one is the same on 1 and 3 threads.
 */
class StripMineTest {
    private static final long B = StripNames.LIGHT_BLOCK, H = StripNames.HEAVY_BLOCK, R = StripNames.RANDOM_BLOCK;
    private static final boolean MODULE = !Widths.NO_MODULE_RUN;
    private static final List<Integer> BITS = MODULE ? List.of(0, 128, 256, 512) : List.of(256);

    @TestFactory
    Stream<DynamicTest> agreeWithPlainJava() {
        List<DynamicTest> out = new ArrayList<>();
        for (String name : List.of("intSum", "fastSum", "minMax", "doubleMax", "triad", "scaleFrom", "mandelRow", "rowScale", "parallelDot")) {
            for (int bits : BITS) out.add(DynamicTest.dynamicTest(name + " @" + bits, () -> check(name, bits)));
        }
        return out.stream();
    }

    private static void check(String name, int bits) throws Throwable {
        Method m = method(name);
        Variant v = variant(m, bits);
        long size = name.equals("mandelRow") ? H : B;
        String text = explain(v);
        if (MODULE && bits > 0) {
            assertTrue(text.contains("vectorised (") && text.contains("in blocks of " + size), name + " @" + bits + ":\n" + text);
        } else {
            assertFalse(text.contains("in blocks of"), name + " @" + bits + ":\n" + text);
        }
        Random r = new Random(bits * 31L + name.hashCode());
        for (long n : new long[]{0, 1, size - 1, size, size + 1, 2 * size + 3}) {
            for (Object[] args : inputs(name, (int) n, r)) agree(m, v, args, name + " @" + bits + " n=" + n);
        }
    }

    /** Arguments for each kernel: plain data, then (for the stores) short and null arrays. */
    private static List<Object[]> inputs(String name, int n, Random r) {
        return switch (name) {
            case "intSum", "minMax" -> List.<Object[]>of(new Object[]{ints(r, n)});
            case "doubleMax" -> List.<Object[]>of(new Object[]{doubles(r, n)});
            case "fastSum" -> List.<Object[]>of(new Object[]{doubles(r, n)}, new Object[]{finite(r, n)});
            case "triad" -> List.<Object[]>of(new Object[]{doubles(r, n), doubles(r, n), 1.5, n},
                    new Object[]{doubles(r, n), doubles(r, Math.max(0, n - 5)), 2.5, n},   // y too short: throws at n - 5
                    new Object[]{doubles(r, Math.max(0, n / 2)), doubles(r, n), 2.5, n},   // x too short: throws at n / 2
                    new Object[]{null, doubles(r, n), 0.5, n});
            case "scaleFrom" -> List.<Object[]>of(new Object[]{floats(r, n), 1.25f, 0}, new Object[]{floats(r, n), -3f, n / 3},
                    new Object[]{floats(r, n), 2f, -1});                                    // x[-1]: throws before any store
            case "mandelRow" -> List.<Object[]>of(new Object[]{new int[n], 50, 0.1 + r.nextDouble() * 0.5});
            case "rowScale" -> {
                double[][] m = new double[3][];
                for (int k = 0; k < 3; k++) m[k] = doubles(r, n);
                double[][] ragged = {doubles(r, n), doubles(r, n + 7)};               // k too short for the second row
                yield List.<Object[]>of(new Object[]{m, doubles(r, n)}, new Object[]{ragged, doubles(r, n)});
            }
            case "parallelDot" -> List.<Object[]>of(new Object[]{finite(r, n), finite(r, n)}, new Object[]{doubles(r, n), doubles(r, n)});
            default -> throw new AssertionError(name);
        };
    }

    @Test
    void serialDrawsAreTheCallsStreamOneGeneratorCarriedFromBlockToBlock() throws Throwable {
        for (String name : List.of("piHits", "piHitsLong")) {
            Method m = method(name);
            for (int bits : BITS) {
                Variant v = variant(m, bits);
                if (MODULE && bits > 0) assertTrue(explain(v).contains("in blocks of " + R), name + " @" + bits + ":\n" + explain(v));
                int lanes = MODULE ? bits / 64 : 0;
                for (int n : new int[]{0, 1, (int) R - 1, (int) R, (int) R + 1, 2 * (int) R + 3}) {
                    Hotloop.seed(99L);
                    int expected = piModel(KernelRandom.forCall(), n, lanes);
                    Hotloop.seed(99L);
                    Object arg = name.equals("piHits") ? (Object) n : (Object) (long) n;
                    assertEquals(expected, v.invoke(new Object[]{arg}), name + " @" + bits + " n=" + n);
                }
            }
        }
    }

    /**
     * What piHits draws: the vector part of every block from one vector generator, which the first
     * block that runs a vector made from the stream and the next blocks carry on; the tail from the
     * stream itself.
     */
    private static int piModel(KernelRandom stream, int n, int lanes) {
        int hits = 0;
        KernelRandom[] lane = null;
        for (long lo = 0; lo < n; lo += (lanes == 0 ? n : R)) {
            long hi = lanes == 0 ? n : Math.min(n, lo + R);
            long i = lo;
            if (lanes > 0 && hi - lo >= lanes) {
                if (lane == null) lane = stream.lanes(lanes);
                for (; i + lanes <= hi; i += lanes) {
                    double[] x = new double[lanes], y = new double[lanes];
                    for (int k = 0; k < lanes; k++) x[k] = lane[k].nextDouble();
                    for (int k = 0; k < lanes; k++) y[k] = lane[k].nextDouble();
                    for (int k = 0; k < lanes; k++) if (x[k] * x[k] + y[k] * y[k] <= 1.0) hits++;
                }
            }
            for (; i < hi; i++) {
                double x = stream.nextDouble(), y = stream.nextDouble();
                if (x * x + y * y <= 1.0) hits++;
            }
        }
        return hits;
    }

    @Test
    void parallelDrawsAreTheSameOnAnyThreadCount() throws Throwable {
        Method m = method("piHitsParallel");
        int before = Hotloop.threads();
        try {
            for (int bits : BITS) {
                Variant v = variant(m, bits);
                int n = 300_000;
                List<Object> seen = new ArrayList<>();
                for (int threads : new int[]{1, 3}) {
                    Hotloop.threads(threads);
                    Hotloop.seed(7L);
                    seen.add(v.invoke(new Object[]{n}));
                }
                assertEquals(seen.get(0), seen.get(1), "piHitsParallel @" + bits);
                assertEquals(Math.PI, 4.0 * (int) seen.get(0) / n, 0.02);
            }
        } finally {
            Hotloop.threads(before);
        }
    }

    // ---- plumbing ----

    private static Method method(String name) {
        return Arrays.stream(StripKernels.class.getDeclaredMethods()).filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
    }

    private static Variant variant(Method m, int bits) {
        List<Type> types = Arrays.stream(m.getParameterTypes()).map(Type::of).toList();
        return Widths.at(bits, () -> Engine.global().dispatcher(m).variant(types));
    }

    private static String explain(Variant v) {
        Function<LoopReport, String> line = l -> l.where() + " (depth " + l.depth() + "): " + l.status() + " " + l.notes();
        return v.loops().stream().map(line).collect(Collectors.joining("\n"));
    }

    private static void agree(Method m, Variant v, Object[] args, String what) throws Throwable {
        Object[] plain = copy(args), compiled = copy(args);
        Object expected, actual;
        try {
            m.setAccessible(true);
            expected = m.invoke(null, plain);
        } catch (InvocationTargetException e) {
            expected = e.getCause().getClass();
        }
        try {
            actual = v.invoke(compiled);
        } catch (RuntimeException e) {
            actual = e.getClass();
        }
        if (m.getName().matches("fastSum|parallelDot") && expected instanceof Double e && actual instanceof Double a && !e.isNaN()) {
            double scale = Arrays.stream((double[]) args[0]).map(x -> x * x).sum() + Arrays.stream((double[]) args[args.length - 1]).map(x -> x * x).sum();
            assertEquals(e, a, 1e-12 * scale + 1e-300, what + ": result");
        } else {
            assertEquals(expected, actual, what + ": result");
        }
        for (int i = 0; i < args.length; i++) {
            assertTrue(Arrays.deepEquals(new Object[]{plain[i]}, new Object[]{compiled[i]}), what + ": argument " + i);
        }
    }

    private static Object[] copy(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof double[] d) out[i] = d.clone();
            else if (out[i] instanceof float[] f) out[i] = f.clone();
            else if (out[i] instanceof int[] x) out[i] = x.clone();
            else if (out[i] instanceof double[][] d) out[i] = Arrays.stream(d).map(double[]::clone).toArray(double[][]::new);
        }
        return out;
    }

    private static int[] ints(Random r, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = r.nextInt();
        return a;
    }

    private static double[] doubles(Random r, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = r.nextInt(50) == 0 ? (r.nextBoolean() ? Double.NaN : -0.0) : (r.nextDouble() - 0.5) * 100;
        return a;
    }

    private static double[] finite(Random r, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = (r.nextDouble() - 0.5) * 100;
        return a;
    }

    private static float[] floats(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = (r.nextFloat() - 0.5f) * 100;
        return a;
    }
}
