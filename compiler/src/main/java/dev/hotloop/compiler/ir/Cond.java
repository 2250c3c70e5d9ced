package dev.hotloop.compiler.ir;

/**
 * Comparison conditions of {@link Op#CMP}. For integers the {@code u*} forms never occur.
 * For floats, {@code eq lt le gt ge} are false when an operand is NaN (Java's {@code == < <= > >=}),
 * {@code ne} is true on NaN (Java's {@code !=}), and {@code ult ule ugt uge} are true on NaN:
 * they arise from negating a Java comparison ({@code !(a < b)} is {@code a uge b}).
 */
public enum Cond {
    EQ, NE, LT, LE, GT, GE, ULT, ULE, UGT, UGE;

    /** The condition true exactly when this one is false, NaN included. */
    public Cond negate() {
        return switch (this) {
            case EQ -> NE;
            case NE -> EQ;
            case LT -> UGE;
            case LE -> UGT;
            case GT -> ULE;
            case GE -> ULT;
            case ULT -> GE;
            case ULE -> GT;
            case UGT -> LE;
            case UGE -> LT;
        };
    }

    /** The condition with operands swapped: {@code a lt b == b gt a}. */
    public Cond swap() {
        return switch (this) {
            case EQ, NE -> this;
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
            case ULT -> UGT;
            case ULE -> UGE;
            case UGT -> ULT;
            case UGE -> ULE;
        };
    }

    /** True when the comparison holds if an operand is NaN. */
    public boolean trueOnNaN() {
        return switch (this) { case NE, ULT, ULE, UGT, UGE -> true; default -> false; };
    }

    /** The ordered base relation: {@code ULT -> LT}. */
    public Cond ordered() {
        return switch (this) { case ULT -> LT; case ULE -> LE; case UGT -> GT; case UGE -> GE; default -> this; };
    }

    /** Evaluates the relation on the sign of a three-way compare result ({@code c <=> 0}). */
    public boolean test(int c) {
        return switch (ordered()) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new AssertionError();
        };
    }

    public String text() { return name().toLowerCase(); }
}
