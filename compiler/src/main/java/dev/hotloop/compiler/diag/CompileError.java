package dev.hotloop.compiler.diag;

/** Thrown by the compiler when a kernel cannot be compiled; the runtime turns it into {@code HotloopCompileException}. */
public final class CompileError extends RuntimeException {
    private final transient Diagnostic diagnostic;

    public CompileError(Diagnostic d) {
        super(d.message());
        this.diagnostic = d;
    }

    public CompileError(SourcePos pos, String construct, String reason, String hint) {
        this(new Diagnostic(pos, construct, reason, hint));
    }

    public Diagnostic diagnostic() { return diagnostic; }
}
