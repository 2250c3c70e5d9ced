package dev.hotloop.bench.paired;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table a paired run ends with: per kernel the median of the per-fork ratios (the number
 * issue 2 is judged by: at most 1.05; for the {@code *Hand} cases issue 4's 1.11 against the
 * hand-written kernel, which then stands in the "plain" column), their min and max, the median
 * times, and every fork's ratio.
 * <pre>
 * case                 forks  median    min    max     met   plain ns  hotloop ns  per fork
 * dot/1000                 8   0.962  0.951  0.977     yes     595.10      572.30  0.96 0.95 ...
 * </pre>
 */
final class Summary {
    private Summary() {}

    static String table(Map<String, List<ForkResult>> byCase) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%-20s %5s %7s %6s %6s %7s %12s %12s  %s%n",
                "case", "forks", "median", "min", "max", "met", "plain ns", "hotloop ns", "hotloop/plain per fork"));
        for (Map.Entry<String, List<ForkResult>> e : byCase.entrySet()) {
            List<ForkResult> rs = e.getValue();
            if (rs.isEmpty()) continue;
            double[] ratios = rs.stream().mapToDouble(ForkResult::ratio).toArray();
            double median = Stats.median(ratios);
            sb.append(String.format(Locale.ROOT, "%-20s %5d %7.3f %6.3f %6.3f %7s %12.2f %12.2f  %s%n",
                    e.getKey(), rs.size(), median, Stats.min(ratios), Stats.max(ratios), median <= KernelCase.of(e.getKey()).need() ? "yes" : "NO",
                    Stats.median(rs.stream().mapToDouble(ForkResult::plainNs).toArray()),
                    Stats.median(rs.stream().mapToDouble(ForkResult::hotloopNs).toArray()),
                    rs.stream().map(r -> String.format(Locale.ROOT, "%.3f", r.ratio())).collect(Collectors.joining(" "))));
        }
        return sb.toString();
    }
}
