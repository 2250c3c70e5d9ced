package dev.hotloop.bench.paired;

/**
 * One side of a pair: a kernel called {@code reps} times in a loop of its own, the way a JMH
 * benchmark stub calls one {@code @Benchmark} method. Each subclass has its own copy of the
 * loop, so C2 compiles one loop per side with a single call target in it (a loop shared by
 * both sides through an interface would make the call site bimorphic and slow both).
 * <pre>
 *   double sink = plain.batch(1_000);   // 1,000 calls of BenchKernels.dot, results summed
 * </pre>
 * The return value is the sum of the kernel's results (or of an element it wrote), so that
 * no call is dead; the caller stores it in a volatile field.
 */
abstract class Workload {
    /** Calls the kernel {@code reps} times and returns a value that depends on every call. */
    abstract double batch(int reps);
}
