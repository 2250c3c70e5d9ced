package dev.hotloop.compiler.vector;

/**
 * A lane-wise operator of the Vector API: the {@code VectorOperators} field that names it and
 * how many operands it takes. The field's declared type follows the arity
 * ({@code VectorOperators$Unary}, {@code $Binary}, {@code $Ternary}); the associative binary
 * operators ({@code ADD MUL MIN MAX AND OR XOR}) are declared {@code $Associative}.
 * <pre>Math.sqrt(x)  ==> LaneOp("SQRT", 1)     a * b ==> LaneOp("MUL", 2)     Math.fma ==> LaneOp("FMA", 3)</pre>
 *
 * @param field    the {@code VectorOperators} field, e.g. {@code EXP}
 * @param arity    1, 2 or 3
 * @param fastmath true when the Vector API's result may differ from Java's (transcendentals)
 */
public record LaneOp(String field, int arity, boolean fastmath) {
    private static final java.util.Set<String> ASSOCIATIVE = java.util.Set.of("ADD", "MUL", "MIN", "MAX", "AND", "OR", "XOR");

    /** Internal name of the field's declared type. */
    public String fieldType() {
        if (arity == 2 && ASSOCIATIVE.contains(field)) return "jdk/incubator/vector/VectorOperators$Associative";
        return "jdk/incubator/vector/VectorOperators$" + switch (arity) {
            case 1 -> "Unary";
            case 2 -> "Binary";
            default -> "Ternary";
        };
    }

    /** The type {@code lanewise} takes for this arity. */
    public String paramType() {
        return "jdk/incubator/vector/VectorOperators$" + switch (arity) {
            case 1 -> "Unary";
            case 2 -> "Binary";
            default -> "Ternary";
        };
    }
}
