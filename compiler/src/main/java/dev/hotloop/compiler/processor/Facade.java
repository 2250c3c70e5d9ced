package dev.hotloop.compiler.processor;

import java.util.List;

/**
 * What the processor generates for one class with {@code @Jit}, {@code @Vectorize} or {@code @GuVectorize} methods: the facade's package
 * and name, how its code reaches the kernel class, and the kernels.
 * <pre>p.Kernels       ==> Facade(p, KernelsJit,       p.Kernels,       null, public, [...])
 * p.Outer.Kernels ==> Facade(p, Outer_KernelsJit, p.Outer.Kernels, null, public, [...])</pre>
 *
 * @param packageName   the kernel class's package ("" for the unnamed package)
 * @param simpleName    the facade's name: the kernel class's simple names joined by {@code _}, plus {@code Jit}
 * @param ownerName     the kernel class's canonical name, {@code p.Outer.Kernels}
 * @param privateOwnerBinaryName the kernel class's binary name ({@code p.Outer$Kernels}) when it or an
 *                      enclosing class is private, so that no class literal compiles: the facade then
 *                      loads it by name; null otherwise
 * @param isPublic      whether the facade is public: only when the kernel class is public all the way out
 * @param kernels       the {@code @Jit} methods that passed the checks, in source order
 * @param ufuncs        the {@code @Vectorize} methods that passed the checks, in source order
 * @param gufuncs       the names of the {@code @GuVectorize} methods that passed the checks
 */
public record Facade(String packageName, String simpleName, String ownerName, String privateOwnerBinaryName,
                     boolean isPublic, List<JitKernel> kernels, List<UfuncKernel> ufuncs, List<String> gufuncs) {
    public Facade {
        kernels = List.copyOf(kernels);
        ufuncs = List.copyOf(ufuncs);
        gufuncs = List.copyOf(gufuncs);
    }

    /** A facade of {@code @Jit} kernels only. */
    public Facade(String packageName, String simpleName, String ownerName, String privateOwnerBinaryName,
                  boolean isPublic, List<JitKernel> kernels) {
        this(packageName, simpleName, ownerName, privateOwnerBinaryName, isPublic, kernels, List.of(), List.of());
    }

    /** The facade's qualified name, e.g. {@code p.KernelsJit}. */
    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /** The kernel class as a reader writes it inside its package: {@code Outer.Kernels}. */
    public String ownerSimpleName() {
        return packageName.isEmpty() ? ownerName : ownerName.substring(packageName.length() + 1);
    }
}
