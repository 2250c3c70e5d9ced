package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.analysis.LoopForest;
import dev.hotloop.compiler.analysis.LoopLines;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.EnumSet;
import java.util.Set;

/**
 * The vectoriser's profitability rule: an inner loop that HotSpot's C2 auto-vectorises by itself
 * (SuperWord) gets no Vector API code. It stays scalar, C2 vectorises it, and it runs as fast as
 * plain Java: our vector loop would only add guards and the Vector API's warm-up (C1 boxes every
 * vector until C2 compiles the method) to code C2 makes as fast. Measured ({@code bench}'s
 * {@code C2Bench}, 1,000 elements, JDK 25, AVX-512): with SuperWord off the plain loops below run
 * 6-35x slower, so C2 vectorises them; our Vector API loop was no faster (float axpy 56 vs 44 ns,
 * int add 77 vs 69 ns, triad 132 vs 135 ns), and left to C2 they run within the noise of plain Java.
 * <pre>
 * for (int i = 0; i &lt; n; i++) a[i] = b[i] + s * c[i];   ==> "K.java:3: loop left to C2's auto-vectoriser (...)"
 * for (int i = 0; i &lt; n; i++) s += x[i];   (long s, int[] x: a widening)   ==> our plan stays
 * </pre>
 * The rule is deliberately narrow: only shapes C2 on JDK 25 was seen to vectorise ({@code C2Bench}
 * and {@code C2Interleaved}, with and without {@code -XX:-UseSuperWord}). SuperWord packs the
 * unrolled body of an int-counted loop only when it has no control flow (Emanuel Peter's notes on
 * C2's auto-vectoriser, eme64.github.io, 2023), and JDK 25's {@code SuperWord::profitable} drops a
 * reduction when the loop has no other vector work ({@code _num_work_vecs == _num_reductions},
 * openjdk/jdk PR 17800): a plain {@code int} sum ran scalar (413 ns vs our 33 ns). JDK 26's cost
 * model (JDK-8340093) changes that; revisit the reduction case then. A loop is left to C2 when all of
 * these hold:
 * <ul>
 * <li>an inner plan (not an outer loop run in lockstep), counting an {@code int} up by one with
 *     {@code i < bound};</li>
 * <li>one straight-line body: no branch but the loop test (if-conversion stays ours);</li>
 * <li>every access {@code a[i + c]} with a constant {@code c}, at least one load, arrays of one
 *     element type among {@code int long float double} (no byte, short or char lanes), and every
 *     access to an array type that is stored at the store's own index (C2 does not know which arrays
 *     alias, so a store and a load at another offset may depend on each other);</li>
 * <li>only {@code + - *}, floating-point {@code /}, negation, {@code int} bitwise operators and shifts
 *     by an invariant count, and {@code Math.sqrt(double)}, all in that one type: no conversions, compares,
 *     selects, random draws or other calls;</li>
 * <li>no reductions: C2 on JDK 25 left {@code int} and {@code long} sums scalar (ours 5-12x faster),
 *     floating-point ones are ordered, and where C2 did vectorise one (an int dot product) ours was as fast;</li>
 * <li>the loop variable used only in indices ({@code a[i] = i} was not measured: it stays ours).</li>
 * </ul>
 */
final class C2Vectorises {
    /** The reason explain() gives, after {@code Kernels.java:12: }. */
    static final String REASON = "loop left to C2's auto-vectoriser (a straight-line loop of array loads, stores and arithmetic)";

    private static final Set<Op> ARITH = EnumSet.of(Op.ADD, Op.SUB, Op.MUL, Op.NEG, Op.AND, Op.OR, Op.XOR, Op.SHL, Op.SHR, Op.USHR, Op.DIV);
    /** Loop-invariant instructions C2 hoists out of the loop as our vector loop would. */
    private static final Set<Op> HOISTED = EnumSet.of(Op.ALEN, Op.GETSTATIC, Op.ADD, Op.SUB, Op.MUL, Op.NEG, Op.AND, Op.OR,
            Op.XOR, Op.SHL, Op.SHR, Op.USHR, Op.CONV);

    private C2Vectorises() {}

    /** Replaces the plan of every inner loop of {@code f} that C2 vectorises by itself with {@link #REASON}. */
    static void leaveToC2(Function f, LoopForest forest, VectorVerdicts out) {
        for (Loop loop : forest.loops()) {
            VectorPlan p = out.plan(f, loop.header());
            if (p == null || !vectorises(p)) continue;
            int line = LoopLines.of(loop).first();
            out.put(f, new LoopVerdict(loop, null, (line > 0 ? f.sourceFile() + ":" + line : f.sourceFile()) + ": " + REASON));
        }
    }

