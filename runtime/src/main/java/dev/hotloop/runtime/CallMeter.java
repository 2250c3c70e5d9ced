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

    private final LongAdder calls = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    @SuppressWarnings("unused") // written through FIRST
    private volatile long first = -1;

    /** Records one call that took {@code nanos}; called by generated code after each measured call. */
    public void record(long nanos) {
        calls.increment();
        this.nanos.add(nanos);
        if (first < 0) FIRST.compareAndSet(this, -1L, Math.max(0L, nanos));
    }

    public long calls() { return calls.sum(); }

    public long nanos() { return nanos.sum(); }

    /** Time of the first recorded call, 0 before any call. */
    public long firstNanos() { return Math.max(0L, first); }
}
