package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.analysis.Affine;
import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.analysis.InductionVariables;
import dev.hotloop.compiler.analysis.Invariance;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.analysis.LoopForest;
import dev.hotloop.compiler.analysis.LoopLines;
import dev.hotloop.compiler.analysis.Reduction;
import dev.hotloop.compiler.analysis.Reductions;
import dev.hotloop.compiler.analysis.TripCount;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Rpo;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an innermost loop can run lane-parallel with the same results as the scalar
 * loop, and plans it: a counted loop tested in its header (sole exit, step +1, invariant bound),
 * header phis that are induction variables or reductions, an acyclic body of jumps and branches
 * (if-converted by {@link BlockMasks}), contiguous accesses {@code a[i + c]} to invariant arrays,
 * and only operations {@link VectorOps} maps (transcendentals under fastmath). The checks that
 * depend on run-time values (trip count, nulls, bounds, aliasing) become guards in the back end.
 *
 * <p>Loops around an inner loop are {@link OuterLegality}'s (outer-loop vectorisation).
 * <pre>
 * for (i...) y[i] = Math.exp(x[i]);   fastmath  ==> plan
 *                                     otherwise ==> "Kernels.java:31: loop not vectorised: Math.exp needs fastmath"
 * </pre>
 */
public final class VectorLegality {
    private final Function f;
    private final Loop loop;
    private final InductionVariables ivs;
    private final Options options;
    private final Set<Instr> addressOnly = new HashSet<>();
    private final Set<LaneType> laneTypes = new HashSet<>();
    private final LaneChecks checks;

    private VectorLegality(Function f, Loop loop, InductionVariables ivs, Options options) {
        this.f = f;
        this.loop = loop;
        this.ivs = ivs;
        this.options = options;
        this.checks = new LaneChecks(laneTypes, options);
    }

    /** The verdict on {@code loop}; {@code options.vectorBits()} must be 128, 256 or 512. */
    public static LoopVerdict check(Function f, Loop loop, LoopForest forest, InductionVariables ivs, Options options) {
        VectorLegality v = new VectorLegality(f, loop, ivs, options);
        try {
            return new LoopVerdict(loop, v.plan(forest), null);
        } catch (NotVectorisable e) {
            int line = e.line > 0 ? e.line : LoopLines.of(loop).first();
            String where = line > 0 ? f.sourceFile() + ":" + line : f.sourceFile();
            return new LoopVerdict(loop, null, where + ": loop not vectorised: " + e.getMessage());
        }
    }

    private VectorPlan plan(LoopForest forest) {
        if (!loop.isInnermost()) throw new NotVectorisable(0, "it has several or nested inner loops");
        TripCount trip = TripCount.of(loop, ivs, forest.dominators())
                .orElseThrow(() -> new NotVectorisable(0, "not a counted loop (no test of an induction variable against an invariant bound)"));
        Block header = loop.header();
        Instr exit = header.terminator();
        if (trip.exiting() != header || !trip.soleExit() || loop.exiting().size() != 1) {
            Block early = loop.exiting().stream().filter(b -> b != trip.exiting()).findFirst().orElse(trip.exiting());
            throw new NotVectorisable(early.terminator(), "the loop has an exit besides its test (break or return)");
        }
        if (trip.afterStep()) throw new NotVectorisable(exit, "do-while loops are not vectorised");
        if (trip.iv().step() != 1 || !(trip.cond() == Cond.LT || trip.cond() == Cond.LE || trip.cond() == Cond.NE)) {
            throw new NotVectorisable(exit, "the loop does not count up by one");
        }
        if (header.preds().stream().filter(p -> !loop.contains(p)).count() != 1) {
            throw new NotVectorisable(exit, "the loop has several entries");
        }
        Set<Instr> skipped = new HashSet<>(List.of(exit));
        if (exit.arg(0) instanceof Instr test && test.block() == header) {
            if (test.users().size() != 1) throw new NotVectorisable(test, "the loop test is also used as a value");
            skipped.add(test);
        }
        List<Block> order = Rpo.of(header, b -> b.succs().stream().filter(s -> loop.contains(s) && s != header).toList());
        if (order.size() != loop.blocks().size()) throw new NotVectorisable(exit, "irregular control flow in the loop");

        List<Reduction> reductions = headerPhis(trip);
        findAddressOnly();
        List<Instr> invariants = new ArrayList<>();
        Map<Instr, Access> accesses = new LinkedHashMap<>();
        for (Block b : order) {
            for (Instr i : b.instrs()) {
                if (i.isPhi() && b == header || skipped.contains(i)) continue;
                if (i.isTerminator()) {
                    if (i.op() != Op.JUMP && i.op() != Op.BRANCH) throw new NotVectorisable(i, "a switch in the loop");
                    continue;
                }
                if (!i.isPhi() && invariantHere(i)) {
                    invariants.add(i);
                    continue;
                }
                if (addressOnly.contains(i)) continue;
                instruction(i, accesses);
            }
        }
        LaneChecks.checkOverlaps(accesses);
        for (Reduction r : reductions) laneTypes.add(LaneType.of(r.phi().type()));
        return sized(trip, order, reductions, invariants, skipped, accesses);
    }

