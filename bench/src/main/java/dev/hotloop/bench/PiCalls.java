package dev.hotloop.bench;

import dev.hotloop.bench.simd.HandKernels;
import dev.hotloop.bench.simd.SimdKernelsJit;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.LongToDoubleFunction;

/**
 * Per-call times of MonteCarloPi in one JVM, to see bursts and allocation that JMH averages hide:
 * the median, the 90th percentile and the worst call, and how many collections ran.
 * <pre>
 * java --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar dev.hotloop.bench.PiCalls hotloop 200 10000000
 * </pre>
 * Kernels: {@code plain} (serial Java), {@code hotloop} (serial {@code @Jit}), {@code parallel}
 * ({@code @Jit(parallel = true)}), {@code hand} (hand-written ForkJoin + Vector API).
 * Add {@code -v} as a fourth argument to print every call.
 */
public final class PiCalls {
    private PiCalls() {}

    public static void main(String[] args) {
        String kernel = args.length > 0 ? args[0] : "hotloop";
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long n = args.length > 2 ? Long.parseLong(args[2]) : 10_000_000L;
        boolean verbose = args.length > 3 && args[3].equals("-v");
        LongToDoubleFunction f = switch (kernel) {
            case "plain" -> BenchKernels::monteCarloPi;
            case "hotloop" -> BenchKernelsJit::monteCarloPi;
            case "parallel" -> SimdKernelsJit::monteCarloPi;
            case "hand" -> HandKernels::monteCarloPi;
            default -> throw new IllegalArgumentException("kernel: plain, hotloop, parallel or hand, not " + kernel);
        };
        double[] ms = new double[calls];
        double sink = 0;
        long gcBefore = collections();
        for (int k = 0; k < calls; k++) {
            long gc = collections();
            long t0 = System.nanoTime();
            sink += f.applyAsDouble(n);
            ms[k] = (System.nanoTime() - t0) / 1e6;
            if (verbose) System.out.printf("call %d: %.1f ms, %d collections%n", k, ms[k], collections() - gc);
        }
        double[] all = ms.clone();
        Arrays.sort(all);
        double[] late = Arrays.copyOfRange(ms, calls / 2, calls);  // the second half: after warm-up
        Arrays.sort(late);
        System.out.printf("%s n=%d, %d calls: median %.1f ms, p90 %.1f, worst %.1f (first %.1f); second half median %.1f, worst %.1f;"
                        + " %d collections (pi ~ %.4f)%n", kernel, n, calls, all[calls / 2], all[calls * 9 / 10], all[calls - 1], ms[0],
                late[late.length / 2], late[late.length - 1], collections() - gcBefore, sink / calls);
    }

    private static long collections() {
        long c = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) c += Math.max(0, b.getCollectionCount());
        return c;
    }
}
