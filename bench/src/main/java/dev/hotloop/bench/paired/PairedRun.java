package dev.hotloop.bench.paired;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 2's measurement: is serial Hotloop code within 5% of plain Java? For each serial bench
 * kernel, N fresh JVMs ({@link PairedFork}) each time plain and Hotloop on the same arrays; the
 * per-fork ratio is judged by its median over forks (see {@link Summary}).
 * <pre>
 *   java -cp bench/target/benchmarks.jar dev.hotloop.bench.paired.PairedRun 'dot|triad' -f 8
 *   options: -f forks (8)  --layout fresh|sweep (fresh)  --round-ms 50  --rounds 10  --warmup-ms 1000 (least; at most 5x)
 *            -j jvmArg (repeatable; passed to every fork, e.g. -j -XX:+PrintCompilation)
 * </pre>
 * Layouts: {@code fresh} allocates a, b, c back to back in each fork (as JMH's {@code ArrayData});
 * {@code sweep} puts a padding of {@code k * 4096 / forks} bytes between the arrays in fork k,
 * so the forks cover the arrays' relative page offsets evenly instead of by chance. Forks run
 * one at a time, fork-major (fork 1 of every kernel, then fork 2, ...) so that a slow spell of
 * the machine spreads over kernels instead of sinking one.
 */
public final class PairedRun {
    private PairedRun() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        String regex = ".";
        int forks = 8;
        String layout = "fresh";
        int roundMs = 50;
        int rounds = 10;
        int warmupMs = 1000;
        List<String> jvmArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-f" -> forks = Integer.parseInt(args[++i]);
                case "--layout" -> layout = args[++i];
                case "--round-ms" -> roundMs = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup-ms" -> warmupMs = Integer.parseInt(args[++i]);
                case "-j" -> jvmArgs.add(args[++i]);
                default -> regex = args[i];
            }
        }
        if (!layout.equals("fresh") && !layout.equals("sweep")) throw new IllegalArgumentException("layout " + layout);
        List<KernelCase> cases = KernelCase.matching(regex);
        if (cases.isEmpty()) throw new IllegalArgumentException("no kernel matches " + regex + "; ids: "
                + KernelCase.ALL.stream().map(KernelCase::id).toList());

        System.out.printf(Locale.ROOT, "paired: %d forks x %s, layout %s, %d rounds of %d ms per side, warm-up %d ms%n",
                forks, cases.stream().map(KernelCase::id).toList(), layout, rounds, roundMs, warmupMs);
        Map<String, List<ForkResult>> byCase = new LinkedHashMap<>();
        for (KernelCase kc : cases) byCase.put(kc.id(), new ArrayList<>());
        for (int k = 0; k < forks; k++) {
            int pad = layout.equals("sweep") ? padFor(k, forks) : 0;
            for (KernelCase kc : cases) {
                ForkResult r = runFork(kc, pad, roundMs, rounds, warmupMs, jvmArgs);
                byCase.get(kc.id()).add(r);
                System.out.printf(Locale.ROOT, "  fork %d %-20s plain %10.2f ns  hotloop %10.2f ns  ratio %.3f  warm-up %5d ms  pad %4d  %s%n",
                        k + 1, kc.id(), r.plainNs(), r.hotloopNs(), r.ratio(), r.warmupMillis(), r.pad(), r.placement());
            }
        }
        System.out.println();
        System.out.print(Summary.table(byCase));
    }

    /** Fork k's padding in the sweep layout: k/forks of a page, in whole cache lines. */
    static int padFor(int k, int forks) {
        return (k * 4096 / forks) / 64 * 64;
    }

    private static ForkResult runFork(KernelCase kc, int pad, int roundMs, int rounds, int warmupMs,
                                      List<String> jvmArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("--add-modules");
        cmd.add("jdk.incubator.vector");
        cmd.add("--sun-misc-unsafe-memory-access=allow");
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(PairedFork.class.getName());
        cmd.addAll(List.of(kc.id(), Integer.toString(pad), Integer.toString(roundMs), Integer.toString(rounds),
                Integer.toString(warmupMs)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Optional<ForkResult> result = Optional.empty();
        List<String> other = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                Optional<ForkResult> r = ForkResult.parse(line);
                if (r.isPresent()) result = r;
                else if (!line.contains("Using incubator modules")) other.add(line);
            }
        }
        int exit = p.waitFor();
        // diagnostics asked for with -j (PrintCompilation, ...) are passed on, not swallowed
        other.forEach(l -> System.out.println("    | " + l));
        if (exit != 0 || result.isEmpty()) throw new IllegalStateException("fork of " + kc.id() + " failed, exit " + exit);
        return result.get();
    }
}
