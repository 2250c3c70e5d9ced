package dev.hotloop.runtime;

import dev.hotloop.annotations.GuVectorize;
import dev.hotloop.annotations.Target;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.processor.Layout;

import java.lang.reflect.Method;
import java.util.List;

/**
 * A {@code @GuVectorize} method as declared: its layout, and which parameters are inputs (the
 * first as many as the layout has) and outputs (the rest). An input of core layout {@code ()} is a
 * scalar parameter; an output of layout {@code ()} is a length-1 array parameter, as in Numba.
 * <pre>
 * @GuVectorize(layout = "(n),(n)->()")
 * static void rowDot(double[] x, double[] y, double[] out)   ==> inputs x, y; output out (a scalar per row)
 * </pre>
 */
public record GufuncDef(Kernel kernel, Layout layout, boolean parallel) {
    /** Reads {@code m}'s {@code @GuVectorize}; {@link IllegalArgumentException} saying what does not fit. */
    public static GufuncDef of(Method m) {
        Kernel k = Kernel.of(m);
        GuVectorize g = m.getAnnotation(GuVectorize.class);
        if (g == null) throw new IllegalArgumentException(k.name() + " is not annotated @GuVectorize");
        Layout layout;
        try {
            layout = Layout.parse(g.layout());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(k.name() + ": " + e.getMessage(), e);
        }
        int nIn = layout.inputs().size(), nOut = layout.outputs().size();
        if (!k.result().isVoid()) throw new IllegalArgumentException(k.name() + ": a @GuVectorize method returns void and writes its outputs");
        if (k.params().size() != nIn + nOut) {
            throw new IllegalArgumentException(k.name() + ": layout \"" + layout + "\" has " + nIn + " inputs and " + nOut
                    + " outputs, the method " + k.params().size() + " parameters");
        }
        for (int i = 0; i < nIn + nOut; i++) {
            boolean out = i >= nIn;
            int core = (out ? layout.outputs().get(i - nIn) : layout.inputs().get(i)).size();
            Type t = k.params().get(i);
            int want = out && core == 0 ? 1 : core;
            if (t.dims() != want || core > 2) {
                throw new IllegalArgumentException(k.name() + ": " + k.parameter(i) + " is " + t.javaName() + " but its layout "
                        + spell(out ? layout.outputs().get(i - nIn) : layout.inputs().get(i))
                        + (core > 2 ? " has more than two core dimensions: kernels take arrays of up to 2 dimensions"
                        : " wants " + (want == 0 ? "a scalar" : want == 1 && out && core == 0 ? "a length-1 array" : want + "-D array")));
            }
        }
        return new GufuncDef(k, layout, g.target() == Target.PARALLEL);
    }

    static String spell(List<String> dims) {
        return "(" + String.join(",", dims) + ")";
    }

    public String name() { return kernel.name(); }

    public int inputs() { return layout.inputs().size(); }

    public int outputs() { return layout.outputs().size(); }

    /** Core dimension names of parameter {@code i} (inputs, then outputs). */
    public List<String> core(int i) {
        return i < inputs() ? layout.inputs().get(i) : layout.outputs().get(i - inputs());
    }
}
