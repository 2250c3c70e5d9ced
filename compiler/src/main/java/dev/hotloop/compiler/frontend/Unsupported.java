package dev.hotloop.compiler.frontend;

import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.diag.SourcePos;

/**
 * The front end's "not in the kernel language" errors, each with a hint saying what to write instead.
 * <pre>Kernels.java:42: object allocation (new java/lang/StringBuilder) is not supported in kernels; hint: ...</pre>
 */
final class Unsupported {
    static final String REASON = "is not supported in kernels";

    private Unsupported() {}

    static CompileError at(SourcePos pos, String construct, String hint) {
        return new CompileError(pos, construct, REASON, hint);
    }

    static CompileError newObject(SourcePos pos, String type) {
        return at(pos, "object allocation (new " + type + ")", "kernels work on primitives and primitive arrays only; allocate objects outside the kernel");
    }

    static CompileError fieldAccess(SourcePos pos, String owner, String name) {
        return at(pos, "field access (" + owner + "." + name + ")", "pass the value or array as a parameter of the kernel");
    }

    static CompileError staticWrite(SourcePos pos, String owner, String name) {
        return at(pos, "write to static field " + owner + "." + name, "return the result, or write it into an array parameter");
    }

    static CompileError staticRead(SourcePos pos, String owner, String name, String desc) {
        return at(pos, "read of static field " + owner + "." + name + " of type " + desc,
                "only static fields of primitive or primitive-array type can be read in kernels");
    }

    static CompileError virtualCall(SourcePos pos, String owner, String name) {
        return at(pos, "virtual call to " + owner + "." + name, "kernels may call only static methods over primitives and primitive arrays");
    }

    static CompileError objectCall(SourcePos pos, String owner, String name, String desc) {
        return at(pos, "call to " + owner + "." + name + desc + " with object types",
                "kernels may call only static methods whose parameters and result are primitives or primitive arrays");
    }

    static CompileError jdkCall(SourcePos pos, String owner, String name, String desc) {
        return at(pos, "call to " + owner + "." + name + desc,
                "kernels may call java.lang.Math/StrictMath, the static methods of the primitive wrapper classes, and your own static methods");
    }

    static CompileError indy(SourcePos pos) {
        return at(pos, "string concatenation or lambda (invokedynamic)", "kernels cannot build strings or lambdas; compute numbers and format them outside the kernel");
    }

    static CompileError throwing(SourcePos pos) {
        return at(pos, "throw", "kernels cannot throw explicitly; validate arguments before calling the kernel");
    }

    /** {@code throw new type(...)}; an {@code assert} compiles to the same bytecode with an AssertionError. */
    static CompileError throwing(SourcePos pos, String type) {
        String what = type.equals("java/lang/AssertionError") ? "assert or throw" : "throw";
        return at(pos, what + " (new " + type + ")", "kernels cannot throw explicitly; validate arguments before calling the kernel");
    }

    static CompileError typeTest(SourcePos pos, String what) {
        return at(pos, what, "kernels use only primitive and primitive-array types, which need no casts");
    }

    static CompileError monitor(SourcePos pos) {
        return at(pos, "synchronized block", "kernels cannot lock; use @Parallel loops over independent iterations instead");
    }

    static CompileError constant(SourcePos pos, Object c) {
        String what = switch (c) {
            case String str -> "string constant \"" + str + "\"";
            case org.objectweb.asm.Type t -> "class constant " + t.getClassName();
            default -> "constant " + c + " (" + c.getClass().getSimpleName() + ")";
        };
        return at(pos, what, "kernels compute on numbers only");
    }

    static CompileError objectArray(SourcePos pos, String elem) {
        return at(pos, "array of objects (" + elem + "[])", "use primitive arrays (1-D or 2-D)");
    }

    static CompileError tryCatch(SourcePos pos) {
        return at(pos, "try/catch", "let exceptions propagate out of the kernel, or check conditions with if");
    }

    static CompileError opcode(SourcePos pos, String name) {
        return at(pos, "bytecode " + name, "rewrite the kernel with primitives, arrays, loops and static calls");
    }
}
