package dev.hotloop.vector.outer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.Hotloop;
import dev.hotloop.compiler.LoopReport;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.runtime.Engine;
import dev.hotloop.runtime.Variant;
import dev.hotloop.runtime.VectorSupport;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link NestKernels} at 128, 256 and 512 bits against plain Java, bit for bit: the nest's outer
 * loop says {@code vectorised (outer, ...)}, and results and arrays agree on lengths 0, 1,
 * lanes - 1, lanes, lanes + 1 and 1001, with NaN and infinities in the data, and the same
 * exception (and stores before it) when a search runs past its table.
 */
class OuterDifferentialTest {
    private static final int[] BITS = {128, 256, 512};
    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e300, -1e-300};

    @TestFactory
    Stream<DynamicNode> nestsAgreeWithPlainJava() {
        boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        List<DynamicNode> out = new ArrayList<>();
        for (String name : List.of("mandelRow", "mandelImage", "nbody", "nbodyParallel", "firstAbove", "searchPastEnd")) {
            for (int bits : BITS) out.add(DynamicTest.dynamicTest(name + " @" + bits, () -> check(name, bits, module)));
        }
        return out.stream();
    }

    private static void check(String name, int bits, boolean module) throws Throwable {
        Method m = method(name);
        List<Type> types = Arrays.stream(m.getParameterTypes()).map(Type::of).toList();
        Variant v = at(bits, () -> Engine.global().dispatcher(m).variant(types));
        String text = explain(v.loops());
        if (module) assertTrue(text.contains("vectorised (outer"), name + " @" + bits + ":\n" + text);
        MethodType type = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
        MethodHandle h = at(bits, () -> Hotloop.jit(m).handle(type));
        List<Integer> lengths = new ArrayList<>(List.of(0, 1, 1001));
        for (int lanes : new int[]{bits / 64, bits / 32}) lengths.addAll(List.of(lanes - 1, lanes, lanes + 1));
        long seed = 11;
        for (int n : lengths) {
            for (boolean special : new boolean[]{false, true}) {
                Object[] args = inputs(name, n, new Random(seed++), special);
                agree(m, h, args, name + " @" + bits + " n=" + n + " special=" + special);
            }
        }
    }

    /** Arguments for each kernel: sizes from {@code n}, data with uneven escape counts, specials mixed in. */
    private static Object[] inputs(String name, int n, Random r, boolean special) {
        return switch (name) {
            case "mandelRow" -> new Object[]{new int[n], 40 + r.nextInt(60), special ? SPECIAL[r.nextInt(SPECIAL.length)] : r.nextDouble() * 2.4 - 1.2};
            case "mandelImage" -> {
                int w = n % 50 + 1;
                yield new Object[]{new int[w * (n / w)], n == 0 ? 0 : w, 30 + r.nextInt(30)};
            }
            case "nbody", "nbodyParallel" -> new Object[]{doubles(r, n, special), doubles(r, n, special), doubles(r, n, special),
                    doubles(r, n, special), new double[n], new double[n], new double[n], special ? 0.0 : 0.01};
            case "firstAbove" -> new Object[]{doubles(r, n, special), sorted(r, n / 3 + 1, special), new int[n]};
            case "searchPastEnd" -> new Object[]{doubles(r, n, special), sorted(r, 9, special), new int[n], n % 3 == 0 ? 8 : 12};
            default -> throw new AssertionError(name);
        };
    }

    private static double[] doubles(Random r, int n, boolean special) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = special && r.nextInt(7) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : (r.nextDouble() - 0.5) * 10;
        return a;
    }

    private static double[] sorted(Random r, int n, boolean special) {
        double[] a = doubles(r, n, special);
        Arrays.sort(a);
        return a;
    }

    private static void agree(Method m, MethodHandle h, Object[] args, String what) throws Throwable {
        Object[] plain = copy(args), compiled = copy(args);
        Object expected, actual;
        try {
            m.setAccessible(true);
            expected = m.invoke(null, plain);
        } catch (InvocationTargetException e) {
            expected = e.getCause().getClass();
        }
        try {
            actual = h.invokeWithArguments(compiled);
        } catch (RuntimeException e) {
            actual = e.getClass();
        }
        assertEquals(expected, actual, what + ": result");
        for (int i = 0; i < args.length; i++) {
            assertTrue(Arrays.deepEquals(new Object[]{plain[i]}, new Object[]{compiled[i]}), what + ": argument " + i
                    + "\nplain    " + Arrays.deepToString(new Object[]{plain[i]}) + "\ncompiled " + Arrays.deepToString(new Object[]{compiled[i]}));
        }
    }

    private static Object[] copy(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof double[] d) out[i] = d.clone();
            else if (out[i] instanceof int[] x) out[i] = x.clone();
        }
        return out;
    }

    private static Method method(String name) {
        for (Method m : NestKernels.class.getDeclaredMethods()) if (m.getName().equals(name)) return m;
        throw new AssertionError(name);
    }

    static String explain(List<LoopReport> loops) {
        StringBuilder b = new StringBuilder();
        for (LoopReport l : loops) b.append(l.where()).append(": ").append(l.status()).append(' ').append(l.notes()).append('\n');
        return b.toString();
    }

    /** Runs {@code s} with {@code hotloop.vector.bits} set: the runtime reads it for each new variant. */
    static <T> T at(int bits, Supplier<T> s) {
        synchronized (System.class) {
            String old = System.getProperty(VectorSupport.BITS);
            System.setProperty(VectorSupport.BITS, Integer.toString(bits));
            try {
                return s.get();
            } finally {
                if (old == null) System.clearProperty(VectorSupport.BITS);
                else System.setProperty(VectorSupport.BITS, old);
            }
        }
    }
}
