package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.Map;
import java.util.Set;

/**
 * The checks every vector plan makes of a loop's instructions, inner ({@link VectorLegality}) or
 * outer ({@link OuterLegality}): can the operation run lane-wise with Java's exact bits, and which
 * lane types does it need. Memory accesses and random draws depend on the plan and are left to it.
 * <pre>
 * LaneChecks c = new LaneChecks(laneTypes, options);
 * if (!c.lanewise(i)) accesses.put(i, access(i));   // an aload/astore (or a draw): the plan's own check
 * </pre>
 * A refusal is a {@link NotVectorisable} naming the instruction and the construct.
 */
final class LaneChecks {
    /** Reduction operators with a vector accumulator (not the conditional floating-point min/max forms). */
    static final Set<String> REDUCTIONS = Set.of("add", "sub", "mul", "and", "or", "xor", "min", "max");
    private final Set<LaneType> laneTypes;
    private final Options options;

    /** @param laneTypes where the lane types the loop needs are collected (the plan sizes its vectors from them) */
    LaneChecks(Set<LaneType> laneTypes, Options options) {
        this.laneTypes = laneTypes;
        this.options = options;
    }

    /**
     * Checks {@code i}; false for a load, a store or a random draw, which the plan checks itself.
     * @throws NotVectorisable when {@code i} has no exact lane-wise form
     */
    boolean lanewise(Instr i) {
        for (Value a : i.args()) {
            if (a.type().kind() == Type.Kind.BOOL && !takesMask(i)) throw new NotVectorisable(i, "a boolean used as a number");
        }
        switch (i.op()) {
            case ALOAD, ASTORE, RANDOM -> {
                return false;
            }
            case ADD, SUB, MUL, NEG, AND, OR, XOR, SHL, SHR, USHR, DIV -> {
                if (i.type().kind() == Type.Kind.BOOL) {
                    if (i.op() != Op.AND && i.op() != Op.OR && i.op() != Op.XOR) throw new NotVectorisable(i, "boolean arithmetic");
                    return true;
                }
                if (VectorOps.arith(i) == null) throw new NotVectorisable(i, "integer division (it would trap per lane)");
                lane(i.type(), i);
            }
            case REM -> throw new NotVectorisable(i, i.type().isFloat() ? "floating-point remainder (%)" : "integer remainder (it would trap per lane)");
            case CONV -> {
                Type from = i.arg(0).type();
                if (LaneType.of(from) == null || LaneType.of(i.type()) == null) throw new NotVectorisable(i, "conversion from " + from.javaName());
                lane(from, i);
                lane(i.type(), i);
            }
            case CMP -> {
                if (LaneType.of(i.arg(0).type()) == null) throw new NotVectorisable(i, "comparison of " + i.arg(0).type().javaName() + " values");
                lane(i.arg(0).type(), i);
            }
            case SELECT, PHI -> {
                if (i.type().kind() == Type.Kind.BOOL || LaneType.of(i.type()) == null) throw new NotVectorisable(i, "a merge of " + i.type().javaName() + " values");
                lane(i.type(), i);
            }
            case CALL -> call(i);
            case CMP3 -> throw new NotVectorisable(i, "a three-way compare (Long.compare, Double.compare)");
            case NEWARRAY -> throw new NotVectorisable(i, "an allocation in the loop");
            case ALEN -> throw new NotVectorisable(i, "a length of an array that changes in the loop");
            default -> throw new NotVectorisable(i, "operation " + i.op().text);
        }
        return true;
    }

    /** A library call with a lane-wise form; the approximate ones only under fastmath. */
    private void call(Instr i) {
        MethodRef m = (MethodRef) i.aux();
        LaneOp op = VectorOps.call(m);
        if (op == null) throw new NotVectorisable(i, "call to " + VectorOps.callName(m));
        if (op.fastmath() && !options.fastmath()) throw new NotVectorisable(i, VectorOps.callName(m) + " needs fastmath");
        lane(i.type(), i);
    }

    /** Records that values of {@code t} run in lanes; refuses types without a vector. */
    void lane(Type t, Instr at) {
        LaneType l = LaneType.of(t);
        if (l == null) throw new NotVectorisable(at, "values of type " + t.javaName());
        laneTypes.add(l);
    }

    private static boolean takesMask(Instr i) {
        return i.op() == Op.BRANCH || i.op() == Op.SELECT || i.type().kind() == Type.Kind.BOOL && (i.op() == Op.AND || i.op() == Op.OR || i.op() == Op.XOR);
    }

    /** A store and another access to one array value must touch the same element in each iteration. */
    static void checkOverlaps(Map<Instr, Access> accesses) {
        for (Access w : accesses.values()) {
            if (w.instr().op() != Op.ASTORE) continue;
            for (Access o : accesses.values()) {
                if (o == w || o.array() != w.array() || o.sameIndex(w)) continue;
                throw new NotVectorisable(w.instr(), w.describe() + " written, " + o.describe() + (o.instr().op() == Op.ASTORE ? " written" : " read")
                        + " (a dependence between iterations)");
            }
        }
    }
}