    /** True when C2's SuperWord vectorises the plan's loop as it stands in scalar bytecode. */
    static boolean vectorises(VectorPlan p) {
        InductionVariable iv = p.trip().iv();
        if (p.trip().cond() != Cond.LT || p.trip().afterStep() || iv.phi().type().kind() != Type.Kind.I32) return false;
        LaneType lane = null;
        for (Access a : p.accesses().values()) {
            if (a.base() != null) return false;
            LaneType e = LaneType.element(a.array().type().elem());
            if (lane != null && e != lane) return false;
            lane = e;
        }
        if (lane == null || lane == LaneType.BYTE || lane == LaneType.SHORT) return false;
        if (p.accesses().keySet().stream().noneMatch(i -> i.op() == Op.ALOAD)) return false;
        if (!sameIndexStores(p)) return false;
        // reductions stay ours: C2 left int and long sums scalar (C2Bench sumInts 1,000: 447 ns plain, 37 ns ours)
        if (!p.reductions().isEmpty()) return false;
        for (InductionVariable other : p.ivs()) {
            if (other.phi() != iv.phi() && other.phi().block() == p.loop().header()) return false;
        }
        for (Block b : p.order()) {
            for (Instr i : b.instrs()) {
                if (i.isPhi() && b == p.loop().header() || p.skipped().contains(i) || i == iv.update()) continue;
                if (i.isTerminator()) {
                    if (b != p.loop().header() && i.op() != Op.JUMP) return false;
                    continue;
                }
                if (p.invariants().contains(i)) {
                    if (!HOISTED.contains(i.op()) && !(i.op() == Op.ALOAD && i.type().isArray())) return false;
                    continue;
                }
                if (!inLanes(p, i, lane)) return false;
            }
        }
        return true;
    }

    /** A store and any other access to an array of its type (maybe the same array) use its index. */
    private static boolean sameIndexStores(VectorPlan p) {
        for (Access w : p.accesses().values()) {
            if (w.instr().op() != Op.ASTORE) continue;
            for (Access o : p.accesses().values()) {
                if (o != w && o.array().type().equals(w.array().type()) && !o.sameIndex(w)) return false;
            }
        }
        return true;
    }

    /** One instruction of the body: an access, index arithmetic, or an operation C2 packs in {@code lane}. */
    private static boolean inLanes(VectorPlan p, Instr i, LaneType lane) {
        if (i.op() == Op.ALOAD || i.op() == Op.ASTORE) {
            return p.accesses().containsKey(i) && (i.op() == Op.ALOAD || !isIv(p, i.arg(2)));
        }
        if (indexOnly(p, i)) return true;
        for (Value a : i.args()) if (isIv(p, a)) return false;
        if (LaneType.of(i.type()) != lane) return false;
        if (i.op() == Op.CALL) {
            MethodRef m = (MethodRef) i.aux();
            return m.owner().equals("java/lang/Math") && m.name().equals("sqrt") && lane == LaneType.DOUBLE;
        }
        if (!ARITH.contains(i.op())) return false;
        if (i.op() == Op.DIV && !lane.isFloat()) return false;
        // bitwise operators and shifts were measured on int lanes only
        if ((i.op() == Op.AND || i.op() == Op.OR || i.op() == Op.XOR) && lane != LaneType.INT) return false;
        if (i.op() == Op.SHL || i.op() == Op.SHR || i.op() == Op.USHR) return lane == LaneType.INT && p.isUniform(i.arg(1));
        return true;
    }

    /** Integer arithmetic whose every user is an access's index or more such arithmetic ({@code a[i + 1]}). */
    private static boolean indexOnly(VectorPlan p, Instr i) {
        if (i.type().kind() != Type.Kind.I32 || !(i.op() == Op.ADD || i.op() == Op.SUB) || i.users().isEmpty()) return false;
        if (!(i.arg(0) instanceof Const || i.arg(1) instanceof Const)) return false;
        for (Instr u : i.users()) {
            boolean index = (u.op() == Op.ALOAD || u.op() == Op.ASTORE) && u.arg(1) == i && (u.op() == Op.ALOAD || u.arg(2) != i);
            if (!index && !indexOnly(p, u)) return false;
        }
        return true;
    }

    private static boolean isIv(VectorPlan p, Value v) {
        return p.ivOf(v) != null;
    }
}
