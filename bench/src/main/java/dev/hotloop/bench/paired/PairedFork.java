package dev.hotloop.bench.paired;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * One fork of a paired run: plain Java and Hotloop on the same arrays in one JVM, measured in
 * alternating rounds, printed as one {@link ForkResult} line. {@link PairedRun} starts it.
 * <pre>
 *   java -cp benchmarks.jar dev.hotloop.bench.paired.PairedFork dot/1000 0 100 16 1500
 *        (case, padding bytes, ms per round and side, rounds, least warm-up ms)
 * </pre>
 * Discipline, after JMH: warm-up runs both sides in turn (the first Hotloop call compiles) and
 * sizes each side's batch, in batches of a third of a round, until both sides stopped getting
 * faster ({@link Warmup}); then rounds alternate in the order ABBA (plain
 * first in even rounds, Hotloop first in odd ones) so that drift hits both sides alike; every
 * result feeds a volatile sink. The arrays are moved to the old generation before warm-up,
 * so their placement is the same for every round and both sides.
 */
public final class PairedFork {
    private PairedFork() {}

    // -Dpaired.trace=true prints every warm-up batch (the driver passes fork output on)
    private static final boolean TRACE = Boolean.getBoolean("paired.trace");

    // every batch's result lands here, so that no call is dead code
    static volatile double sink;

    public static void main(String[] args) {
        KernelCase kc = KernelCase.of(args[0]);
        int pad = Integer.parseInt(args[1]);
        long roundNanos = Long.parseLong(args[2]) * 1_000_000L;
        int rounds = Integer.parseInt(args[3]);
        long warmupNanos = Long.parseLong(args[4]) * 1_000_000L;

        KernelData data = KernelData.allocate(kc.size(), pad);
        System.gc(); // settle the arrays: young collections during warm-up must not move them later
        Workload[] sides = Pairs.of(kc.kernel(), data);
        checkSameResult(kc, sides);

        int[] reps = {1, 1};
        double[] lastNsPerOp = new double[2];
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        // long calls run hot loops, which C2 compiles by their back edges; short ones need call counts
        long minCalls = kc.size() < 100_000 ? 20_000 : 0;
        Warmup warmup = new Warmup(warmupNanos, 5 * warmupNanos, minCalls,
                jit != null && jit.isCompilationTimeMonitoringSupported() ? jit::getTotalCompilationTime : () -> 0L);
        while (!warmup.done()) {
            for (int s = 0; s < 2; s++) {
                lastNsPerOp[s] = time(sides[s], reps[s]);
                if (TRACE) System.out.printf("warm-up %s reps %d: %.2f ns/op%n", s == 0 ? "plain" : "hotloop", reps[s], lastNsPerOp[s]);
                warmup.record(s, lastNsPerOp[s], reps[s]);
                reps[s] = batchSize(roundNanos / 3, lastNsPerOp[s], reps[s]);
            }
        }
        long warmedMillis = warmup.elapsedNanos() / 1_000_000;
        for (int s = 0; s < 2; s++) reps[s] = batchSize(roundNanos, lastNsPerOp[s], Integer.MAX_VALUE / 64);

        double[][] ns = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            int first = r % 2;
            ns[first][r] = time(sides[first], reps[first]);
            ns[1 - first][r] = time(sides[1 - first], reps[1 - first]);
        }
        double[] ratios = Stats.ratios(ns[0], ns[1]);
        ForkResult result = new ForkResult(kc.id(), pad, Stats.median(ns[0]), Stats.median(ns[1]),
                Stats.median(ratios), rounds, warmedMillis, data.placement());
        System.out.println(result.toLine());
    }

    /**
     * Both sides must do the same work: one call each must give the same bits (the array kernels
     * are idempotent on their data; monteCarloPi draws from different generators and is skipped;
     * fastmath dot against the hand kernel agrees to a relative 1e-9).
     */
    private static void checkSameResult(KernelCase kc, Workload[] sides) {
        if (kc.kernel().equals("monteCarloPi")) return;
        double plain = sides[0].batch(1);
        double hotloop = sides[1].batch(1);
        // fastmath dot and the hand kernel sum in different orders: the same sum to a few ulps
        boolean same = kc.kernel().equals("dotHand")
                ? Math.abs(plain - hotloop) <= 1e-9 * Math.max(1.0, Math.abs(plain))
                : Double.doubleToRawLongBits(plain) == Double.doubleToRawLongBits(hotloop);
        if (!same) {
            throw new IllegalStateException(kc.id() + ": plain gave " + plain + ", Hotloop " + hotloop);
        }
    }

    /** Nanoseconds per call of one batch of {@code reps} calls. */
    private static double time(Workload w, int reps) {
        long t0 = System.nanoTime();
        double v = w.batch(reps);
        long t1 = System.nanoTime();
        sink += v;
        return (double) (t1 - t0) / reps;
    }

    /** The batch size that takes about {@code roundNanos}, growing at most 16x a step (early steps run interpreted). */
    static int batchSize(long roundNanos, double nsPerOp, int current) {
        double wanted = roundNanos / Math.max(nsPerOp, 1e-3);
        double capped = Math.min(wanted, current * 16.0);
        return (int) Math.max(1, Math.min(capped, Integer.MAX_VALUE / 2));
    }
}
