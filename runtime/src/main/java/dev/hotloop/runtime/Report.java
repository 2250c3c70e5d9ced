package dev.hotloop.runtime;

import dev.hotloop.KernelStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of {@code Hotloop.report()}: one row per variant of every kernel, compile cost
 * against run cost, in fixed-width columns.
 * <pre>
 * kernel                signature      compile ms  first call ms  calls  run ms  mean us  fallback
 * Kernels.monteCarloPi  double(long)        14.20           0.31      3   92.00  30666.7
 * </pre>
 */
final class Report {
    private static final String[] HEADERS =
            {"kernel", "signature", "compile ms", "first call ms", "calls", "run ms", "mean us", "fallback"};
    /** Columns aligned left (text); the others are numbers, aligned right. */
    private static final boolean[] LEFT = {true, true, false, false, false, false, false, true};

    private Report() {}

    /** With {@code countCalls} false ({@code hotloop.count.calls=false}) the calls column says what it leaves out. */
    static String of(List<KernelStats> stats, boolean countCalls) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (KernelStats s : stats) {
            rows.add(new String[] {s.kernel(), s.signature(), compile(s), ms(s.firstCallNanos()),
                    Long.toString(s.calls()), ms(s.runNanos()),
                    s.calls() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", s.meanNanos() / 1e3), s.fallback()});
        }
        int[] width = new int[HEADERS.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) width[c] = Math.max(width[c], r[c].length());
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                if (c > 0) line.append("  ");
                String pad = " ".repeat(width[c] - r[c].length());
                line.append(LEFT[c] ? r[c] + pad : pad + r[c]);
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        if (stats.isEmpty()) b.append("(no kernel variants yet)\n");
        b.append("compile ms: bytecode to loaded class, all compiler phases and class definition; ")
                .append("(cached): loaded from the disk cache, the time to check and define it; ")
                .append("first call ms: the variant's first run (cold code); run ms: all calls, first included; ")
                .append("mean us: run / calls; fallback: why the original method runs instead of compiled code\n");
        if (!countCalls) {
            b.append("hotloop.count.calls=false: calls through facades and handles are not counted; ")
                    .append("calls and run ms are those of invoke()\n");
        }
        return b.toString();
    }

    /** A variant loaded from the disk cache did not compile: its column says so beside the load time. */
    private static String compile(KernelStats s) {
        return s.cached() ? ms(s.compileNanos()) + " (cached)" : ms(s.compileNanos());
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
