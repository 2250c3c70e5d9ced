package dev.hotloop.runtime;

import dev.hotloop.annotations.Jit;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Type;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A kernel as declared: the static method, its parameter and result types, and the options
 * of its {@code @Jit} (defaults without one).
 * <pre>@Jit(fastmath = true) static double dot(double[] x, double[] y)
 *   ==> Kernel[name=Kernels.dot, params=[f64[], f64[]], result=f64, options=serial,fastmath]</pre>
 *
 * @param options    the declared options; their {@code vectorBits} is always 0, see {@link #options(int)}
 * @param signatures {@code @Jit(signatures = ...)}, compiled eagerly
 */
public record Kernel(Method method, String name, List<Type> params, Type result, Options options,
                     boolean fallback, boolean cache, List<String> signatures) {
    public Kernel {
        params = List.copyOf(params);
        signatures = List.copyOf(signatures);
    }

    /** Reads a method's declaration; {@link IllegalArgumentException} if it cannot be a kernel. */
    public static Kernel of(Method m) {
        String name = nameOf(m);
        if (!Modifier.isStatic(m.getModifiers())) {
            throw new IllegalArgumentException(name + " is not static: kernels are static methods");
        }
        List<Type> params = new ArrayList<>();
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            params.add(kernelType(m, name, i, types[i]));
        }
        Type result = m.getReturnType() == void.class ? Type.VOID : kernelType(m, name, -1, m.getReturnType());
        JitDeclaration jit = declaration(m);
        if (!jit.present()) {
            return new Kernel(m, name, params, result, Options.SERIAL, false, false, List.of());
        }
        // the width is not declared: each variant takes it from VectorSupport when it is built
        Options o = new Options(jit.parallel(), jit.fastmath(), 0);
        return new Kernel(m, name, params, result, o, jit.fallback(), jit.cache(), jit.signatures());
    }

    /** The {@code @Jit} from the class file (no annotation proxy: see {@link JitDeclaration}), else by reflection. */
    private static JitDeclaration declaration(Method m) {
        JitDeclaration fromClassFile = JitDeclaration.of(m);
        if (fromClassFile != null) return fromClassFile;
        Jit jit = m.getAnnotation(Jit.class);
        if (jit == null) return JitDeclaration.NONE;
        return new JitDeclaration(jit.parallel(), jit.fastmath(), jit.cache(), jit.fallback(), Arrays.asList(jit.signatures()));
    }

    private static Type kernelType(Method m, String name, int index, Class<?> c) {
        if (ArgTypes.isKernelClass(c)) return Type.of(c);
        String what = index < 0 ? "returns" : parameter(m, index) + " has type";
        throw new IllegalArgumentException(name + ": " + what + " " + c.getTypeName()
                + "; kernels take and return primitives and 1-D or 2-D primitive arrays");
    }

    /** {@code Kernels.monteCarloPi}: the owner's binary name without its package, then the method. */
    public static String nameOf(Method m) {
        String owner = m.getDeclaringClass().getName();
        return owner.substring(owner.lastIndexOf('.') + 1) + "." + m.getName();
    }

    /** {@code parameter 1 (ys)}, or {@code parameter 1} when the class was compiled without {@code -parameters}. */
    public static String parameter(Method m, int index) {
        Parameter p = m.getParameters()[index];
        return p.isNamePresent() ? "parameter " + index + " (" + p.getName() + ")" : "parameter " + index;
    }

    public String parameter(int index) { return parameter(method, index); }

    /** The declared options at a Vector API width ({@link VectorSupport#bits()}: 0, 128, 256 or 512). */
    public Options options(int vectorBits) {
        return new Options(options.parallel(), options.fastmath(), vectorBits, VectorSupport.leaveToC2(),
                VectorSupport.streamBits(vectorBits));
    }

    public Class<?> owner() { return method.getDeclaringClass(); }

    public MethodType methodType() { return MethodType.methodType(method.getReturnType(), method.getParameterTypes()); }

    public MethodRef ref() {
        return new MethodRef(owner().getName().replace('.', '/'), method.getName(), methodType().toMethodDescriptorString());
    }
}
