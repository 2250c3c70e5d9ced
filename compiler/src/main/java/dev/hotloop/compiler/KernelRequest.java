package dev.hotloop.compiler;

import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Type;

import java.util.List;

/**
 * One compile: the kernel method, the argument types of the variant (each the declared
 * type or one it converts from, see {@code RetypeForSignature}), options, where to read
 * classes, the internal name of the class to emit (in the kernel owner's package), and the
 * internal name of the call meter class (a final class with {@code void record(long nanos)}
 * whose instance is the hidden class's class data), or null for no measured entry.
 */
public record KernelRequest(MethodRef kernel, List<Type> argTypes, Options options, ClassSource classes,
                            String className, String meterClass, boolean keepIr) {
    public KernelRequest {
        argTypes = List.copyOf(argTypes);
    }
}
