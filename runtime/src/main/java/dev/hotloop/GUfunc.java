package dev.hotloop;

import dev.hotloop.runtime.GufuncDispatcher;

import java.lang.reflect.Method;
import java.util.List;

/**
 * A {@code @GuVectorize} method applied row by row, like a NumPy generalised ufunc. The layout
 * names each argument's core dimensions; an input with one more dimension is looped over its
 * rows (in parallel under {@code target = PARALLEL}), others are passed whole to every row.
 * <pre>
 * @GuVectorize(layout = "(n),(n)->()")
 * static void rowDot(double[] x, double[] y, double[] out) { ... out[0] = s; }
 *
 * GUfunc g = Hotloop.gufunc(Kernels.class, "rowDot");
 * double[] dots = (double[]) g.apply(matrix, weights);    // matrix double[rows][n], weights double[n]
 * g.into(dots, matrix, weights);                          // write an existing output
 * Object[] both = g.applyAll(x);                          // several outputs
 * </pre>
 * Outputs are allocated from the inputs' dimensions when not given; a scalar output {@code ()}
 * is a length-1 array per call, collected into a 1-D array over rows. Arrays of another numeric
 * element type than declared (inputs and given outputs) are read and written converted, as
 * {@code @Jit} kernels do, without copies; scalars widen. A core of two dimensions ({@code (m,n)})
 * is passed whole to every row (a 2-D input is not looped over, since that would take a 3-D array);
 * an output with such a core is allowed when no input is looped. Dimension disagreements,
 * wrong ranks and ragged arrays are {@link IllegalArgumentException}s naming the arguments and
 * their shapes; nothing is written before the checks pass. Thread-safe.
 */
public final class GUfunc {
    private final GufuncDispatcher dispatcher;

    GUfunc(GufuncDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** The (single) output for these inputs, allocated; for several outputs use {@link #applyAll}. */
    public Object apply(Object... inputs) {
        Object[] outs = dispatcher.apply(spread(inputs));
        return outs.length == 1 ? outs[0] : outs;
    }

    /** Every output, allocated, in layout order. */
    public Object[] applyAll(Object... inputs) {
        return dispatcher.apply(spread(inputs));
    }

    /** Writes the single output {@code out}; returns it. */
    public Object into(Object out, Object... inputs) {
        return dispatcher.into(new Object[] {out}, spread(inputs))[0];
    }

    /** Writes {@code outs} (one per layout output; a null entry is allocated); returns the outputs. */
    public Object[] intoAll(Object[] outs, Object... inputs) {
        return dispatcher.into(outs, spread(inputs));
    }

    /** The layout, {@code (n),(n)->()}. */
    public String layout() { return dispatcher.def().layout().toString(); }

    public List<KernelStats> stats() { return dispatcher.stats(); }

    public String explain() { return dispatcher.explain(); }

    public String name() { return dispatcher.def().name(); }

    public Method method() { return dispatcher.def().kernel().method(); }

    @Override
    public String toString() { return "GUfunc[" + name() + ", " + layout() + "]"; }

    private static Object[] spread(Object[] args) {
        return args == null ? new Object[] {null} : args.getClass() != Object[].class ? new Object[] {args} : args;
    }
}
