package dev.hotloop.bench.c2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link C2Bench}'s comparison in one JVM, the three ways interleaved round by round, for a
 * shared machine: when other processes take the cores, JMH's forks (run one after the other) see
 * different loads, while interleaved rounds see the same. Prints the median and the fastest round.
 * <pre>
 * java --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar dev.hotloop.bench.c2.C2Interleaved triad 1000
 * ... -Dhotloop.vector.c2=false ...    # Hotloop with its own Vector API code for the loops C2 would take
 * ... -XX:-UseSuperWord ...            # plain (and Hotloop left to C2) without C2's auto-vectoriser
 * </pre>
 * Kernels: triad axpy add bits mul sqrt div rows sumInts dotInts.
 */
public final class C2Interleaved {
    private C2Interleaved() {}

    public static void main(String[] args) {
        String kernel = args.length > 0 ? args[0] : "triad";
        C2Data d = new C2Data();
        d.size = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        d.fill();
        Runnable[] ways = ways(d).get(kernel);
        if (ways == null) throw new IllegalArgumentException("no kernel " + kernel + "; one of " + ways(d).keySet());
        String[] names = {"plain", "hotloop", "hand"};
        int reps = Math.max(20, 20_000_000 / d.size);
        for (int w = 0; w < 30; w++) for (Runnable r : ways) for (int i = 0; i < reps; i++) r.run();
        List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < 40; round++) {
            for (int k = 0; k < 3; k++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < reps; i++) ways[k].run();
                times.get(k).add((System.nanoTime() - t0) / (double) reps);
            }
        }
        StringBuilder out = new StringBuilder(kernel + " n=" + d.size + ", ns/call median (fastest round):");
        for (int k = 0; k < 3; k++) {
            List<Double> t = times.get(k);
            Collections.sort(t);
            out.append(String.format(Locale.ROOT, "  %s %.1f (%.1f)", names[k], t.get(t.size() / 2), t.getFirst()));
        }
        System.out.println(out);
    }

    private static Map<String, Runnable[]> ways(C2Data d) {
        return Map.of(
                "triad", new Runnable[]{() -> C2Kernels.triad(d.da, d.db, d.dc, 1.5), () -> C2KernelsJit.triad(d.da, d.db, d.dc, 1.5), () -> C2Hand.triad(d.da, d.db, d.dc, 1.5)},
                "axpy", new Runnable[]{() -> C2Kernels.axpyFloats(d.fa, d.fb, 1.0001f), () -> C2KernelsJit.axpyFloats(d.fa, d.fb, 1.0001f), () -> C2Hand.axpyFloats(d.fa, d.fb, 1.0001f)},
                "add", new Runnable[]{() -> C2Kernels.addInts(d.ia, d.ib, d.ic), () -> C2KernelsJit.addInts(d.ia, d.ib, d.ic), () -> C2Hand.addInts(d.ia, d.ib, d.ic)},
                "bits", new Runnable[]{() -> C2Kernels.bitsInts(d.ia, d.ib, d.ic), () -> C2KernelsJit.bitsInts(d.ia, d.ib, d.ic), () -> C2Hand.bitsInts(d.ia, d.ib, d.ic)},
                "mul", new Runnable[]{() -> C2Kernels.mulLongs(d.la, d.lb, d.lc), () -> C2KernelsJit.mulLongs(d.la, d.lb, d.lc), () -> C2Hand.mulLongs(d.la, d.lb, d.lc)},
                "sqrt", new Runnable[]{() -> C2Kernels.sqrtAll(d.da, d.dc), () -> C2KernelsJit.sqrtAll(d.da, d.dc), () -> C2Hand.sqrtAll(d.da, d.dc)},
                "div", new Runnable[]{() -> C2Kernels.divAll(d.da, d.db, d.dc), () -> C2KernelsJit.divAll(d.da, d.db, d.dc), () -> C2Hand.divAll(d.da, d.db, d.dc)},
                "rows", new Runnable[]{() -> C2Kernels.addRows(d.ga, d.gr, 1.5), () -> C2KernelsJit.addRows(d.ga, d.gr, 1.5), () -> C2Hand.addRows(d.ga, d.gr, 1.5)},
                "sumInts", new Runnable[]{() -> sink(C2Kernels.sumInts(d.ia)), () -> sink(C2KernelsJit.sumInts(d.ia)), () -> sink(C2Hand.sumInts(d.ia))},
                "dotInts", new Runnable[]{() -> sink(C2Kernels.dotInts(d.ia, d.ib)), () -> sink(C2KernelsJit.dotInts(d.ia, d.ib)), () -> sink(C2Hand.dotInts(d.ia, d.ib))});
    }

    /** Keeps a reduction's result alive. */
    private static volatile long sunk;

    private static void sink(long v) {
        sunk = v;
    }
}
