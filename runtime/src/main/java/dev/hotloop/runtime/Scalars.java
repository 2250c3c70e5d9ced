package dev.hotloop.runtime;

import dev.hotloop.compiler.ir.Type;

/**
 * Boxed scalars as kernel and ufunc arguments: their types, Java's widening of a boxed value to a
 * variant's parameter type, and identities written as text in {@code @Vectorize(identity = ...)}.
 * <pre>
 * widen(3, F64)                 ==> 3.0
 * parse("-inf", F64, "identity") ==> -Infinity      parse("0", I32, ...) ==> 0
 * </pre>
 */
final class Scalars {
    private Scalars() {}

    /** The type of a boxed scalar, or null when {@code o} is not one. */
    static Type typeOf(Object o) {
        return switch (o) {
            case Integer x -> Type.I32;
            case Long x -> Type.I64;
            case Double x -> Type.F64;
            case Float x -> Type.F32;
            case Short x -> Type.I16;
            case Byte x -> Type.I8;
            case Character x -> Type.U16;
            case Boolean x -> Type.BOOL;
            default -> null;
        };
    }

    /** {@code o} (a boxed scalar that Java widens to {@code to}) as a box of {@code to}. */
    static Object widen(Object o, Type to) {
        if (o instanceof Character c) o = (int) c;
        return JavaCasts.cast(o, to);
    }

    /** The identity text as a value of {@code t}; {@link IllegalArgumentException} when it is not one. */
    static Object parse(String text, Type t, String what) {
        String s = text.strip();
        try {
            if (t.isFloat()) {
                double d = switch (s.toLowerCase()) {
                    case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
                    case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                    case "nan" -> Double.NaN;
                    default -> Double.parseDouble(s);
                };
                return t.kind() == Type.Kind.F32 ? (Object) (float) d : (Object) d;
            }
            if (t.kind() == Type.Kind.BOOL) {
                if (s.equals("true") || s.equals("false")) return Boolean.parseBoolean(s);
                throw new NumberFormatException();
            }
            long l = Long.parseLong(s);
            Object v = JavaCasts.cast(l, t);
            if (((Number) v).longValue() != l) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " \"" + text + "\" is not a " + t.javaName());
        }
    }
}
