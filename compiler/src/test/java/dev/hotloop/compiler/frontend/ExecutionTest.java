package dev.hotloop.compiler.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.compiler.PhaseTimer;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Verifier;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Differential test: each kernel of {@link TestKernels} runs as plain Java and through
 * {@link IrInterpreter} on the same random inputs (NaN, -0.0 and empty arrays included), and
 * must return the same value, leave the arrays in the same state, or throw the same exception.
 */
class ExecutionTest {
    private static final Set<String> SKIP = Set.of("randoms");
    private static final double[] DOUBLES = {0.0, -0.0, 1.5, -2.25, 3.0, Double.NaN, Double.POSITIVE_INFINITY, 7.0};

    @Test
    void irAgreesWithJava() throws Exception {
        Random rnd = new Random(42);
        int kernels = 0;
        for (Method m : TestKernels.class.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) || m.isSynthetic() || SKIP.contains(m.getName())) continue;
            m.setAccessible(true);
            Program p = FrontEnd.read(FrontEndTest.LOADER, FrontEndTest.ref(TestKernels.class, m.getName()), new PhaseTimer());
            Verifier.verify(p);
            for (int run = 0; run < 40; run++) {
                Object[] args = new Object[m.getParameterCount()];
                for (int k = 0; k < args.length; k++) args[k] = arg(m.getParameterTypes()[k], rnd);
                Object[] copy = deepCopy(args);
                String expected = outcome(() -> m.invoke(null, args), args);
                String actual = outcome(() -> new IrInterpreter(p).run(copy), copy);
                assertEquals(expected, actual, m.getName() + Arrays.deepToString(deepCopy(args)));
            }
            kernels++;
        }
        assertTrue(kernels >= 25);
    }

    interface Call {
        Object call() throws Exception;
    }

    static String outcome(Call c, Object[] args) {
        Object r;
        try {
            r = c.call();
        } catch (InvocationTargetException e) {
            return "throws " + e.getCause().getClass().getSimpleName();
        } catch (RuntimeException e) {
            return "throws " + e.getClass().getSimpleName();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        // the IR computes booleans as i32 0/1
        return show(r instanceof Boolean z ? (z ? 1 : 0) : r) + " / " + show(args);
    }

    private static String show(Object o) {
        return o == null ? "null" : o.getClass().isArray() ? Arrays.deepToString(new Object[] {o}) : o.toString();
    }

    static Object arg(Class<?> c, Random rnd) {
        if (c == int.class) return rnd.nextBoolean() ? rnd.nextInt(4) : rnd.nextInt(21); // small ones index arrays
        if (c == long.class) return 1L + rnd.nextInt(50);
        if (c == double.class) return DOUBLES[rnd.nextInt(DOUBLES.length)];
        if (c == float.class) return (float) DOUBLES[rnd.nextInt(DOUBLES.length)];
        if (c == boolean.class) return rnd.nextBoolean();
        if (c == byte.class) return (byte) (rnd.nextInt(256) - 128);
        if (c == short.class) return (short) rnd.nextInt();
        if (c == char.class) return (char) rnd.nextInt(65536);
        if (c.isArray()) {
            boolean matrix = c.getComponentType().isArray();
            int n = matrix ? 1 + rnd.nextInt(3) : rnd.nextInt(5) == 0 ? 0 : 2 + rnd.nextInt(4);
            Object a = Array.newInstance(c.getComponentType(), n);
            int cols = 1 + rnd.nextInt(3);
            for (int i = 0; i < n; i++) {
                Object v;
                if (matrix) {
                    v = Array.newInstance(c.getComponentType().getComponentType(), cols);
                    for (int j = 0; j < cols; j++) Array.set(v, j, arg(c.getComponentType().getComponentType(), rnd));
                } else {
                    v = arg(c.getComponentType(), rnd);
                }
                Array.set(a, i, v);
            }
            return a;
        }
        throw new IllegalArgumentException(c.getName());
    }

    static Object[] deepCopy(Object[] args) {
        Object[] out = args.clone();
        for (int k = 0; k < out.length; k++) out[k] = copy(out[k]);
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
