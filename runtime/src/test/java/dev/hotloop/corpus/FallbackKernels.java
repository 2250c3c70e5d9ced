package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * The kernels of {@link UnsupportedKernels} again, with {@code @Jit(fallback = true)}: they
 * cannot compile, so the original method runs instead and the stats and explain() say so.
 */
final class FallbackKernels {
    private FallbackKernels() {}

    static int counter;
    static final UnsupportedKernels.Holder HOLDER = new UnsupportedKernels.Holder();

    @Jit(fallback = true)
    static int allocationFallback(int n) {
        Object o = new Object();
        return n * 2 + 1;
    }

    @Jit(fallback = true)
    static int virtualCallFallback(int[] a, int n) {
        return n + a.length + (a.hashCode() == System.identityHashCode(a) ? 1 : 0);
    }

    @Jit(fallback = true)
    static int staticFieldWriteFallback(int n) {
        counter = n * 3;
        return counter;
    }

    @Jit(fallback = true)
    static int instanceFieldWriteFallback(int n) {
        HOLDER.value = n - 1;
        return HOLDER.value;
    }

    @Jit(fallback = true)
    static int stringUseFallback(int n) {
        return n + ("kernel" + n).length();
    }

    @Jit(fallback = true)
    static int tryCatchFallback(int n) {
        try {
            return 100 / n;
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    @Jit(fallback = true)
    static int synchronizedBlockFallback(int[] a, int n) {
        synchronized (a) {
            return n + a.length;
        }
    }

    @Jit(fallback = true)
    static int throwStatementFallback(int n) {
        if (n < 0) throw new IllegalStateException("negative: " + n);
        return n + 2;
    }
}
