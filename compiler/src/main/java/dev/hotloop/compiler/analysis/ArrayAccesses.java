package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * The array loads and stores of a loop (inner loops included), and the conflicts between
 * iterations that they show: a write whose index does not step with an induction variable, or
 * a write and another access to the same array value that different iterations may aim at the
 * same element ({@code y[i]} and {@code y[i-1]}; not {@code y[2*i]} and {@code y[2*i+1]}).
 * A write into a row {@code m[i]} picked by the loop's own induction variable, or into an array
 * allocated in the loop, is its iteration's own. Different array values may still alias (the same array passed twice, or two equal rows);
 * only a {@code @Parallel} loop, whose user promised independent iterations, may ignore that.
 * <pre>
 * for (i...) y[i] = y[i-1] + x[i]   ==>  conflicts: "v1[v2] written, v1[v2 - 1] read"
 * for (i...) y[i] = 2 * x[i]        ==>  no conflicts
 * </pre>
 */
public final class ArrayAccesses {
    private final Loop loop;
    private final InductionVariables ivs;
    private final List<ArrayAccess> accesses;

    private ArrayAccesses(Loop loop, InductionVariables ivs, List<ArrayAccess> accesses) {
        this.loop = loop;
        this.ivs = ivs;
        this.accesses = List.copyOf(accesses);
    }

    public static ArrayAccesses of(Loop loop, InductionVariables ivs) {
        List<ArrayAccess> out = new ArrayList<>();
        for (Block b : loop.blocks()) {
            for (Instr i : b.instrs()) {
                if (i.op() == Op.ALOAD || i.op() == Op.ASTORE) out.add(new ArrayAccess(i, Affine.of(loop, ivs, i.arg(1))));
            }
        }
        return new ArrayAccesses(loop, ivs, out);
    }

    /** In block order. */
    public List<ArrayAccess> all() { return accesses; }

    public List<ArrayAccess> writes() { return accesses.stream().filter(ArrayAccess::isWrite).toList(); }

    /**
     * Why iterations may touch the same element of one array value, one line per pair or
     * write: {@code v1[v2] written, v1[v2 - 1] read}, {@code v4[?] written}. Empty when each
     * iteration keeps to its own elements.
     */
    public List<String> conflicts() {
        List<String> out = new ArrayList<>();
        for (ArrayAccess w : writes()) {
            if (ownRow(w) || ownArray(w)) continue;
            if (w.index() == null || w.index().iv() == null) {
                out.add(w.array().ref() + "[" + (w.index() == null ? "?" : w.index()) + "] written, not indexed by an induction variable");
                continue;
            }
            for (ArrayAccess o : accesses) {
                if (o == w || o.array() != w.array() || o.isWrite() && accesses.indexOf(o) < accesses.indexOf(w)) continue;
                if (mayMeet(w.index(), o.index())) {
                    out.add(w.array().ref() + "[" + w.index() + "] written, " + o.array().ref() + "[" + (o.index() == null ? "?" : o.index()) + "] "
                            + (o.isWrite() ? "written" : "read"));
                }
            }
        }
        return out;
    }

    /** A write into {@code m[i]}, a row picked by this loop's induction variable: each iteration has its own row. */
    private boolean ownRow(ArrayAccess w) {
        if (!(w.array() instanceof Instr row) || row.op() != Op.ALOAD || row.block() == null || !loop.contains(row.block())) return false;
        Affine a = Affine.of(loop, ivs, row.arg(1));
        return a != null && a.iv() != null && a.isUnitStride();
    }

    /**
     * A write into an array allocated in the loop: without a phi between them, the allocation that
     * a write sees is its own iteration's (the rows of {@code AllocateRowsInLoop}, a scratch array).
     */
    private boolean ownArray(ArrayAccess w) {
        return w.array() instanceof Instr a && a.op() == Op.NEWARRAY && a.block() != null && loop.contains(a.block());
    }

    /**
     * Whether {@code a} in one iteration and {@code b} in another may be one element: with one
     * induction variable, scale and base, {@code k*i1 + c1 == k*i2 + c2} for some {@code i1 != i2}
     * exactly when {@code c1 - c2} is a non-zero multiple of {@code k}; otherwise assume they may.
     */
    private static boolean mayMeet(Affine a, Affine b) {
        if (b == null || a.iv() != b.iv() || a.scale() != b.scale() || a.base() != b.base()) return true;
        long d = a.offset() - b.offset();
        return d != 0 && d % a.scale() == 0;
    }
}
