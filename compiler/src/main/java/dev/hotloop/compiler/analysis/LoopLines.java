package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;

/**
 * The source lines a loop spans: the smallest and largest {@link Instr#line()} over its
 * blocks, ignoring instructions without a line; {@code (0, 0)} when none has one.
 * <pre>LoopLines.of(loop).where("Kernels.java")  ==>  "Kernels.java:12-15"</pre>
 */
public record LoopLines(int first, int last) {
    public static LoopLines of(Loop loop) {
        int first = Integer.MAX_VALUE, last = 0;
        for (Block b : loop.blocks()) {
            for (Instr i : b.instrs()) {
                if (i.line() <= 0) continue;
                first = Math.min(first, i.line());
                last = Math.max(last, i.line());
            }
        }
        return last == 0 ? new LoopLines(0, 0) : new LoopLines(first, last);
    }

    public boolean known() { return first > 0; }

    /** {@code File.java:12-15}, {@code File.java:12}, or just the file when no line is known. */
    public String where(String file) {
        if (!known()) return file;
        return first == last ? file + ":" + first : file + ":" + first + "-" + last;
    }
}
