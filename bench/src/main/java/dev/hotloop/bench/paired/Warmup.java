package dev.hotloop.bench.paired;

import java.util.function.LongSupplier;

/**
 * When a fork has warmed up: at least {@code minNanos} have passed, neither side got more
 * than 2% faster over its last {@value #WINDOW} batches, and the JIT finished no compilation
 * for {@value #QUIET_MILLIS} ms, and each side was called {@code minCalls} times; or
 * {@code maxNanos} have passed.
 * <pre>
 *   Warmup w = new Warmup(1_000_000_000L, 5_000_000_000L, 20_000, compileMillisClock);
 *   while (!w.done()) { w.record(0, plainNsPerOp, reps); w.record(1, hotloopNsPerOp, reps); }
 * </pre>
 * Why not a fixed time: Hotloop's Vector API code runs ~3000x slower until C2 has compiled
 * it, and on 2 busy cores C2 got to {@code monteCarloPi}'s 839-byte block method only ~2 s
 * after the JVM started; a fixed 1.5 s warm-up measured it interpreted (2.5 ms a call
 * instead of 0.8 us). Interpreted speed is steady, so "no longer getting faster" alone
 * is fooled: the quiet JIT is the second witness. It is fooled too when C1's code is slow
 * and steady: C2 takes over a method only after thousands of invocations
 * ({@code Tier4InvocationThreshold} 5,000, {@code Tier4CompileThreshold} 15,000), so a kernel
 * with short calls must also have been called {@code minCalls} (20,000) times.
 */
final class Warmup {
    static final int WINDOW = 6;
    static final long QUIET_MILLIS = 400;

    private final long start = System.nanoTime();
    private final long minNanos;
    private final long maxNanos;
    // per side: the best ns/op seen before the window, and the last WINDOW values
    private final double[][] recent = new double[2][WINDOW];
    private final double[] bestBefore = {Double.MAX_VALUE, Double.MAX_VALUE};
    private final int[] count = new int[2];
    private final long[] calls = new long[2];
    private final long minCalls;

    private final LongSupplier compileMillis;
    private long lastCompileMillis = -1;
    private long lastCompileChange = start;

    /** {@code compileMillis}: the JIT's total compilation time so far ({@code CompilationMXBean}), or a constant. */
    Warmup(long minNanos, long maxNanos, long minCalls, LongSupplier compileMillis) {
        this.minNanos = minNanos;
        this.minCalls = minCalls;
        this.maxNanos = maxNanos;
        this.compileMillis = compileMillis;
    }

    void record(int side, double nsPerOp, int reps) {
        calls[side] += reps;
        int slot = count[side] % WINDOW;
        if (count[side] >= WINDOW) bestBefore[side] = Math.min(bestBefore[side], recent[side][slot]);
        recent[side][slot] = nsPerOp;
        count[side]++;
    }

    long elapsedNanos() {
        return System.nanoTime() - start;
    }

    boolean done() {
        long now = System.nanoTime();
        long c = compileMillis.getAsLong();
        if (c != lastCompileMillis) {
            lastCompileMillis = c;
            lastCompileChange = now;
        }
        long elapsed = now - start;
        if (elapsed >= maxNanos) return true;
        return elapsed >= minNanos && now - lastCompileChange >= QUIET_MILLIS * 1_000_000L
                && calls[0] >= minCalls && calls[1] >= minCalls && settled(0) && settled(1);
    }

    /** The side's last WINDOW batches were none of them 2% faster than the best one before them. */
    boolean settled(int side) {
        if (count[side] < 2 * WINDOW) return false;
        double bestRecent = Double.MAX_VALUE;
        for (double v : recent[side]) bestRecent = Math.min(bestRecent, v);
        return bestRecent >= 0.98 * bestBefore[side];
    }
}
