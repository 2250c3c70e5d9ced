package dev.hotloop.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the calls of one variant and the time spent in them. An instance is the class data
 * of the variant's hidden class; its measured entry times the unmeasured one and reports:
 * <pre>
 * static double invoke(long n) {
 *     long t0 = System.nanoTime();
 *     double r = kernel(n);
 *     ((CallMeter) classData).record(System.nanoTime() - t0);   // ldc of a dynamic constant
 *     return r;
 * }
 * </pre>
 * Generated code loads it with {@code ldc} of a dynamic constant bootstrapped by
 * {@link MethodHandles#classData}. Adders rather than atomics because many threads may call
 * one variant at once; the first call's time is kept apart so that the report can show the
 * cost of the cold (interpreted) first run against the warm mean.
 *
 * <p>Typed handles and facades call the sampled entry {@code fast} (the bare kernel, uncounted, with
 * {@code hotloop.count.calls=false}), which asks {@link #sample()}
 * whether to time a call: every call while the kernel takes {@value #SLOW_NANOS} ns or more
 * (the clock reads are then noise), otherwise one in {@value #SAMPLE_EVERY}. Untimed calls are
 * counted, and their time is estimated from recent timed ones, so that a small kernel called
 * through a facade costs what a direct call costs.
 */
public final class CallMeter {
    private static final VarHandle FIRST;

    static {
        try {
            FIRST = MethodHandles.lookup().findVarHandle(CallMeter.class, "first", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static final long SLOW_NANOS = 20_000;
    static final int SAMPLE_EVERY = 64;

    private final LongAdder calls = new LongAdder();
    // The sampled entry's state: plain fields, and only one of them written per untimed call.
    // Concurrent callers may lose an update; that only makes the untimed count and estimate
    // approximate, never a result wrong.
    private long ticks;          // calls through the sampled entry
    private int mask;            // 0 (time every call) while the kernel is slow, else SAMPLE_EVERY - 1
    private long sampledTicks;   // ticks that were timed
    private long lastSampleTick; // ticks when the last timed call was sampled
    private long untimedNanos;   // estimate for the untimed calls before lastSampleTick
    private long recentNanos;
    private final LongAdder nanos = new LongAdder();
    @SuppressWarnings("unused") // written through FIRST
    private volatile long first = -1;

    /** Records one call that took {@code nanos}; called by generated code after each measured call. */
    public void record(long nanos) {
        calls.increment();
        this.nanos.add(nanos);
        recentNanos = recentNanos == 0 ? nanos : (recentNanos * 7 + nanos) / 8;
        int newMask = nanos >= SLOW_NANOS ? 0 : SAMPLE_EVERY - 1;
        if (newMask != mask) mask = newMask;
        if (first < 0) FIRST.compareAndSet(this, -1L, Math.max(0L, nanos));
    }

    /**
     * Called by the sampled entry before each call: true to time this one (then {@link #record}
     * follows). The untimed path is one increment and one masked test; the rare timed path
     * settles the estimate for the calls counted since the last timed one.
     */
    public boolean sample() {
        if ((++ticks & mask) != 0) return false;
        settle();
        return true;
    }

    private void settle() {
        long t = ticks;
        long skipped = t - lastSampleTick - 1;
        if (skipped > 0) untimedNanos += skipped * recentNanos;
        lastSampleTick = t;
        sampledTicks++;
    }

    /** Every call: timed ones and those the sampled entry only counted. */
    public long calls() { return calls.sum() + untimedCalls(); }

    /** Time in calls: measured for timed calls, estimated for the others. */
    public long nanos() { return nanos.sum() + untimedNanos + Math.max(0L, ticks - lastSampleTick) * recentNanos; }

    /** Calls that were counted but not timed. */
    public long untimedCalls() { return Math.max(0L, ticks - sampledTicks); }

    /** Time of the first recorded call, 0 before any call. */
    public long firstNanos() { return Math.max(0L, first); }
}
