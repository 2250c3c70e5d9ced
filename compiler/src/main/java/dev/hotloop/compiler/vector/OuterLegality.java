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
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a loop whose one inner loop stayed scalar can run with a lane per outer
 * iteration, and plans it ({@link OuterPlan}). The outer loop must be counted, tested in its
 * header, step +1 over an int; its body one inner loop entered from one block and left to one
 * block, with straight (if-converted) code around it. Values of the inner loop that every running
 * lane shares (an induction variable from an invariant start, loads at such an index) stay
 * scalars; the rest become lanes. Accesses are contiguous ({@code a[i + c]}, i the outer
 * variable) or, inside the inner loop, at a shared index (a broadcast); stores after the inner
 * loop, or before it when it has no shared loads (a shared load out of bounds abandons the vector
 * iteration, which must then have stored nothing). Anything else keeps the nest scalar, with the reason.
 * The parts: {@link NestShape} (the body cut around the inner loop), {@link SharedScalars} and
 * {@link AddressOnly} (what is not a vector), {@link UniformExits} (exits all lanes take at once).
 * <pre>
 * for (i...) { s = 0; for (j...) s += m[j] / (x[j] - x[i]); f[i] = s; }   ==> plan: lanes = i, j scalar
 * for (i...) { for (j...) s += t[idx[j] + i]; }    ==> "K.java:3: loop not vectorised: (outer) index ... (gather/scatter)"
 * </pre>
 */
public final class OuterLegality {
    private final Function f;
    private final Loop loop;
    private final Loop inner;
    private final InductionVariables ivs;
    private final Options options;
    private final Set<LaneType> laneTypes = new HashSet<>();
    private final LaneChecks checks;
    private final Set<Instr> scalars = new LinkedHashSet<>();
    private final Set<Instr> addressOnly = new HashSet<>();
    private final List<Instr> invariants = new ArrayList<>();

    private OuterLegality(Function f, Loop loop, Loop inner, InductionVariables ivs, Options options) {
        this.f = f;
        this.loop = loop;
        this.inner = inner;
        this.ivs = ivs;
        this.options = options;
        this.checks = new LaneChecks(laneTypes, options);
    }

    /**
     * The verdict on {@code loop}, whose one child is innermost and got verdict {@code inner}: an
     * inner loop that vectorises by itself runs contiguous vectors, which beats lockstep lanes.
     */
    static LoopVerdict check(Function f, Loop loop, LoopForest forest, InductionVariables ivs, Options options, LoopVerdict inner) {
        if (inner != null && inner.vectorised()) {
            return new LoopVerdict(loop, null, f.sourceFile() + ": loop not vectorised: its inner loop is vectorised instead");
        }
        OuterLegality o = new OuterLegality(f, loop, loop.children().getFirst(), ivs, options);
        try {
            return new LoopVerdict(loop, null, null, o.plan(forest));
        } catch (NotVectorisable e) {
            int line = e.line > 0 ? e.line : LoopLines.of(loop).first();
            String where = line > 0 ? f.sourceFile() + ":" + line : f.sourceFile();
            return new LoopVerdict(loop, null, where + ": loop not vectorised: (outer) " + e.getMessage());
        }
    }

