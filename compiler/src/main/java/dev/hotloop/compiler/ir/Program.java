package dev.hotloop.compiler.ir;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one compile works on: the kernel function and the kernel-language helpers it calls
 * (by the method each was read from). Helpers not inlined become static methods of the
 * same generated class.
 */
public final class Program {
    private final Function kernel;
    private final Map<MethodRef, Function> helpers = new LinkedHashMap<>();

    public Program(Function kernel) {
        this.kernel = kernel;
    }

    public Function kernel() { return kernel; }

    public Map<MethodRef, Function> helpers() { return helpers; }
}
