package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The width rule for memory-bound inner loops: a loop that does little arithmetic per byte it
 * loads and stores runs on narrower vectors ({@code Options.streamBits}, 256 bits) than the
 * preferred 512. On this AMD EPYC (AVX-512, JDK 25), streaming loops moved data faster with
 * 256-bit vectors (JMH, 1M doubles: dot 512 -> 312 us, ufunc relDiff 798 -> 412 us), while a
 * loop heavy in square roots and divisions ran slower at 256 (ufunc shrink 558 -> 996 us).
 *
 * <p>The rule: estimate the body's arithmetic in units of a simple vector operation (1 each,
 * a division 8, a square root 16, a transcendental call 32, a random draw 8; loads, stores,
 * index arithmetic, the loop test and hoisted invariants cost nothing) and the bytes its accesses
 * move per iteration (each element loaded or stored counted once, however often the body reads it);
 * the loop is memory-bound when the arithmetic is below one unit per byte.
 * <pre>
 * s += a[i] * b[i]                          2 units, 16 bytes  ==> memory-bound (256 bits)
 * d = |x|+|y|; out = d == 0 ? 0 : (x-y)/d   14 units, 24 bytes ==> memory-bound
 * r = sqrt(x*x+y*y); out = r > .5 ? x*(1-.5/r) : 0   31 units, 24 bytes ==> compute-bound (512 bits)
 * </pre>
 * Outer-loop plans never narrow: their body holds an inner loop, so work per element is unbounded.
 * A width the user pins ({@code hotloop.vector.bits}) applies to every loop: {@code streamBits} is 0 then.
 */
final class MemoryBound {
    /** Cost units per byte moved below which a loop counts as memory-bound. */
    static final int UNITS_PER_BYTE = 1;

    private MemoryBound() {}

    /**
     * True when the loop body {@code body} (its instructions, in any order) is memory-bound.
     * {@code free} holds the instructions the vector loop does not compute per lane (loop test,
     * index arithmetic, hoisted invariants, induction steps).
     */
    static boolean test(Collection<Instr> body, Collection<Access> accesses, Set<Instr> free) {
        long bytes = 0;
        Set<List<Object>> seen = new HashSet<>(); // x[i] read three times moves its bytes once (from L1 after the first)
        for (Access a : accesses) {
            if (!seen.add(Arrays.asList(a.instr().op(), a.array(), a.iv().phi(), a.base(), a.offset()))) continue;
            bytes += Math.max(1, LaneType.element(a.array().type().elem()).bits / 8);
        }
        if (bytes == 0) return false;
        long units = 0;
        for (Instr i : body) {
            if (free.contains(i) || i.isTerminator() || i.op() == Op.ALOAD || i.op() == Op.ASTORE) continue;
            units += units(i);
        }
        return units < bytes * UNITS_PER_BYTE;
    }

    /** Estimated cost of one lanewise instruction, in simple vector operations. */
    static int units(Instr i) {
        return switch (i.op()) {
            case DIV, REM, RANDOM -> 8;
            case CALL -> call((MethodRef) i.aux());
            default -> 1;
        };
    }

    private static int call(MethodRef m) {
        return switch (m.name()) {
            case "abs", "min", "max", "signum", "copySign", "fma", "floor", "ceil", "rint", "round" -> 1;
            case "sqrt", "cbrt", "hypot" -> 16;
            default -> 32;
        };
    }
}
