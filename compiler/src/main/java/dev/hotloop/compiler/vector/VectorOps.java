package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;

import java.util.Map;

/**
 * Which scalar operations have a lane-wise twin in the Vector API, and whether the twin computes
 * the same bits. Arithmetic, bitwise operators, shifts (the API masks shift counts as Java does),
 * {@code Math.abs/min/max/sqrt/fma} are exact (min and max agree with {@code Math} on NaN and on
 * {@code -0.0 < 0.0}: see {@code VectorSemanticsTest}); the transcendentals are within 1 ulp and
 * need fastmath. Integer division and remainder are refused: the API throws on a zero lane with
 * another message, and before the scalar loop would have stored its earlier elements.
 * <pre>add ==> ADD    call Math.exp(D)D ==> EXP (fastmath)    div i32 ==> null</pre>
 */
public final class VectorOps {
    private VectorOps() {}

    private static final Map<String, LaneOp> MATH = Map.ofEntries(
            Map.entry("abs", new LaneOp("ABS", 1, false)),
            Map.entry("sqrt", new LaneOp("SQRT", 1, false)),
            Map.entry("min", new LaneOp("MIN", 2, false)),
            Map.entry("max", new LaneOp("MAX", 2, false)),
            Map.entry("fma", new LaneOp("FMA", 3, false)),
            Map.entry("exp", new LaneOp("EXP", 1, true)),
            Map.entry("log", new LaneOp("LOG", 1, true)),
            Map.entry("log10", new LaneOp("LOG10", 1, true)),
            Map.entry("sin", new LaneOp("SIN", 1, true)),
            Map.entry("cos", new LaneOp("COS", 1, true)),
            Map.entry("tan", new LaneOp("TAN", 1, true)),
            Map.entry("tanh", new LaneOp("TANH", 1, true)),
            Map.entry("expm1", new LaneOp("EXPM1", 1, true)),
            Map.entry("log1p", new LaneOp("LOG1P", 1, true)),
            Map.entry("cbrt", new LaneOp("CBRT", 1, true)),
            Map.entry("pow", new LaneOp("POW", 2, true)),
            Map.entry("atan2", new LaneOp("ATAN2", 2, true)),
            Map.entry("hypot", new LaneOp("HYPOT", 2, true)));

    /** The lane-wise operator of an arithmetic, bitwise or shift instruction, or null. */
    public static LaneOp arith(Instr i) {
        boolean fp = i.type().isFloat();
        return switch (i.op()) {
            case ADD -> new LaneOp("ADD", 2, false);
            case SUB -> new LaneOp("SUB", 2, false);
            case MUL -> new LaneOp("MUL", 2, false);
            case DIV -> fp ? new LaneOp("DIV", 2, false) : null;
            case NEG -> new LaneOp("NEG", 1, false);
            case AND -> new LaneOp("AND", 2, false);
            case OR -> new LaneOp("OR", 2, false);
            case XOR -> new LaneOp("XOR", 2, false);
            case SHL -> new LaneOp("LSHL", 2, false);
            case SHR -> new LaneOp("ASHR", 2, false);
            case USHR -> new LaneOp("LSHR", 2, false);
            default -> null;
        };
    }

    /** The operator of a {@code java.lang.Math} (or {@code StrictMath}) call, or null for any other call. */
    public static LaneOp call(MethodRef m) {
        if (!m.owner().equals("java/lang/Math") && !m.owner().equals("java/lang/StrictMath")) return null;
        LaneOp op = MATH.get(m.name());
        if (op == null) return null;
        // abs/min/max come in int, long, float and double forms; the rest take doubles only
        boolean integral = m.desc().startsWith("(I") || m.desc().startsWith("(J");
        if (integral && op.fastmath()) return null;
        if (integral && op.field().equals("SQRT")) return null;
        return op;
    }

    /** {@code Math.exp} for reasons. */
    public static String callName(MethodRef m) {
        return m.owner().substring(m.owner().lastIndexOf('/') + 1) + "." + m.name();
    }
}
