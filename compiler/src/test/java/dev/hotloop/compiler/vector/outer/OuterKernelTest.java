package dev.hotloop.compiler.vector.outer;

import dev.hotloop.compiler.Options;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@link OuterKernels} nest at 128, 256 and 512 bits: the class passes CheckClassAdapter,
 * explain() says which loop vectorised (or why not), and runs agree with plain Java bit for bit
 * on lengths 0, 1, lanes - 1, lanes, lanes + 1 and 1001, with NaN and infinities mixed in.
 */
class OuterKernelTest {
    static final int[] BITS = {128, 256, 512};

    @TestFactory
    Stream<DynamicTest> outerLoopsAgreeWithPlainJava() {
        List<DynamicTest> out = new ArrayList<>();
        for (String name : List.of("mandelRow", "forces", "firstAbove", "clampedSearch", "stepsUntil", "uniformThenLane", "storeBefore")) {
            for (int bits : BITS) out.add(DynamicTest.dynamicTest(name + " @" + bits, () -> check(name, bits)));
        }
        return out.stream();
    }

    private static void check(String name, int bits) throws Throwable {
        OuterHarness.Compiled k = OuterHarness.compile(name, new Options(false, false, bits));
        String explain = explain(k);
        assertTrue(explain.contains("vectorised (outer"), name + " @" + bits + " not vectorised:\n" + explain);
        List<Integer> lengths = new ArrayList<>(List.of(0, 1, 1001));
        for (int lanes : new int[]{bits / 64, bits / 32}) lengths.addAll(List.of(lanes - 1, lanes, lanes + 1));
        long seed = 7;
        for (int n : lengths) {
            for (int variant = 0; variant < 2; variant++) {
                Object[] args = inputs(k.method(), n, seed++, variant == 1);
                agree(k, args, name + " @" + bits + " n=" + n + " special=" + (variant == 1) + "\n" + explain);
            }
        }
    }

