package dev.hotloop;

import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.diag.Diagnostic;

/**
 * A kernel could not be compiled for some argument types. The message is the kernel's name
 * and the compiler's diagnostic:
 * <pre>Kernels.monteCarloPi: Kernels.java:42: object allocation (new java/lang/StringBuilder) is not supported in kernels; hint: use primitive arrays</pre>
 * Unchecked, like Numba's TypingError surfacing at the call. With {@code @Jit(fallback = true)}
 * the original method runs instead and nothing is thrown.
 */
public final class HotloopCompileException extends RuntimeException {
    private final String kernel;
    private final String signature;
    private final transient Diagnostic diagnostic;

    /**
     * @param kernel    {@code Owner.method}
     * @param signature the variant that failed, {@code double(long)}
     * @param message   the diagnostic's message, or what went wrong outside the compiler
     * @param cause     the {@link CompileError} or other failure
     */
    public HotloopCompileException(String kernel, String signature, String message, Throwable cause) {
        super(kernel + ": " + message, cause);
        this.kernel = kernel;
        this.signature = signature;
        this.diagnostic = cause instanceof CompileError ce ? ce.diagnostic() : null;
    }

    /** A fresh exception with the same content, thrown again for a compile that failed earlier. */
    public HotloopCompileException again() {
        // same cause, so the compiler's stack stays reachable; this stack shows the current call
        return new HotloopCompileException(kernel, signature, rawMessage(), getCause());
    }

    public String kernel() { return kernel; }

    /** The variant's signature, {@code double(long)}. */
    public String signature() { return signature; }

    /** The compiler's diagnostic, or null when the failure came from elsewhere (class definition, a compiler bug). */
    public Diagnostic diagnostic() { return diagnostic; }

    /** The message without the kernel prefix. */
    public String rawMessage() { return getMessage().substring(kernel.length() + 2); }
}
