package dev.hotloop.compiler;

import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Type;

import java.util.List;

/**
 * One compile: the kernel method, the argument types of the variant (each the declared
 * type or one it converts from, see {@code RetypeForSignature}), options, where to read
 * classes, the internal name of the class to emit (in the kernel owner's package), and the
 * internal name of the call meter class (a final class with {@code void record(long nanos)}
 * whose instance is the hidden class's class data), or null for no measured entry; and the
 * internal name of the kernel random class, or null to draw from the JDK instead (see
 * {@code backend.RandomDraws}): the runtime passes {@code dev/hotloop/runtime/KernelRandom}, which
 * the compiler only names and never loads.
 */
public record KernelRequest(MethodRef kernel, List<Type> argTypes, Options options, ClassSource classes,
                            String className, String meterClass, boolean keepIr, String randomClass) {
    public KernelRequest {
        argTypes = List.copyOf(argTypes);
    }

    /** A request whose random draws go to the JDK (no runtime on the class path: compiler tests). */
    public KernelRequest(MethodRef kernel, List<Type> argTypes, Options options, ClassSource classes,
                         String className, String meterClass, boolean keepIr) {
        this(kernel, argTypes, options, classes, className, meterClass, keepIr, null);
    }
}