    private OuterPlan plan(LoopForest forest) {
        TripCount trip = TripCount.of(loop, ivs, forest.dominators())
                .orElseThrow(() -> new NotVectorisable(0, "not a counted loop"));
        Block header = loop.header();
        Instr exitBranch = header.terminator();
        if (trip.exiting() != header || !trip.soleExit() || loop.exiting().size() != 1) {
            throw new NotVectorisable(0, "the loop has an exit besides its test (break or return)");
        }
        if (trip.afterStep()) throw new NotVectorisable(exitBranch, "do-while loops are not vectorised");
        if (trip.iv().step() != 1 || !(trip.cond() == Cond.LT || trip.cond() == Cond.LE || trip.cond() == Cond.NE)
                || trip.iv().phi().type().kind() != Type.Kind.I32) {
            throw new NotVectorisable(exitBranch, "the loop does not count up by one over an int");
        }
        if (header.preds().stream().filter(p -> !loop.contains(p)).count() != 1) throw new NotVectorisable(exitBranch, "the loop has several entries");
        Set<Instr> skipped = new HashSet<>(List.of(exitBranch));
        if (exitBranch.arg(0) instanceof Instr test && test.block() == header) {
            if (test.users().size() != 1) throw new NotVectorisable(test, "the loop test is also used as a value");
            skipped.add(test);
        }

        Block h = inner.header();
        NestShape shape = NestShape.of(loop, inner);
        Block preheader = shape.preheader(), exit = shape.exit();
        List<Block> leaves = shape.leaves(), pre = shape.pre(), innerOrder = shape.innerOrder(), post = shape.post();

        List<Reduction> reductions = headerPhis(trip);
        List<Block> order = new ArrayList<>(pre);
        order.addAll(innerOrder);
        order.addAll(post);
        for (Block b : order) {
            for (Instr i : b.instrs()) {
                if (!i.isPhi() && !i.isTerminator() && !skipped.contains(i) && invariantHere(i)) invariants.add(i);
            }
        }
        scalars.addAll(SharedScalars.of(f, inner, preheader, ivs, this::hoisted));
        addressOnly.addAll(AddressOnly.of(loop, ivs, scalars));

        Map<Instr, Access> accesses = new LinkedHashMap<>();
        Set<Value> storedArrays = new HashSet<>();
        // a shared load out of bounds abandons a vector iteration inside its inner loop for the scalar loop to redo
        boolean abandons = scalars.stream().anyMatch(i -> i.op() == Op.ALOAD);
        for (Block b : order) {
            boolean inInner = inner.contains(b);
            for (Instr i : b.instrs()) {
                if (i.isPhi() && (b == header || b == h && scalars.contains(i)) || skipped.contains(i)) continue;
                if (i.isTerminator()) {
                    if (i.op() != Op.JUMP && i.op() != Op.BRANCH) throw new NotVectorisable(i, "a switch in the loop");
                    continue;
                }
                if (invariants.contains(i) || addressOnly.contains(i) || scalars.contains(i)) continue;
                if (i.op() == Op.ASTORE) {
                    if (inInner) throw new NotVectorisable(i, "a store in the inner loop");
                    if (pre.contains(b) && abandons) throw new NotVectorisable(i, "a store before an inner loop that reads an array at a shared index");
                    storedArrays.add(i.arg(0));
                }
                instruction(i, accesses, inInner);
            }
        }
        LaneChecks.checkOverlaps(accesses);
        for (Instr s : scalars) {
            if (s.op() == Op.ALOAD && storedArrays.contains(s.arg(0))) {
                throw new NotVectorisable(s, "an array read in the inner loop is written in the outer loop");
            }
        }
        List<Instr> vectorPhis = new ArrayList<>(), scalarPhis = new ArrayList<>();
        for (Instr phi : h.phis()) (scalars.contains(phi) ? scalarPhis : vectorPhis).add(phi);
        List<Instr> liveOuts = new ArrayList<>();
        for (Block b : innerOrder) {
            for (Instr i : b.instrs()) {
                boolean out = i.users().stream().anyMatch(u -> u.block() != null && !inner.contains(u.block()));
                if (!out) continue;
                if (i.type().kind() == Type.Kind.BOOL || LaneType.of(i.type()) == null) {
                    throw new NotVectorisable(i, "a " + i.type().javaName() + " value of the inner loop used after it");
                }
                laneTypes.add(LaneType.of(i.type()));
                liveOuts.add(i);
            }
        }
        for (Reduction r : reductions) laneTypes.add(LaneType.of(r.phi().type()));

        if (laneTypes.isEmpty()) laneTypes.add(LaneType.INT);
        // of equal widths, name the floating-point type (what the nest computes in) in reports
        LaneType widest = laneTypes.stream().max(java.util.Comparator.<LaneType>comparingInt(t -> t.bits)
                .thenComparing(LaneType::isFloat)).orElseThrow();
        int bits = options.vectorBits();
        int lanes = bits / widest.bits;
        if (lanes < 2) throw new NotVectorisable(0, bits + "-bit vectors hold fewer than 2 " + widest.name().toLowerCase() + " lanes");
        for (Access a : accesses.values()) {
            LaneType e = LaneType.element(a.array().type().elem());
            if (lanes * e.bits < 64) {
                throw new NotVectorisable(a.instr(), a.array().type().elem().javaName() + " elements at " + lanes
                        + " lanes need vectors of " + lanes * e.bits + " bits (the Vector API's smallest is 64)");
            }
        }
        // a comparison of values of the widest lane type, so masks of other lane types are casts of its mask
        Instr active = new Instr(Op.CMP, Type.BOOL, List.of(zero(widest), zero(widest))).setAux(Cond.EQ);
        BlockMasks preMasks = BlockMasks.of(pre, Mask.ALL, skipped);
        Set<Instr> uniformExits = UniformExits.of(innerOrder, leaves, active, scalars);
        BlockMasks innerMasks = BlockMasks.of(innerOrder, new Mask.Test(active, false), uniformExits);
        BlockMasks postMasks = BlockMasks.of(post, preMasks.edge(preheader, h), Set.of());
        BlockMasks masks = BlockMasks.union(List.of(preMasks, innerMasks, postMasks));
        VectorPlan vector = new VectorPlan(f, loop, trip, new ArrayList<>(ivs.of(loop)), order, masks, reductions,
                invariants, skipped, accesses, widest, lanes, lanes * widest.bits);
        int line = LoopLines.of(inner).first();
        String innerWhere = line > 0 ? f.sourceFile() + ":" + line : f.sourceFile();
        return new OuterPlan(vector, inner, pre, innerOrder, post, preheader, exit, leaves, scalars, vectorPhis, scalarPhis,
                liveOuts, active, uniformExits, innerWhere);
    }

