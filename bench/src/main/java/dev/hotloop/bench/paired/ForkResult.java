package dev.hotloop.bench.paired;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one fork measured for one kernel: medians over its rounds of plain's and Hotloop's time
 * per call and of their per-round ratio. A fork prints it as one line that the driver parses:
 * <pre>
 *   PAIRED case=dot/1000 pad=0 plain=595.1 hotloop=571.2 ratio=0.9598 rounds=10 warmup=1800 placement=a@16,b@3936,c@3760
 * </pre>
 *
 * @param ratio        median over rounds of hotloop/plain (not the ratio of the medians)
 * @param warmupMillis how long the fork warmed up before its rounds
 */
record ForkResult(String caseId, int pad, double plainNs, double hotloopNs, double ratio, int rounds,
                  long warmupMillis, String placement) {
    static final String PREFIX = "PAIRED ";

    String toLine() {
        return PREFIX + "case=" + caseId + " pad=" + pad
                + " plain=" + String.format(Locale.ROOT, "%.2f", plainNs) + " hotloop=" + String.format(Locale.ROOT, "%.2f", hotloopNs)
                + " ratio=" + String.format(Locale.ROOT, "%.4f", ratio) + " rounds=" + rounds + " warmup=" + warmupMillis
                + " placement=" + placement.replace(' ', ',');
    }

    /** The result on a fork's output line, or empty for any other line. */
    static Optional<ForkResult> parse(String line) {
        if (!line.startsWith(PREFIX)) return Optional.empty();
        Map<String, String> kv = new LinkedHashMap<>();
        for (String field : line.substring(PREFIX.length()).trim().split("\\s+")) {
            int eq = field.indexOf('=');
            if (eq > 0) kv.put(field.substring(0, eq), field.substring(eq + 1));
        }
        return Optional.of(new ForkResult(kv.get("case"), Integer.parseInt(kv.get("pad")),
                Double.parseDouble(kv.get("plain")), Double.parseDouble(kv.get("hotloop")),
                Double.parseDouble(kv.get("ratio")), Integer.parseInt(kv.get("rounds")),
                Long.parseLong(kv.getOrDefault("warmup", "0")),
                kv.getOrDefault("placement", "")));
    }
}
