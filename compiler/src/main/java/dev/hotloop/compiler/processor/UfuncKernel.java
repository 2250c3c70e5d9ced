package dev.hotloop.compiler.processor;

import dev.hotloop.compiler.ir.Signature;

import java.util.ArrayList;
import java.util.List;

/**
 * A checked {@code @Vectorize} method, as its facade needs it: the name, the parameter names, and
 * its variants, the method's own signature first, then each declared signature whose parameter
 * types differ from every earlier one (one set of facade methods each).
 * <pre>@Vectorize(signatures = "float(float, float)") static double relDiff(double x, double y)
 *   ==> UfuncKernel(relDiff, [x, y], [double(double, double), float(float, float)])</pre>
 */
public record UfuncKernel(String name, List<String> paramNames, List<Signature> variants) {
    public UfuncKernel {
        paramNames = List.copyOf(paramNames);
        List<Signature> distinct = new ArrayList<>();
        for (Signature s : variants) {
            if (distinct.stream().noneMatch(d -> d.params().equals(s.params()))) distinct.add(s);
        }
        variants = List.copyOf(distinct);
    }

    /** {@code relDiff} ==> {@code relDiffUfunc}. */
    public String accessorName() {
        return name + "Ufunc";
    }

    /** The name of the facade's {@code out} parameter: {@code out}, unless a parameter already has it. */
    public String outName() {
        String n = "out";
        while (paramNames.contains(n)) n += "$";
        return n;
    }
}
