package dev.hotloop.bench.ufunc;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

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
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
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
                new Case("relDiff hand-written Vector API", three, () -> relDiffHand(b.x, b.y, b.out)),
                new Case("shrink plain", three, b::shrinkPlain),
                new Case("shrink @Jit", three, b::shrinkJit),
                new Case("shrink ufunc", three, b::shrinkUfunc),
                new Case("sum @Jit fastmath", one, () -> sink[0] += b.sumJit()),
                new Case("sum reduce", one, () -> sink[0] += b.sumReduce()));
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (Case c : cases) times.put(c.name, new ArrayList<>());
        // a sample is the mean of a batch of calls: a clock read costs ~100 ns on this machine
        int calls = Math.max(2, 4_000_000 / Math.max(n, 1));
        for (int r = 0; r < rounds; r++) {
            // odd rounds run the cases in reverse, so that no case always follows the same one
            for (Case c : r % 2 == 0 ? cases : cases.reversed()) {
                long t0 = System.nanoTime();
                for (int i = 0; i < calls; i++) c.body.run();
                long t = (System.nanoTime() - t0) / calls;
                if (r >= rounds / 3) times.get(c.name).add(t); // the first third is warm-up
            }
        }
        System.out.printf("n = %d, %d rounds of %d calls a case (medians of the last %d rounds' means), load %s%n", n, rounds,
                calls, rounds - rounds / 3, load());
        for (Case c : cases) {
            long[] ts = times.get(c.name).stream().mapToLong(Long::longValue).sorted().toArray();
            long med = ts[ts.length / 2];
            System.out.printf("%-36s median %10.3f us  (p25 %10.3f, p75 %10.3f)  %6.2f GB/s%n", c.name, med / 1e3,
                    ts[ts.length / 4] / 1e3, ts[ts.length * 3 / 4] / 1e3, c.bytes / (double) Math.max(med, 1));
        }
        if (sink[0] == 42) System.out.println();
        if (Boolean.getBoolean("probe.explain")) {
            System.out.println(UfuncBenchKernelsJit.relDiffUfunc().explain());
            System.out.println(UfuncBenchKernelsJit.relDiffLoopFunction().explain());
        }
    }

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    /** relDiff as one would write it by hand with the Vector API: the ceiling for generated vector code. */
    static void relDiffHand(double[] x, double[] y, double[] out) {
        int i = 0, n = out.length, up = S.loopBound(n);
        DoubleVector zero = DoubleVector.zero(S);
        for (; i < up; i += S.length()) {
            DoubleVector a = DoubleVector.fromArray(S, x, i), b = DoubleVector.fromArray(S, y, i);
            DoubleVector d = a.abs().add(b.abs());
            a.sub(b).div(d).blend(zero, d.eq(zero)).intoArray(out, i);
        }
        for (; i < n; i++) out[i] = UfuncBenchKernels.relDiff(x[i], y[i]);
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
