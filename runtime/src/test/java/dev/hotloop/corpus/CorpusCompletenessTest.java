package dev.hotloop.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.annotations.Jit;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The corpus lists every {@code @Jit} kernel of its theme files, each once, and has at least 45. */
class CorpusCompletenessTest {
    private static final List<Class<?>> THEMES = List.of(ArithmeticKernels.class, BitKernels.class,
            CompareKernels.class, ConversionKernels.class, SmallTypeKernels.class, ControlKernels.class,
            ArrayKernels.class, GridKernels.class, LoopKernels.class, ParallelKernels.class, MathKernels.class, NumericHelperKernels.class, HelperKernels.class);

    @Test
    void everyKernelIsRegisteredOnce() {
        Set<String> declared = new TreeSet<>();
        for (Class<?> c : THEMES) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Jit.class)) {
                    assertTrue(Modifier.isStatic(m.getModifiers()), m + " is not static");
                    declared.add(c.getSimpleName() + "." + m.getName());
                }
            }
        }
        List<String> registered = Corpus.all().stream().map(KernelSpec::title).toList();
        assertEquals(registered.size(), Set.copyOf(registered).size(), "a kernel is registered twice");
        assertEquals(declared, registered.stream().collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(registered.size() >= 45, "only " + registered.size() + " kernels");
    }

    @Test
    void everySpecMatchesItsMethod() {
        for (KernelSpec k : Corpus.all()) {
            k.method(); // throws on an arity mismatch or an ambiguous name
            assertTrue(ArgSets.of(k).size() >= 8, k.title() + " has too few cases");
        }
    }
}
