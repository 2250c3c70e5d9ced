package dev.hotloop.compiler.processor;

import dev.hotloop.compiler.ir.Signature;

import java.util.ArrayList;
import java.util.List;

/**
 * A checked {@code @Jit} method, as its facade needs it: the name, the parameter names, the
 * method's own signature and the extra signatures declared in {@code @Jit(signatures = ...)}.
 * <pre>@Jit(signatures = "double(float[], double)") static double scale(double[] xs, double k)
 *   ==> JitKernel(scale, [xs, k], double(double[], double), varargs=false, extra=[double(float[], double)])</pre>
 * Invariant (established by {@link Checks}): every extra signature has as many parameters as
 * {@code own}, and no two of {@link #overloads()} have the same parameter types.
 */
public record JitKernel(String name, List<String> paramNames, Signature own, boolean varargs, List<Signature> extra) {
    public JitKernel {
        paramNames = List.copyOf(paramNames);
        extra = List.copyOf(extra);
        if (paramNames.size() != own.params().size()) {
            throw new IllegalArgumentException(name + ": " + paramNames.size() + " names for " + own);
        }
    }

    /** The own signature first, then the extra ones: one facade method each. */
    public List<Signature> overloads() {
        List<Signature> all = new ArrayList<>(extra.size() + 1);
        all.add(own);
        all.addAll(extra);
        return all;
    }

    /** The name of the facade's accessor for this kernel's {@code JitFunction}: {@code scale} ==> {@code scaleFunction}. */
    public String accessorName() {
        return name + "Function";
    }
}
