package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;

/**
 * The names and sizes of strip-mined vector loops ({@link StripMineVectorLoops}), in one place: a
 * block function is a helper of the program under {@code BLOCK_OWNER.block$k}, called from a
 * serial <em>strip loop</em> left where the vectorised loop was:
 * <pre>
 * b7: lo = phi i64 [b6: 0L, b8: next]; s = phi [b6: 0.0, b8: r]; branch (cmp lt lo, trips), b8, b9
 * b8: span = call java/lang/Math.min(JJ)J (sub trips, lo), 1024L
 *     next = add lo, (select (cmp lt (sub (sub trips, lo), span), 1024L), (sub trips, lo), span)   (a short last block joins this one)
 *     r = call $hotloop/block.block$0(JJ[DD)D lo, next, a, s;  jump b7
 * </pre>
 * {@link #blockOf} finds the block function and its size from a strip loop, for {@code explain()}.
 */
public final class StripNames {
    private StripNames() {}

    public static final String BLOCK_OWNER = "$hotloop/block";
    public static final String BLOCK_PREFIX = "block$";

    /**
     * Iterations a block of a cheap body: enough that a call costs little beside the work, few
     * enough that a call over 1M elements runs the block method about a thousand times (C2 takes
     * a method after ~600 calls); a multiple of every lane count (up to 64 byte lanes), so only the
     * last block has a scalar tail. Measured on a loaded 2-core machine (triad and dot over 1M
     * doubles, 20-40 calls, with and without OSR): 1024, 2048, 4096 and 16384 ran the same once
     * compiled; 1024 gave the fastest second calls (1-35 ms against 80-440 ms at 4096).
     */
    public static final long LIGHT_BLOCK = 1024;
    /**
     * Iterations a block of a cheap body that draws random numbers: more than {@link #LIGHT_BLOCK},
     * because such a block pays more on entry and exit (the lane generator's state loaded into
     * vectors and stored back) and its body is several times heavier, so it reaches C2 as fast.
     */
    public static final long RANDOM_BLOCK = 4096;
    /**
     * Iterations a block of a heavy body (an inner loop or a call per iteration, like a loop
     * around Mandelbrot's escape loop): few, so the block method is called often and reaches C2.
     * Measured on Mandelbrot 800 x 600: 16 and 64 alike (24 ms a call from the second call, also
     * without OSR), 256 slower to get there (second call 35-285 ms).
     */
    public static final long HEAVY_BLOCK = 64;

    /** The strip loop's call of its block: the Math.min of the block's span carries the size. */
    public static final MethodRef MIN = new MethodRef("java/lang/Math", "min", "(JJ)J");

    public static boolean isBlock(MethodRef ref) {
        return ref.owner().equals(BLOCK_OWNER) && ref.name().startsWith(BLOCK_PREFIX);
    }

    /** A block function by its own name (the back end sees functions, not references). */
    public static boolean isBlock(Function f) {
        return f.name().startsWith(BLOCK_PREFIX);
    }

    /** A strip loop's block: the function it calls and the iterations a call. */
    public record Strip(MethodRef ref, Function block, long size) {}

    /** The block {@code loop} calls when it is a strip loop of {@code program}, else null. */
    public static Strip blockOf(Program program, Loop loop) {
        MethodRef ref = null;
        long size = 0;
        for (Block b : loop.blocks()) {
            if (loop.children().stream().anyMatch(c -> c.contains(b))) continue; // an inner loop's own strip
            for (Instr i : b.instrs()) {
                if (i.op() != Op.CALL || !(i.aux() instanceof MethodRef m)) continue;
                if (isBlock(m)) ref = m;
                else if (m.equals(MIN) && i.arg(1) instanceof Const c) size = c.longValue();
            }
        }
        if (ref == null || !program.helpers().containsKey(ref)) return null;
        return new Strip(ref, program.helpers().get(ref), size);
    }
}
