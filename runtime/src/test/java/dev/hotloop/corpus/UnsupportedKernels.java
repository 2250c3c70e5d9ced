package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;
import java.util.function.IntUnaryOperator;

/**
 * One kernel per construct outside the kernel language. Each offending statement sits on a
 * single line marked {@code // UNSUPPORTED: <kernel>}; {@link UnsupportedConstructTest} finds the
 * line by reading this file, so edits here cannot silently shift the expected line.
 */
final class UnsupportedKernels {
    private UnsupportedKernels() {}

    static int counter;
    static final Holder HOLDER = new Holder();

    /** A plain object with a field, for the instance field write. */
    static final class Holder {
        int value;
    }

    @Jit
    static int allocation(int n) {
        int s = n * 2;
        Object o = new Object(); // UNSUPPORTED: allocation
        return s + 1;
    }

    @Jit
    static int virtualCall(int[] a, int n) {
        int s = n + 1;
        s += a.hashCode(); // UNSUPPORTED: virtualCall
        return s;
    }

    @Jit
    static int staticFieldWrite(int n) {
        int s = n * 3;
        counter = s; // UNSUPPORTED: staticFieldWrite
        return s;
    }

    @Jit
    static int instanceFieldWrite(int n) {
        int s = n - 1;
        HOLDER.value = s; // UNSUPPORTED: instanceFieldWrite
        return s;
    }

    @Jit
    static int stringUse(int n) {
        int s = n;
        s += "kernel".length(); // UNSUPPORTED: stringUse
        return s;
    }

    @Jit
    static int tryCatch(int n) {
        int s;
        try { s = 100 / n; } catch (ArithmeticException e) { s = -1; } // UNSUPPORTED: tryCatch
        return s;
    }

    @Jit
    static int synchronizedBlock(int[] a, int n) {
        int s = n;
        synchronized (a) { s += a.length; } // UNSUPPORTED: synchronizedBlock
        return s;
    }

    @Jit
    static int throwStatement(int n) {
        int s = n + 2;
        if (n < 0) throw new IllegalStateException(); // UNSUPPORTED: throwStatement
        return s;
    }

    @Jit
    static int lambda(int n) {
        int s = n;
        IntUnaryOperator f = x -> x + 1; // UNSUPPORTED: lambda
        return s;
    }
}