    /** The outer header's phis: induction variables and the reductions the options allow. */
    private List<Reduction> headerPhis(TripCount trip) {
        List<Reduction> all = Reductions.of(loop, ivs);
        List<Reduction> out = new ArrayList<>();
        for (Instr phi : loop.header().phis()) {
            Optional<InductionVariable> iv = ivs.get(phi);
            if (iv.isPresent()) {
                boolean used = phi.users().stream().anyMatch(u -> u != iv.get().update() && !(u.block() == loop.header() && u.op() == Op.CMP));
                if (used && (iv.get().step() != 1 || phi.type().kind() != Type.Kind.I32)) {
                    throw new NotVectorisable(phi, "induction variable " + name(phi) + " is not an int stepping by one");
                }
                continue;
            }
            Reduction r = all.stream().filter(x -> x.phi() == phi).findFirst()
                    .orElseThrow(() -> new NotVectorisable(phi, "loop-carried value " + name(phi) + " is not a reduction"));
            if (LaneType.of(phi.type()) == null || !LaneChecks.REDUCTIONS.contains(r.operator())) {
                throw new NotVectorisable(phi, r.javaType() + " reduction of " + name(phi));
            }
            if (!r.exact() && !options.fastmath()) {
                throw new NotVectorisable(r.chain().isEmpty() ? phi : r.chain().getFirst(), "floating-point reduction of " + name(phi) + " needs fastmath");
            }
            out.add(r);
        }
        return out;
    }

    private boolean invariantHere(Instr i) {
        if (!Invariance.isInvariant(loop, i)) return false;
        return switch (i.op()) {
            case ALEN, ALOAD, GETSTATIC, CONV, CMP, SELECT, ADD, SUB, MUL, NEG, AND, OR, XOR, SHL, SHR, USHR, DIV, REM -> true;
            default -> false;
        };
    }

    /** The same value on every lane for the whole loop: from outside, or an invariant computed before it. */
    private boolean hoisted(Value v) {
        if (!(v instanceof Instr i) || i.block() == null || !loop.contains(i.block())) return true;
        return invariants.contains(i);
    }

    private void instruction(Instr i, Map<Instr, Access> accesses, boolean inInner) {
        if (checks.lanewise(i)) return;
        if (i.op() == Op.RANDOM) random(i, inInner);
        else accesses.put(i, access(i));
    }

    /**
     * A draw around the inner loop becomes one vector draw per vector iteration, as in an inner
     * plan ({@code backend.vector.RandomLanes}: 64-bit lanes, a uniform bound). In the inner loop
     * lanes leave at different times, so per-lane streams would drift: refused.
     */
    private void random(Instr i, boolean inInner) {
        if (inInner) throw new NotVectorisable(i, "a random draw in the inner loop");
        if (i.aux() == dev.hotloop.compiler.ir.RandomKind.INT_BOUNDED && !hoisted(i.arg(0))) {
            throw new NotVectorisable(i, "nextInt(bound) with a bound that changes in the loop");
        }
        laneTypes.add(LaneType.LONG);
        checks.lane(i.type(), i);
    }

    /** {@code a[i + c]} with {@code i} the outer loop's variable: one vector over the lanes. */
    private Access access(Instr i) {
        Value array = i.arg(0);
        if (!array.type().isArray()) throw new NotVectorisable(i, "an access to a null array");
        Type elem = array.type().elem();
        if (!elem.isPrimitive()) throw new NotVectorisable(i, "a row of a 2-D array picked per iteration");
        if (!hoisted(array)) throw new NotVectorisable(i, "an array that changes in the loop");
        Affine a = Affine.of(loop, ivs, i.arg(1));
        if (a == null || a.iv() == null || a.scale() != 1 || a.iv().step() != 1 || a.iv().phi().type().kind() != Type.Kind.I32
                || a.base() != null && !hoisted(a.base())) {
            throw new NotVectorisable(i, "index " + (a == null ? i.arg(1).ref() : a.toString()) + " is neither i + c nor the same on every lane (gather/scatter)");
        }
        LaneType e = LaneType.element(elem);
        laneTypes.add(e.bits < 32 ? LaneType.INT : e);
        return new Access(i, array, a.iv(), a.base(), a.offset());
    }

    private static dev.hotloop.compiler.ir.Const zero(LaneType t) {
        return switch (t) {
            case LONG -> dev.hotloop.compiler.ir.Const.i64(0);
            case FLOAT -> dev.hotloop.compiler.ir.Const.f32(0);
            case DOUBLE -> dev.hotloop.compiler.ir.Const.f64(0);
            default -> dev.hotloop.compiler.ir.Const.i32(0);
        };
    }

    private String name(Instr phi) {
        return f.varNames().getOrDefault(phi, phi.ref());
    }
}
