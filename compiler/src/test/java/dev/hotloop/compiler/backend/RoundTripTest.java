package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.PhaseTimer;
import dev.hotloop.compiler.frontend.FrontEnd;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.hotloop.compiler.backend.EmitHarness.define;
import static dev.hotloop.compiler.backend.EmitHarness.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Differential test of front end plus back end: each kernel of {@link RoundTripKernels} is read
 * from its class file, emitted, and must return (and leave in its array arguments) exactly what
 * the plain method does, or throw the same exception type.
 */
class RoundTripTest {
    private static final ClassSource CLASSES = name -> {
        try (InputStream in = RoundTripTest.class.getClassLoader().getResourceAsStream(name + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    };

    private static final double[] ODD_DOUBLES = {1.5, -0.0, Double.NaN, 1e300, -7.25, Double.NEGATIVE_INFINITY};

    private static Object[][] cases(String kernel) {
        return switch (kernel) {
            case "sum" -> new Object[][] {{new double[] {0.1, 0.2, 0.3, 1e17, -1e17}}, {new double[0]}, {null}};
            case "dot" -> new Object[][] {{new float[] {1.5f, -2, 3e-7f}, new float[] {2, 0.25f, 1e7f}}, {new float[] {1}, new float[0]}};
            case "fib" -> new Object[][] {{0}, {1}, {15}};
            case "fibIter" -> new Object[][] {{0}, {1}, {90}};
            case "gcd" -> new Object[][] {{12L, 18L}, {17L, 0L}, {Long.MIN_VALUE, -1L}};
            case "matmul" -> new Object[][] {{new double[][] {{1, 2}, {3, 4}, {5, 6}}, new double[][] {{1, 0.5, -1}, {2, 0, 1e-3}}},
                    {new double[][] {{1}}, new double[][] {}}};
            case "histogram" -> new Object[][] {{new int[] {1, 5, 7, 9, 11}, 4}, {new int[] {1}, 0}, {new int[] {-3}, 4}, {new int[] {1}, -1}};
            case "minMax" -> new Object[][] {{ODD_DOUBLES}, {new double[] {2, -3}}, {new double[0]}};
            case "conversions", "classify" -> {
                List<Object[]> out = new ArrayList<>();
                for (double a : ODD_DOUBLES) for (double b : new double[] {3e9, -0.5, 70000.7, 0.0, Double.NaN}) {
                    out.add(kernel.equals("classify") ? new Object[] {a, b} : new Object[] {a * b});
                }
                yield out.toArray(Object[][]::new);
            }
            case "fallthrough" -> new Object[][] {{1}, {2}, {10}, {1000}, {3}, {-1}};
            case "bits" -> new Object[][] {{0L}, {-1L}, {0x8000_0001L}};
            case "divide" -> new Object[][] {{7, 2}, {-7, 2}, {Integer.MIN_VALUE, -1}, {1, 0}};
            case "countTrue" -> new Object[][] {{new boolean[] {true, false, true}, new byte[] {-1, -1, 5}},
                    {new boolean[] {true}, new byte[0]}};
            case "notLess" -> new Object[][] {{new float[] {1, Float.NaN, -0.0f, 0, 2}, 0.0f}, {new float[] {1}, Float.NaN}};
            case "firstNegativeRow" -> new Object[][] {{new int[][] {{1, 2}, {-1, 50}, {3, 100, 4}}, 10}, {new int[][] {{1}, null}, 10}};
            case "squares" -> new Object[][] {{0}, {10}};
            case "weighted" -> new Object[][] {{new double[] {1, 2, 3, 4, 5}}, {ODD_DOUBLES}};
            case "lengthOrMinus", "nullLength", "alloc" -> new Object[][] {{3}, {0}, {-2}};
            case "prefix" -> new Object[][] {{new long[] {1, 2, 3, Long.MAX_VALUE}}, {new long[0]}};
            case "letters" -> new Object[][] {{"hello, world".toCharArray()}};
            case "collatz" -> new Object[][] {{27L}, {1L}};
            case "smallOps" -> new Object[][] {{new short[] {1, 30000, -5}, new byte[] {100, -128, 3}}, {new short[] {1}, new byte[0]}};
            case "countdownFromEntry" -> new Object[][] {{100}, {5}, {Integer.MIN_VALUE + 1}};
            case "bump" -> new Object[][] {{new long[] {1, 2, 3}, 1}, {new long[] {1, 2}, 1}, {null, 0}};
            case "pickOrZero" -> new Object[][] {{new double[] {2.5}, 0, 1.0}, {new double[] {2.5}, 1, 0.0}, {null, 0, 1.0}};
            case "library" -> {
                List<Object[]> out = new ArrayList<>();
                for (double x : ODD_DOUBLES) out.add(new Object[] {x});
                out.add(new Object[] {-13.7});
                yield out.toArray(Object[][]::new);
            }
            case "evenSteps" -> new Object[][] {{0}, {7}, {100}};
            case "parity" -> new Object[][] {{3}, {-4}};
            case "mixed" -> new Object[][] {{(byte) -3, (short) 300, 'x', -77777, Long.MIN_VALUE + 5, 2.5e10f, -1e19, true},
                    {(byte) 127, (short) -1, '\uffff', Integer.MAX_VALUE, 42L, Float.NaN, Double.NaN, false}};
            case "smallArrays" -> new Object[][] {{new byte[] {0, 127}, new short[] {0, 20000}, new char[] {0, 65500},
                    new boolean[] {false, false}, new long[] {0, Long.MIN_VALUE}, new float[] {0, 0.0f}},
                    {new byte[2], new short[2], new char[2], new boolean[1], new long[2], new float[2]}};
            case "triangle" -> new Object[][] {{4}, {0}, {-1}};
            default -> throw new IllegalArgumentException("no cases for " + kernel);
        };
    }

    @Test
    void everyKernelBehavesLikeJava() throws Throwable {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Method m : RoundTripKernels.class.getDeclaredMethods()) {
            // Private methods are helpers reached through the kernels (parity is both).
            if (m.isSynthetic() || Modifier.isPrivate(m.getModifiers())) continue;
            MethodRef ref = new MethodRef(org.objectweb.asm.Type.getInternalName(RoundTripKernels.class), m.getName(),
                    org.objectweb.asm.Type.getMethodDescriptor(m));
            Program p = FrontEnd.read(CLASSES, ref, new PhaseTimer());
            MethodHandle compiled = method(define(p, null, null), "invoke", p.kernel());
            m.setAccessible(true);
            for (Object[] args : cases(m.getName())) {
                Object[] plainArgs = deepCopy(args), jitArgs = deepCopy(args);
                String want = outcome(() -> m.invoke(null, plainArgs), plainArgs);
                String got = outcome(() -> compiled.invokeWithArguments(jitArgs), jitArgs);
                if (!want.equals(got)) failures.add(m.getName() + Arrays.deepToString(args) + ": java " + want + ", compiled " + got);
                checked++;
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(checked > 60, "checked " + checked);
    }

    private interface Call {
        Object run() throws Throwable;
    }

    /** The result (or exception type) and the arguments after the call, as text with exact float bits. */
    private static String outcome(Call c, Object[] args) {
        String r;
        try {
            r = show(c.run());
        } catch (InvocationTargetException e) {
            r = "throws " + e.getCause().getClass().getName();
        } catch (Throwable e) {
            r = "throws " + e.getClass().getName();
        }
        return r + " args " + show(args);
    }

    private static String show(Object o) {
        if (o == null) return "null";
        if (o instanceof Double d) return d + "#" + Long.toHexString(Double.doubleToRawLongBits(d));
        if (o instanceof Float f) return f + "#" + Integer.toHexString(Float.floatToRawIntBits(f));
        if (!o.getClass().isArray()) return o + ":" + o.getClass().getSimpleName();
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < Array.getLength(o); i++) b.append(show(Array.get(o, i))).append(',');
        return b.append(']').toString();
    }

    private static Object[] deepCopy(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) out[i] = copy(args[i]);
        return out;
    }

    private static Object copy(Object o) {
        if (o == null || !o.getClass().isArray()) return o;
        int n = Array.getLength(o);
        Object c = Array.newInstance(o.getClass().getComponentType(), n);
        for (int i = 0; i < n; i++) Array.set(c, i, copy(Array.get(o, i)));
        return c;
    }
}