    @Test
    void drawsBeforeTheInnerLoopFillWholeVectors() throws Throwable {
        for (int bits : BITS) {
            OuterHarness.Compiled k = OuterHarness.compile("randomStart", new Options(false, false, bits));
            assertTrue(explain(k).contains("vectorised (outer, DoubleVector " + bits + " bits x" + bits / 64), explain(k));
            int[] steps = new int[1001];
            k.handle().invokeWithArguments(steps, 40);
            // u from [0, 1) reaches 0.9 within 40 steps of u * 1.1 + 0.01 (from 0: 27 steps): each lane ran its own count
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int s : steps) {
                assertTrue(s >= 0 && s <= 27, "steps " + s + " @" + bits);
                seen.add(s);
            }
            assertTrue(seen.size() > 5, "too few different counts @" + bits + ": " + seen);
        }
    }

    @Test
    void aSharedCounterTestStaysScalar() throws Exception {
        // k < maxIter is the same on every running lane: one if_icmp, no int lanes compared; the
        // lanes' own exit (|z| > 2) takes at most two double compares (C2 merges them) and one not
        OuterHarness.Compiled k = OuterHarness.compile("mandelRow", new Options(false, false, 256));
        org.objectweb.asm.tree.ClassNode cn = new org.objectweb.asm.tree.ClassNode();
        new org.objectweb.asm.ClassReader(k.kernel().classBytes()).accept(cn, 0);
        int intCompares = 0, doubleCompares = 0, nots = 0;
        for (var m : cn.methods) {
            for (var in : m.instructions) {
                if (!(in instanceof org.objectweb.asm.tree.MethodInsnNode call)) continue;
                if (call.name.equals("compare") && call.owner.endsWith("IntVector")) intCompares++;
                if (call.name.equals("compare") && call.owner.endsWith("DoubleVector")) doubleCompares++;
                if (call.name.equals("not")) nots++;
            }
        }
        assertEquals(0, intCompares, "int lane compares");
        assertTrue(doubleCompares <= 2 && nots <= 1, doubleCompares + " double compares, " + nots + " nots");
    }

    @Test
    void explainNamesTheInnerLoop() throws Exception {
        OuterHarness.Compiled k = OuterHarness.compile("forces", new Options(false, false, 512));
        String explain = explain(k);
        assertTrue(explain.contains("vectorised (outer, DoubleVector 512 bits x8; inner loop at OuterKernels.java:"), explain);
        assertTrue(explain.contains("in lockstep under a mask)"), explain);
    }

    @Test
    void reasonsWhenTheNestStaysScalar() throws Exception {
        String gather = explain(OuterHarness.compile("gatherInside", new Options(false, false, 256)));
        assertTrue(gather.contains("loop not vectorised: (outer) index"), gather);
        String store = explain(OuterHarness.compile("storeInside", new Options(false, false, 256)));
        assertTrue(store.contains("loop not vectorised: (outer) a store in the inner loop"), store);
        String two = explain(OuterHarness.compile("twoInner", new Options(false, false, 256)));
        assertTrue(two.contains("loop not vectorised: it has several"), two);
        String sums = explain(OuterHarness.compile("innerSums", new Options(false, false, 256)));
        assertTrue(!sums.contains("vectorised (outer") && sums.contains("vectorised (inner, "), sums);
        String aliased = explain(OuterHarness.compile("readsWhatItWrites", new Options(false, false, 256)));
        assertTrue(aliased.contains("loop not vectorised: (outer) an array read in the inner loop is written in the outer loop"), aliased);
    }

    static String explain(OuterHarness.Compiled k) {
        StringBuilder s = new StringBuilder();
        for (var r : k.loops()) s.append(r.where()).append(' ').append(r.status()).append(' ').append(r.notes()).append('\n');
        return s.toString();
    }

    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, 1e300};

    /** Arrays of {@code n}, ints {@code n} (or a small iteration cap), doubles in a range that escapes unevenly. */
    static Object[] inputs(Method m, int n, long seed, boolean special) {
        Random r = new Random(seed);
        Class<?>[] ps = m.getParameterTypes();
        Object[] out = new Object[ps.length];
        int ints = 0;
        for (int k = 0; k < ps.length; k++) {
            Class<?> c = ps[k];
            if (c == int.class) out[k] = ints++ == 0 ? n : 50 + r.nextInt(40);
            else if (c == double.class) out[k] = special && r.nextInt(3) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : r.nextDouble() * 2.4 - 1.2;
            else if (c == double[].class) {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) a[i] = special && r.nextInt(6) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : (r.nextDouble() - 0.5) * 10;
                out[k] = a;
            } else if (c == int[].class) {
                out[k] = new int[n];
            } else throw new AssertionError(c);
        }
        return out;
    }

    static void agree(OuterHarness.Compiled k, Object[] args, String what) throws Throwable {
        Object[] plain = copy(args), compiled = copy(args);
        Object expected, actual;
        try {
            expected = k.method().invoke(null, plain);
        } catch (InvocationTargetException e) {
            expected = e.getCause().getClass();
        }
        try {
            actual = k.handle().invokeWithArguments(compiled);
        } catch (RuntimeException e) {
            actual = e.getClass();
        }
        assertEquals(expected, actual, what + ": result");
        for (int i = 0; i < args.length; i++) {
            assertTrue(Arrays.deepEquals(new Object[]{plain[i]}, new Object[]{compiled[i]}),
                    what + ": argument " + i + "\nplain    " + Arrays.deepToString(new Object[]{plain[i]})
                            + "\ncompiled " + Arrays.deepToString(new Object[]{compiled[i]}));
        }
    }

    private static Object[] copy(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof double[] d) out[i] = d.clone();
            else if (a instanceof int[] x) out[i] = x.clone();
            else out[i] = a;
        }
        return out;
    }
}
