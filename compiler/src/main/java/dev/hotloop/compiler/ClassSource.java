package dev.hotloop.compiler;

/**
 * Where the compiler reads class files from; supplied by the caller so that the compiler
 * itself touches no class loader and holds no state.
 */
@FunctionalInterface
public interface ClassSource {
    /** The class file of {@code internalName} ({@code p/Kernels}), or null when it cannot be read. */
    byte[] read(String internalName);
}
