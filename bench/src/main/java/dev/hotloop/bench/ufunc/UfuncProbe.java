package dev.hotloop.bench.ufunc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-process companion to {@link UfuncBench} for diagnosis on a noisy machine: every case runs
 * in rounds, interleaved, and the median time per call is printed, with the bytes a call moves
 * turned into GB/s. Two plain copy loops give the machine's memory bandwidth for comparison.
 * <pre>
 * java --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar dev.hotloop.bench.ufunc.UfuncProbe [n] [rounds]
 * </pre>
 */
public final class UfuncProbe {
    private UfuncProbe() {}

    private record Case(String name, long bytes, Runnable body) {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : UfuncBench.N;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        UfuncBench b = new UfuncBench();
        b.n = n;
        b.fill();
        long three = 24L * n, two = 16L * n, one = 8L * n;
        double[] sink = new double[1];
        List<Case> cases = List.of(
                new Case("copy (plain loop, 1 read 1 write)", two, () -> copy(b.x, b.out)),
                new Case("x + y (plain loop, C2 vectorises)", three, () -> addArrays(b.x, b.y, b.out)),
                new Case("relDiff plain", three, b::relDiffPlain),
                new Case("relDiff @Jit", three, b::relDiffJit),
                new Case("relDiff ufunc", three, b::relDiffUfunc),
                new Case("shrink plain", three, b::shrinkPlain),
                new Case("shrink @Jit", three, b::shrinkJit),
                new Case("shrink ufunc", three, b::shrinkUfunc),
                new Case("sum @Jit fastmath", one, () -> sink[0] += b.sumJit()),
                new Case("sum reduce", one, () -> sink[0] += b.sumReduce()));
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (Case c : cases) times.put(c.name, new ArrayList<>());
        int calls = Math.max(3, 20_000_000 / Math.max(n, 1));
        for (int r = 0; r < rounds; r++) {
            for (Case c : cases) {
                for (int i = 0; i < calls; i++) {
                    long t0 = System.nanoTime();
                    c.body.run();
                    long t = System.nanoTime() - t0;
                    if (r >= rounds / 3) times.get(c.name).add(t); // the first third is warm-up
                }
            }
        }
        System.out.printf("n = %d, %d rounds of %d calls a case (medians of the last %d rounds), load %s%n", n, rounds, calls,
                rounds - rounds / 3, load());
        for (Case c : cases) {
            long[] ts = times.get(c.name).stream().mapToLong(Long::longValue).sorted().toArray();
            long med = ts[ts.length / 2];
            System.out.printf("%-36s median %9.1f us  (p25 %9.1f, p75 %9.1f)  %6.2f GB/s%n", c.name, med / 1e3,
                    ts[ts.length / 4] / 1e3, ts[ts.length * 3 / 4] / 1e3, c.bytes / (double) med);
        }
        if (sink[0] == 42) System.out.println();
    }

    static void copy(double[] x, double[] out) {
        for (int i = 0; i < out.length; i++) out[i] = x[i];
    }

    static void addArrays(double[] x, double[] y, double[] out) {
        for (int i = 0; i < out.length; i++) out[i] = x[i] + y[i];
    }

    private static String load() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