    /** Every header phi is an induction variable stepping by one or a reduction the options allow. */
    private List<Reduction> headerPhis(TripCount trip) {
        List<Reduction> all = Reductions.of(loop, ivs);
        List<Reduction> out = new ArrayList<>();
        for (Instr phi : loop.header().phis()) {
            Optional<InductionVariable> iv = ivs.get(phi);
            if (iv.isPresent()) {
                if (iv.get().step() != 1 && usedBeyondItself(iv.get())) throw new NotVectorisable(phi, "induction variable " + name(phi) + " does not step by one");
                if ((iv.get() != trip.iv() || usedBeyondItself(iv.get())) && phi.type().kind() != Type.Kind.I32) throw new NotVectorisable(phi, "long induction variable " + name(phi));
                continue;
            }
            Reduction r = all.stream().filter(x -> x.phi() == phi).findFirst()
                    .orElseThrow(() -> new NotVectorisable(phi, "loop-carried value " + name(phi) + " is not a reduction"));
            if (!LaneChecks.REDUCTIONS.contains(r.operator())) {
                throw new NotVectorisable(phi, "conditional floating-point " + r.operator().substring(0, 3) + " of " + name(phi)
                        + " (which of equal values such as -0.0 and 0.0 it keeps depends on the order)");
            }
            if (LaneType.of(phi.type()) == null) throw new NotVectorisable(phi, "reduction of " + name(phi) + " of type " + phi.type());
            if (!r.exact() && !options.fastmath()) {
                throw new NotVectorisable(r.chain().isEmpty() ? phi : r.chain().getFirst(),
                        "floating-point reduction of " + name(phi) + " needs fastmath");
            }
            out.add(r);
        }
        return out;
    }

    private boolean usedBeyondItself(InductionVariable iv) {
        for (Instr u : iv.phi().users()) if (u != iv.update() && !skippedTest(u)) return true;
        return false;
    }

    private boolean skippedTest(Instr u) {
        return u.op() == Op.CMP && u.block() == loop.header() && u.users().size() == 1 && u.users().getFirst() == loop.header().terminator();
    }

