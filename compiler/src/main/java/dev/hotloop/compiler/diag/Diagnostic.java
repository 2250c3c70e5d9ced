package dev.hotloop.compiler.diag;

/**
 * Why a kernel cannot be compiled: where, which construct, why, and what to do instead.
 * <pre>Kernels.java:42: object allocation (new java/lang/StringBuilder) is not supported in kernels; hint: use primitive arrays</pre>
 */
public record Diagnostic(SourcePos pos, String construct, String reason, String hint) {
    public String message() {
        StringBuilder b = new StringBuilder().append(pos).append(": ").append(construct);
        if (reason != null && !reason.isEmpty()) b.append(' ').append(reason);
        if (hint != null && !hint.isEmpty()) b.append("; hint: ").append(hint);
        return b.toString();
    }

    @Override
    public String toString() { return message(); }
}
