package dev.hotloop.vector.outer;

import dev.hotloop.Hotloop;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.runtime.Engine;
import dev.hotloop.runtime.Variant;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A random draw before the inner loop of an outer-loop vectorised nest ({@link NestKernels#randomStart}):
 * one vector draw per vector iteration from the runtime's lane generator, so a seeded call repeats
 * exactly at one width, and every lane runs its own escape count.
 */
class OuterRandomTest {
    @Test
    void seededDrawsRepeatAndEveryLaneCountsItsOwnSteps() throws Throwable {
        boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        Method m = NestKernels.class.getDeclaredMethod("randomStart", int[].class, int.class);
        List<Type> types = Arrays.stream(m.getParameterTypes()).map(Type::of).toList();
        for (int bits : new int[]{128, 256, 512}) {
            Variant v = OuterDifferentialTest.at(bits, () -> Engine.global().dispatcher(m).variant(types));
            String text = OuterDifferentialTest.explain(v.loops());
            if (module) assertTrue(text.contains("vectorised (outer"), bits + ":\n" + text);
            MethodHandle h = OuterDifferentialTest.at(bits, () -> Hotloop.jit(m).handle(MethodType.methodType(void.class, int[].class, int.class)));
            int[] first = new int[1001], again = new int[1001];
            Hotloop.seed(42);
            h.invokeExact(first, 40);
            Hotloop.seed(42);
            h.invokeExact(again, 40);
            assertArrayEquals(first, again, "seeded calls @" + bits);
            // u in [0, 1) reaches 0.9 within 27 steps of u * 1.1 + 0.01
            Set<Integer> seen = new HashSet<>();
            for (int s : first) {
                assertTrue(s >= 0 && s <= 27, "steps " + s + " @" + bits);
                seen.add(s);
            }
            assertTrue(seen.size() > 5, "too few different counts @" + bits + ": " + seen);
        }
    }
}
