package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import java.util.List;

/**
 * A reduction: a header phi that each iteration combines with something by one associative,
 * commutative operator, and that nothing else in the loop reads.
 * <pre>
 * double s = 0; for (...) s += a[i];        ==>  v3 = add (fastmath)   partial sums need reassociation
 * int m = MIN; for (...) m = Math.max(m, x) ==>  v5 = max               exact in any order
 * for (...) { if (x &lt; 0) continue; s += x; }  ==>  v11 = add          through the merge phi
 * </pre>
 *
 * @param phi      the loop-header phi holding the running value
 * @param init     its value on entry
 * @param operator {@code add sub mul and or xor min max}; {@code sub} means {@code s = s - x}
 *                 (chunks then combine by {@code add}); {@code minLt minLe maxGt maxGe} are the
 *                 floating-point conditional forms ({@code if (x < m) m = x}), which never take NaN
 *                 and keep the first ({@code <}) or last ({@code <=}) of equal values
 * @param chain    the loop's instructions between the phi and the back edge: the updates and merge phis
 * @param exact    combining partial results in another order gives the same bits (integers, bitwise,
 *                 min and max); false for floating-point add, sub and mul, which need fastmath
 * @param narrow   {@code i8 i16 u16} when the variable is a {@code byte}, {@code short} or {@code char}
 *                 truncated after each update ({@code b += x}), so the combined result is truncated too;
 *                 null otherwise
 */
public record Reduction(Instr phi, Value init, String operator, List<Instr> chain, boolean exact, Type narrow) {
    public Reduction {
        chain = List.copyOf(chain);
    }

    /** The variable's Java type: {@code byte} for a truncated {@code i32}, else the phi's. */
    public String javaType() {
        return narrow != null ? narrow.javaName() : phi.type().javaName();
    }

    /** The value that leaves a partial result unchanged: 0 for add, 1 for mul, -1 for and, the type's extreme for min/max. */
    public Const identity() {
        Type t = phi.type().computational();
        return switch (operator) {
            case "add", "sub", "or", "xor" -> zero(t, 0);
            case "mul" -> zero(t, 1);
            case "and" -> t.kind() == Type.Kind.I64 ? Const.i64(-1) : Const.i32(-1);
            case "minLt", "minLe" -> t.kind() == Type.Kind.F32 ? Const.f32(Float.POSITIVE_INFINITY) : Const.f64(Double.POSITIVE_INFINITY);
            case "maxGt", "maxGe" -> t.kind() == Type.Kind.F32 ? Const.f32(Float.NEGATIVE_INFINITY) : Const.f64(Double.NEGATIVE_INFINITY);
            case "min" -> switch (t.kind()) {
                case I64 -> Const.i64(Long.MAX_VALUE);
                case F32 -> Const.f32(Float.POSITIVE_INFINITY);
                case F64 -> Const.f64(Double.POSITIVE_INFINITY);
                default -> Const.i32(Integer.MAX_VALUE);
            };
            case "max" -> switch (t.kind()) {
                case I64 -> Const.i64(Long.MIN_VALUE);
                case F32 -> Const.f32(Float.NEGATIVE_INFINITY);
                case F64 -> Const.f64(Double.NEGATIVE_INFINITY);
                default -> Const.i32(Integer.MIN_VALUE);
            };
            default -> throw new IllegalStateException(operator);
        };
    }

    private static Const zero(Type t, int v) {
        return switch (t.kind()) {
            case I64 -> Const.i64(v);
            case F32 -> Const.f32(v);
            case F64 -> Const.f64(v);
            default -> Const.i32(v);
        };
    }

    /** The form check lines use: {@code v3 = add}, {@code v3 = add (fastmath)}. */
    @Override
    public String toString() {
        return phi.ref() + " = " + operator + (exact ? "" : " (fastmath)");
    }
}
