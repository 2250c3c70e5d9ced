package dev.hotloop;

import dev.hotloop.runtime.UfuncDispatcher;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;

/**
 * A {@code @Vectorize} scalar function applied element by element over arrays, like a NumPy ufunc.
 * Its loops are compiled by Hotloop's pipeline (the same passes as {@code @Jit} kernels, so they
 * vectorise and, with {@code target = PARALLEL}, split over the pool for large arrays).
 * <pre>
 * @Vectorize(signatures = {"float(float, float)"}, identity = "0")
 * static double add(double x, double y) { return x + y; }
 *
 * Ufunc u = Hotloop.ufunc(Kernels.class, "add");
 * double[] z = (double[]) u.apply(xs, ys);          // new array, xs and ys of one shape
 * float[] w = (float[]) u.apply(fs, 1f);            // the float variant; 1f broadcast
 * u.into(z, xs, 2.0);                               // writes z
 * double s = (double) u.reduce(xs);                 // ((xs[0] + xs[1]) + xs[2]) ...; 0.0 when empty
 * double[] c = (double[]) u.accumulate(xs);         // running sums
 * double one = (double) u.apply(0.5, 0.5);          // all scalars: a scalar
 * </pre>
 * Arguments are 1-D or rectangular 2-D primitive arrays of one shape, and boxed scalars.
 * Arrays whose element types match a declared signature use that variant, computing in its
 * precision; other arrays are read as the method's declared parameter types (converted element
 * by element, never copied), scalars widened as Java widens them. Wrong arguments throw before
 * anything is written: {@link NullPointerException} for a null array or row,
 * {@link IllegalArgumentException} naming the argument and both shapes or types otherwise.
 * Thread-safe.
 */
public final class Ufunc {
    private final UfuncDispatcher dispatcher;

    Ufunc(UfuncDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /**
     * The function over the arguments: a new array of the variant's result type and the arrays'
     * shape, or a boxed scalar when every argument is a scalar. A single 2-D array argument may be
     * passed as is.
     */
    public Object apply(Object... args) {
        return dispatcher.apply(spread(args));
    }

    /** The function written into {@code out} (of the arrays' shape, of the variant's result type); returns {@code out}. */
    public Object into(Object out, Object... args) {
        return dispatcher.into(out, spread(args));
    }

    /**
     * Folds a 1-D array with the (binary) function: {@code f(f(a[0], a[1]), a[2])...}, the identity
     * for an empty array (an {@link IllegalArgumentException} when there is none). A 2-D array is
     * folded over its rows, element-wise, into a 1-D array (NumPy's axis 0).
     */
    public Object reduce(Object array) { return dispatcher.reduce(array); }

    /** The running fold: element {@code i} is the fold of elements {@code 0..i} (rows, for a 2-D array). */
    public Object accumulate(Object array) { return dispatcher.accumulate(array); }

    /**
     * A handle of exactly {@code type}, whose parameters are primitive scalars: the variant they
     * pick, compiled now (the facade's scalar forms keep it in a static final field).
     * @throws IllegalArgumentException when the types fit no variant or the result type is not the variant's
     */
    public MethodHandle handle(MethodType type) { return dispatcher.handle(type); }

    /** The variants, in the order arrays are matched against them: {@code [float(float, float), double(double, double)]}. */
    public List<String> signatures() {
        return dispatcher.def().variants().stream().map(Object::toString).toList();
    }

    /** One entry per compiled loop (kernel {@code Kernels.add.map}, {@code .reduce}, ...). */
    public List<KernelStats> stats() { return dispatcher.stats(); }

    /** What the compiler did with each loop built so far. */
    public String explain() { return dispatcher.explain(); }

    /** {@code Kernels.add}. */
    public String name() { return dispatcher.def().name(); }

    public Method method() { return dispatcher.def().kernel().method(); }

    @Override
    public String toString() { return "Ufunc[" + name() + ", variants " + signatures() + "]"; }

    private static Object[] spread(Object[] args) {
        // apply(matrix) with a double[][] hands us the matrix as the varargs array itself
        return args == null ? new Object[] {null} : args.getClass() != Object[].class ? new Object[] {args} : args;
    }
}
