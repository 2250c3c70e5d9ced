package dev.hotloop;

import dev.hotloop.runtime.Dispatcher;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;

/**
 * A kernel ready to run: compiled per argument types on first use, cached, measured.
 * <pre>
 * JitFunction f = Hotloop.jit(Kernels.class, "monteCarloPi");
 * double pi = (double) f.invoke(10_000_000L);                     // compiles double(long), runs it
 * MethodHandle h = f.handle(MethodType.methodType(double.class, long.class));
 * double again = (double) h.invokeExact(1000L);                    // no boxing, no lookup
 * System.out.println(f.signatures() + "\n" + f.explain());
 * </pre>
 * Thread-safe; functions for the same method share their variants and stats.
 */
public final class JitFunction {
    private final Dispatcher dispatcher;

    JitFunction(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /**
     * Runs the kernel on boxed scalars and primitive arrays, compiling the variant for their
     * runtime types on first use. Widened scalars ({@code int} for {@code long}) and arrays of
     * another numeric element type ({@code float[]} for {@code double[]}) are accepted. A
     * single {@code double[][]} argument may be passed as is: it is not spread as varargs.
     *
     * @return the kernel's result, boxed; null for a void kernel
     * @throws IllegalArgumentException when an argument fits no parameter (naming both types)
     * @throws HotloopCompileException  when the variant cannot be compiled and there is no fallback
     */
    public Object invoke(Object... args) {
        // invoke(matrix) with a double[][] hands us the matrix as the varargs array itself
        Object[] a = args == null ? new Object[] {null} : args.getClass() != Object[].class ? new Object[] {args} : args;
        return dispatcher.invoke(a);
    }

    /**
     * A handle of exactly {@code type}, running the variant for its parameter types (compiled
     * now if needed). Its calls are counted in {@link #stats()}. Keep it in a static final
     * field: a handle in a non-final field costs about five times a direct call.
     *
     * @throws IllegalArgumentException when the type fits no variant (wrong parameter or return type)
     * @throws HotloopCompileException  when the variant cannot be compiled and there is no fallback
     */
    public MethodHandle handle(MethodType type) { return dispatcher.handle(type); }

    /** Signatures of the variants built so far, in build order: {@code ["double(long)", "double(int)"]}. */
    public List<String> signatures() { return dispatcher.signatures(); }

    /** One entry per variant, as {@link #signatures()}. */
    public List<KernelStats> stats() { return dispatcher.stats(); }

    /** Per variant, what the compiler did with each loop, or why the original method runs. */
    public String explain() { return dispatcher.explain(); }

    /** {@code Kernels.monteCarloPi}. */
    public String name() { return dispatcher.kernel().name(); }

    public Method method() { return dispatcher.kernel().method(); }

    @Override
    public String toString() { return "JitFunction[" + name() + ", variants " + signatures() + "]"; }
}