    /** Pure integer arithmetic used only to form array indices (and the loop test): never computed as a vector. */
    private void findAddressOnly() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : loop.blocks()) {
                for (Instr i : b.instrs()) {
                    if (addressOnly.contains(i) || i.users().isEmpty() || !i.type().isInt() || i.type().kind() == Type.Kind.BOOL) continue;
                    if (!(i.op() == Op.ADD || i.op() == Op.SUB || i.op() == Op.MUL || i.op() == Op.SHL || i.op() == Op.NEG)) continue;
                    boolean only = true;
                    for (Instr u : i.users()) {
                        boolean index = (u.op() == Op.ALOAD || u.op() == Op.ASTORE) && u.arg(1) == i && u.arg(0) != i && (u.args().size() < 3 || u.arg(2) != i);
                        if (!(index || addressOnly.contains(u) || skippedTest(u) || u.isPhi() && u.block() == loop.header() && ivs.get(u).isPresent())) only = false;
                    }
                    if (only && addressOnly.add(i)) changed = true;
                }
            }
        }
    }

    /** Loop-invariant instructions the back end may compute once, before the vector loop (guarding those that trap). */
    private boolean invariantHere(Instr i) {
        if (!Invariance.isInvariant(loop, i)) return false;
        return switch (i.op()) {
            case ALEN, ALOAD, GETSTATIC, CONV, CMP, SELECT, ADD, SUB, MUL, NEG, AND, OR, XOR, SHL, SHR, USHR -> true;
            case DIV, REM -> true; // guarded: a zero divisor sends the loop to its scalar form
            default -> false;
        };
    }

    private void instruction(Instr i, Map<Instr, Access> accesses) {
        if (checks.lanewise(i)) return;
        if (i.op() == Op.RANDOM) random(i);
        else accesses.put(i, access(i));
    }

    /**
     * A draw becomes one draw of a lane-parallel generator per vector ({@code backend.vector.RandomLanes}):
     * its lanes hold 64-bit state, so the loop gets at most bits/64 lanes; a bound must be uniform.
     */
    private void random(Instr i) {
        if (i.aux() == dev.hotloop.compiler.ir.RandomKind.INT_BOUNDED && !Invariance.isInvariant(loop, i.arg(0))) {
            throw new NotVectorisable(i, "nextInt(bound) with a bound that changes in the loop");
        }
        laneTypes.add(LaneType.LONG);
        checks.lane(i.type(), i);
    }

    private Access access(Instr i) {
        Value array = i.arg(0);
        if (!array.type().isArray()) throw new NotVectorisable(i, "an access to a null array");
        Type elem = array.type().elem();
        if (!elem.isPrimitive()) throw new NotVectorisable(i, "a row of a 2-D array picked per iteration");
        if (!Invariance.isInvariant(loop, array)) throw new NotVectorisable(i, "an array that changes in the loop");
        Affine a = Affine.of(loop, ivs, i.arg(1));
        if (a == null || a.iv() == null || a.scale() != 1 || a.iv().step() != 1 || a.iv().phi().type().kind() != Type.Kind.I32) {
            throw new NotVectorisable(i, "index " + (a == null ? i.arg(1).ref() : a.toString()) + " is not i + c (gather/scatter)");
        }
        LaneType e = LaneType.element(elem);
        if (e.bits < 32) laneTypes.add(LaneType.INT);
        else laneTypes.add(e);
        return new Access(i, array, a.iv(), a.base(), a.offset());
    }

    private VectorPlan sized(TripCount trip, List<Block> order, List<Reduction> reductions, List<Instr> invariants,
                             Set<Instr> skipped, Map<Instr, Access> accesses) {
        if (laneTypes.isEmpty()) laneTypes.add(LaneType.INT);
        // the widest lanes name the plan; among equals the floating-point type, so the name never depends on set order
        LaneType widest = laneTypes.stream().max(java.util.Comparator.<LaneType>comparingInt(t -> t.bits).thenComparing(t -> t.ordinal())).orElseThrow();
        int bits = options.vectorBits();
        int narrowedFrom = 0;
        if (options.streamBits() > 0 && options.streamBits() < bits && memoryBound(order, skipped, invariants, accesses)) {
            narrowedFrom = bits;
            bits = options.streamBits();
        }
        int lanes = bits / widest.bits;
        if (lanes < 2) throw new NotVectorisable(0, bits + "-bit vectors hold fewer than 2 " + widest.name().toLowerCase() + " lanes");
        // The API's smallest vector has 64 bits: 8 byte or 4 short elements. With narrow arrays the
        // lane count rises to fill one, and wider lanes then use wider vectors than asked, up to 512 bits.
        for (Access a : accesses.values()) {
            LaneType e = LaneType.element(a.array().type().elem());
            if (lanes * e.bits < 64 && 64 / e.bits * widest.bits <= 512) lanes = 64 / e.bits;
        }
        for (Access a : accesses.values()) {
            LaneType e = LaneType.element(a.array().type().elem());
            if (lanes * e.bits < 64) {
                throw new NotVectorisable(a.instr(), a.array().type().elem().javaName() + " elements at " + lanes
                        + " lanes need vectors of " + lanes * e.bits + " bits (the Vector API's smallest is 64)");
            }
        }
        List<InductionVariable> list = new ArrayList<>(ivs.of(loop));
        BlockMasks masks = BlockMasks.of(order, Mask.ALL, skipped);
        return new VectorPlan(f, loop, trip, list, order, masks, reductions, invariants, skipped, accesses, widest, lanes,
                lanes * widest.bits, narrowedFrom);
    }

    /** {@link MemoryBound}'s rule on this loop's body: header phis, the test, index arithmetic, invariants and steps are free. */
    private boolean memoryBound(List<Block> order, Set<Instr> skipped, List<Instr> invariants, Map<Instr, Access> accesses) {
        Set<Instr> free = new HashSet<>(skipped);
        free.addAll(invariants);
        free.addAll(addressOnly);
        for (InductionVariable iv : ivs.of(loop)) free.add(iv.update());
        List<Instr> body = new ArrayList<>();
        for (Block b : order) {
            for (Instr i : b.instrs()) if (!(i.isPhi() && b == loop.header())) body.add(i);
        }
        return MemoryBound.test(body, accesses.values(), free);
    }

    private String name(Instr phi) {
        return f.varNames().getOrDefault(phi, phi.ref());
    }
}
