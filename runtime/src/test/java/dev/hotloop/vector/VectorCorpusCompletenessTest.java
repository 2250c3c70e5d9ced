package dev.hotloop.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.annotations.Jit;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link VectorCorpus} lists every {@code @Jit} kernel of its theme files once, at least 30, each with its cases. */
class VectorCorpusCompletenessTest {
    private static final List<Class<?>> THEMES = List.of(ElementwiseKernels.class, WideningKernels.class,
            ReductionKernels.class, FastMathKernels.class, PredicatedKernels.class, AccessKernels.class,
            ParallelVectorKernels.class);

    @Test
    void everyKernelIsRegisteredOnce() {
        Set<String> declared = new TreeSet<>();
        for (Class<?> c : THEMES) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Jit.class)) declared.add(c.getSimpleName() + "." + m.getName());
            }
        }
        List<String> registered = VectorCorpus.all().stream().map(VectorKernel::title).toList();
        assertEquals(registered.size(), Set.copyOf(registered).size(), "a kernel is registered twice");
        assertEquals(declared, registered.stream().collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(registered.size() >= 30, "only " + registered.size() + " kernels");
    }

    @Test
    void everyKernelHasItsLengthsAndMethod() {
        for (VectorKernel k : VectorCorpus.all()) {
            k.spec().method(); // throws on an arity mismatch
            List<String> names = VectorCorpus.cases(k).stream().map(c -> c.name()).toList();
            if (k.spec().params().stream().anyMatch(g -> g.array())) {
                for (int len : k.parallel() ? VectorCorpus.PARALLEL_LENGTHS : VectorCorpus.LENGTHS) {
                    assertTrue(names.contains("len=" + len), k.title() + " has no case of length " + len);
                }
            }
        }
    }
}
