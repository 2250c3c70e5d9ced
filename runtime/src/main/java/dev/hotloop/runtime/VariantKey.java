package dev.hotloop.runtime;

import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.Type;

import java.lang.reflect.Method;
import java.util.List;

/**
 * What makes two variants the same compiled code: the kernel, the argument types and the
 * options. {@code sum(double[])} called with a {@code float[]} is another key than with a
 * {@code double[]}; the same kernel under {@code fastmath} is another key again.
 */
public record VariantKey(Method method, List<Type> argTypes, Options options) {
    public VariantKey {
        argTypes = List.copyOf(argTypes);
    }
}
