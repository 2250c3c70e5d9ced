package dev.hotloop.corpus;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * One kernel of the corpus: where it is and how to make each of its arguments.
 * <pre>new KernelSpec(ArithmeticKernels.class, "intArith", List.of(Gen.INT, Gen.INT))</pre>
 */
public record KernelSpec(Class<?> owner, String name, List<Gen> params) {
    public KernelSpec {
        params = List.copyOf(params);
    }

    /** The kernel's display name, {@code ArithmeticKernels.intArith}. */
    public String title() { return owner.getSimpleName() + "." + name; }

    /** The one declared method of this name (kernel names are unique in their class). */
    public Method method() {
        List<Method> found = new ArrayList<>();
        for (Method m : owner.getDeclaredMethods()) if (m.getName().equals(name)) found.add(m);
        if (found.size() != 1) throw new IllegalStateException(title() + ": expected one method, found " + found.size());
        Method m = found.get(0);
        if (m.getParameterCount() != params.size()) {
            throw new IllegalStateException(title() + ": " + m.getParameterCount() + " parameters but " + params.size() + " generators");
        }
        m.setAccessible(true);
        return m;
    }
}
