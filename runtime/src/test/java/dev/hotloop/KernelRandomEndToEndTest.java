package dev.hotloop;

import dev.hotloop.runtime.KernelRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Random draws in compiled kernels come from {@link KernelRandom}: {@code Hotloop.seed} makes
 * the sequence of calls reproducible, successive calls differ, estimates stay right, and a bad
 * bound throws as in plain Java.
 */
class KernelRandomEndToEndTest {
    static double monteCarloPi(long n) {
        long inside = 0;
        for (long i = 0; i < n; i++) {
            double x = Math.random();
            double y = ThreadLocalRandom.current().nextDouble();
            if (x * x + y * y < 1.0) inside++;
        }
        return 4.0 * inside / n;
    }

    /** Every kind of draw, folded into one long. */
    static long allKinds(int n, int bound) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long h = 0;
        for (int i = 0; i < n; i++) {
            h = h * 31 + r.nextInt(bound);
            h = h * 31 + r.nextInt();
            h = h * 31 + r.nextLong();
            h = h * 31 + (long) (r.nextFloat() * (1 << 24));
            h = h * 31 + (long) (r.nextDouble() * (1L << 53));
        }
        return h;
    }

    static int drawBelow(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }

    /** A helper that still draws after inlining: recursion keeps it a call. */
    static double recursiveSum(int depth) {
        if (depth == 0) return 0;
        return Math.random() + recursiveSum(depth - 1);
    }

    @AfterEach
    void unseed() {
        Hotloop.seed(System.nanoTime());
    }

    private static MethodHandle handle(String name, MethodType type) {
        return Hotloop.jit(KernelRandomEndToEndTest.class, name).handle(type);
    }

    @Test
    void monteCarloPiEstimatesPi() throws Throwable {
        MethodHandle pi = handle("monteCarloPi", MethodType.methodType(double.class, long.class));
        double estimate = (double) pi.invokeExact(1_000_000L);
        // sd of the estimate: 4 * sqrt(p(1-p)/n) ~ 0.0016
        assertEquals(Math.PI, estimate, 0.01);
        String why = Hotloop.jit(KernelRandomEndToEndTest.class, "monteCarloPi").explain();
        assertTrue(why.contains("2 random calls replaced by Hotloop's generator"), why);
    }

    @Test
    void seededRunsRepeatAndSuccessiveCallsDiffer() throws Throwable {
        MethodHandle pi = handle("monteCarloPi", MethodType.methodType(double.class, long.class));
        Hotloop.seed(42L);
        double a1 = (double) pi.invokeExact(100_000L);
        double a2 = (double) pi.invokeExact(100_000L);
        Hotloop.seed(42L);
        double b1 = (double) pi.invokeExact(100_000L);
        double b2 = (double) pi.invokeExact(100_000L);
        assertEquals(a1, b1);
        assertEquals(a2, b2);
        assertNotEquals(a1, a2, "successive calls draw fresh numbers");
        Hotloop.seed(43L);
        assertNotEquals(a1, (double) pi.invokeExact(100_000L));
    }

    @Test
    void everyKindOfDrawIsSeeded() {
        JitFunction f = Hotloop.jit(KernelRandomEndToEndTest.class, "allKinds");
        Hotloop.seed(7L);
        Object first = f.invoke(100, 10);
        Hotloop.seed(7L);
        assertEquals(first, f.invoke(100, 10));
        assertNotEquals(first, f.invoke(100, 10));
    }

    @Test
    void seededKernelDrawsTheStreamOfItsCall() {
        // The first call after seed(s) draws from forCall()'s first stream.
        Hotloop.seed(5L);
        KernelRandom expected = KernelRandom.forCall();
        int want = expected.nextInt(1000);
        Hotloop.seed(5L);
        assertEquals(want, Hotloop.jit(KernelRandomEndToEndTest.class, "drawBelow").invoke(1000));
    }

    @Test
    void nonPositiveBoundThrowsLikePlainJava() {
        JitFunction f = Hotloop.jit(KernelRandomEndToEndTest.class, "drawBelow");
        var plain = assertThrows(IllegalArgumentException.class, () -> drawBelow(0));
        var compiled = assertThrows(IllegalArgumentException.class, () -> f.invoke(0));
        assertEquals(plain.getMessage(), compiled.getMessage());
        assertTrue(f.stats().getFirst().fallback().isEmpty(), "compiled, not the original");
    }

    @Test
    void helpersThatDrawAreSeededToo() throws Throwable {
        MethodHandle sum = handle("recursiveSum", MethodType.methodType(double.class, int.class));
        Hotloop.seed(11L);
        double a = (double) sum.invokeExact(20);
        Hotloop.seed(11L);
        assertEquals(a, (double) sum.invokeExact(20));
        assertEquals(10, a, 6);
    }
}
