package dev.hotloop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH CSV result ({@code -rf csv}) into the table {@code bench/quick} prints: per
 * kernel and size, the time of each way to run it and the ratios that matter.
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.hotloop.bench.Ratios results.csv
 * kernel   size  interpreted  plain  facade  handle  facade/plain  handle/plain  plain/interp
 * </pre>
 * Rows are paired by benchmark method name (the kernel) and {@code size}; the class names
 * the way ({@code PlainBench}, {@code InterpretedBench}, {@code FacadeBench}, {@code HandleBench}).
 * Ratios are time over time: below 1 means the numerator is faster.
 */
public final class Ratios {
    private static final List<String> WAYS = List.of("Interpreted", "Plain", "Facade", "Handle");

    /** One JMH result row. */
    record Row(String cls, String method, String size, double score, double error, String unit) {}

    private Ratios() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Ratios results.csv");
            System.exit(2);
        }
        List<Row> rows = read(Path.of(args[0]));
        System.out.print(kernelTable(rows));
        System.out.print(dispatchTable(rows));
    }

    static List<Row> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = fields(lines.getFirst());
        int sizeCol = header.indexOf("Param: size");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            List<String> f = fields(line);
            String bench = f.get(0);
            int dot = bench.lastIndexOf('.');
            String cls = bench.substring(bench.lastIndexOf('.', dot - 1) + 1, dot);
            String size = sizeCol >= 0 && sizeCol < f.size() ? f.get(sizeCol) : "";
            rows.add(new Row(cls, bench.substring(dot + 1), size, number(f.get(4)), number(f.get(5)), f.get(6)));
        }
        return rows;
    }

    static String kernelTable(List<Row> rows) {
        // kernel+size -> way -> row, in first-seen order
        Map<String, Map<String, Row>> byKernel = new LinkedHashMap<>();
        String unit = "";
        for (Row r : rows) {
            String way = r.cls().replace("Bench", "");
            if (!WAYS.contains(way)) continue;
            unit = r.unit();
            byKernel.computeIfAbsent(r.method() + "\t" + r.size(), k -> new LinkedHashMap<>()).put(way, r);
        }
        if (byKernel.isEmpty()) return "";
        StringBuilder b = new StringBuilder();
        b.append("Kernels (").append(unit).append(", lower is better; ratios are time/time)\n");
        b.append(String.format(Locale.ROOT, "%-13s %8s %12s %11s %11s %11s %13s %13s %13s%n", "kernel", "size",
                "interpreted", "plain", "facade", "handle", "facade/plain", "handle/plain", "plain/interp"));
        for (Map.Entry<String, Map<String, Row>> e : byKernel.entrySet()) {
            String[] key = e.getKey().split("\t", -1);
            Map<String, Row> w = e.getValue();
            b.append(String.format(Locale.ROOT, "%-13s %8s %12s %11s %11s %11s %13s %13s %13s%n", key[0], key[1],
                    score(w.get("Interpreted")), score(w.get("Plain")), score(w.get("Facade")), score(w.get("Handle")),
                    ratio(w.get("Facade"), w.get("Plain")), ratio(w.get("Handle"), w.get("Plain")),
                    ratio(w.get("Plain"), w.get("Interpreted"))));
        }
        return b.toString();
    }

    static String dispatchTable(List<Row> rows) {
        Map<String, Row> calls = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.cls().equals("DispatchBench")) calls.put(r.method(), r);
        }
        if (calls.isEmpty()) return "";
        Row direct = calls.get("direct");
        StringBuilder b = new StringBuilder("\nDispatch: add1(int) per call (")
                .append(calls.values().iterator().next().unit()).append(")\n");
        b.append(String.format(Locale.ROOT, "%-10s %10s %10s %12s%n", "entry", "score", "error", "x direct"));
        for (Row r : calls.values()) {
            b.append(String.format(Locale.ROOT, "%-10s %10.3f %10.3f %12s%n", r.method(), r.score(), r.error(),
                    ratio(r, direct)));
        }
        return b.toString();
    }

    private static String score(Row r) {
        if (r == null) return "-";
        double s = r.score();
        return String.format(Locale.ROOT, s >= 100 ? "%.1f" : s >= 1 ? "%.3f" : "%.4f", s);
    }

    private static String ratio(Row num, Row den) {
        if (num == null || den == null || den.score() == 0) return "-";
        double q = num.score() / den.score();
        return String.format(Locale.ROOT, q >= 0.01 ? "%.2f" : "%.5f", q);
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Splits one CSV line; fields may be double-quoted. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
