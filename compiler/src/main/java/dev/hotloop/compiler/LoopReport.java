package dev.hotloop.compiler;

import java.util.List;

/**
 * What the compiler did with one loop, for {@code explain()}.
 * <pre>Kernels.java:12-15 loop b1 (depth 1): serial</pre>
 *
 * @param file      source file
 * @param firstLine first source line of the loop (0 if unknown)
 * @param lastLine  last source line of the loop
 * @param depth     nesting depth, 1 for outermost
 * @param status    one line: {@code serial}, {@code parallel (...)}, {@code vectorised (...)}
 * @param notes     further lines: reductions, why not parallel or vectorised, suspected races
 */
public record LoopReport(String file, int firstLine, int lastLine, int depth, String status, List<String> notes) {
    public LoopReport {
        notes = List.copyOf(notes);
    }

    public String where() {
        if (firstLine <= 0) return file;
        return firstLine == lastLine ? file + ":" + firstLine : file + ":" + firstLine + "-" + lastLine;
    }
}
