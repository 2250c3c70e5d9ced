package dev.hotloop;

import dev.hotloop.runtime.Engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Hotloop's entry point: turns static methods into {@link JitFunction}s and reports what
 * compiling and running them cost.
 * <pre>
 * JitFunction f = Hotloop.jit(Kernels.class, "monteCarloPi");
 * double pi = (double) f.invoke(10_000_000L);
 * System.out.print(Hotloop.report());
 * </pre>
 * System properties (read once): {@code hotloop.disable=true} runs every original method,
 * {@code hotloop.dump=DIR} writes each variant's IR and class file, {@code hotloop.report=true}
 * prints {@link #report()} to standard error at exit, {@code hotloop.threads=N} sets the pool size.
 */
public final class Hotloop {
    private Hotloop() {}

    /**
     * The unique static method {@code name} declared by {@code owner}, as a kernel.
     * @throws IllegalArgumentException when there is no such static method, or several overloads
     *         (use {@link #jit(Method)} then), or it cannot be a kernel
     */
    public static JitFunction jit(Class<?> owner, String name) {
        return jit(method(owner, name, "jit"));
    }

    /**
     * The {@code @Vectorize} method {@code name} of {@code owner} as a ufunc.
     * @throws IllegalArgumentException when there is no such unique static method, it is not
     *         annotated {@code @Vectorize}, or its signatures are malformed
     */
    public static Ufunc ufunc(Class<?> owner, String name) {
        return new Ufunc(Engine.global().ufunc(method(owner, name, "ufunc")));
    }

    /**
     * The {@code @GuVectorize} method {@code name} of {@code owner} as a generalised ufunc.
     * @throws IllegalArgumentException when there is no such unique static method, it is not
     *         annotated {@code @GuVectorize}, or its layout does not fit its parameters
     */
    public static GUfunc gufunc(Class<?> owner, String name) {
        return new GUfunc(Engine.global().gufunc(method(owner, name, "gufunc")));
    }

    /** The unique static method {@code name} of {@code owner}; {@code api} names the lookup for the error message. */
    private static Method method(Class<?> owner, String name, String api) {
        List<Method> named = Arrays.stream(owner.getDeclaredMethods())
                .filter(m -> m.getName().equals(name) && !m.isSynthetic() && !m.isBridge())
                .toList();
        List<Method> statics = named.stream().filter(m -> Modifier.isStatic(m.getModifiers())).toList();
        if (statics.size() == 1) return statics.getFirst();
        String where = owner.getName() + "." + name;
        if (statics.isEmpty()) {
            throw new IllegalArgumentException(named.isEmpty()
                    ? "no method " + where + ": kernels are static methods declared in the class given"
                    : where + " is not static: kernels are static methods");
        }
        String overloads = statics.stream()
                .map(m -> name + Arrays.stream(m.getParameterTypes()).map(Class::getTypeName)
                        .collect(Collectors.joining(", ", "(", ")")))
                .sorted().collect(Collectors.joining(", "));
        throw new IllegalArgumentException(where + " is ambiguous: " + statics.size() + " static overloads "
                + overloads + "; pick one with Hotloop." + api + "(Method)");
    }

    /**
     * {@code method} as a kernel; compiles its {@code @Jit(signatures)} now.
     * @throws IllegalArgumentException  when it is not static or has non-primitive types
     * @throws HotloopCompileException   when a declared signature does not compile and there is no fallback
     */
    public static JitFunction jit(Method method) {
        return new JitFunction(Engine.global().dispatcher(method));
    }

    /** Every kernel and variant so far: compile time against first-call and total run time. */
    public static String report() { return Engine.global().report(); }

    /** Sets the pool size for parallel loops. */
    public static void threads(int n) { Engine.global().threads(n); }

    /** The pool size: {@code hotloop.threads}, else the number of processors, unless set. */
    public static int threads() { return Engine.global().threads(); }

    /** Restarts kernel random numbers from {@code seed}: the calls after it are reproducible. */
    public static void seed(long seed) { Engine.global().seed(seed); }
}
