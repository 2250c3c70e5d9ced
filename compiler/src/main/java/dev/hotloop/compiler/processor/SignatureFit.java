package dev.hotloop.compiler.processor;

import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;

import javax.lang.model.element.ExecutableElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a signature declared in {@code signatures = ...} can be a variant of its method: the
 * same parameter count and kinds, each declared type passable for the method's (scalars by Java
 * widening, arrays of the same rank by element conversion, DESIGN.md "Per-type variants").
 * <pre>static double f(double[] xs, int k):  "double(float[], short)" fits
 *                                         "double(double, int)"   ==> parameter 1 'xs' is double[], which cannot take a double</pre>
 */
final class SignatureFit {
    private SignatureFit() {
    }

    /**
     * Why a parsed signature cannot be a variant of the method, or null if it can.
     * {@code arrays} is true for {@code @Jit} and {@code @GuVectorize}: arrays allowed, and a variant
     * returns exactly what the method returns (the runtime's {@code handle(type)} insists). It is
     * false for {@code @Vectorize}: scalars only, each signature computing in its own precision.
     */
    static String problem(Signature s, Signature own, ExecutableElement m, boolean arrays) {
        String sig = "signature \"" + s + "\"";
        List<Type> types = new ArrayList<>(s.params());
        types.add(s.result());
        for (Type t : types) {
            if (t.dims() > 2) return sig + " uses " + t.javaName() + ": arrays of more than 2 dimensions are not supported";
            if (!arrays && t.isArray()) return sig + " uses " + t.javaName() + ": a ufunc signature has scalars only";
        }
        if (own == null) return null;
        int n = own.params().size();
        if (s.params().size() != n) {
            return sig + " has " + s.params().size() + " parameter" + (s.params().size() == 1 ? "" : "s")
                    + " but '" + m.getSimpleName() + "' has " + n;
        }
        if (arrays ? !s.result().equals(own.result()) : s.result().isVoid() != own.result().isVoid()) {
            return sig + " returns " + s.result().javaName() + " but '" + m.getSimpleName() + "' returns "
                    + own.result().javaName() + (arrays ? ": a variant returns what the method returns" : "");
        }
        for (int i = 0; i < n; i++) {
            Type from = s.params().get(i);
            Type to = own.params().get(i);
            if (!convertible(from, to)) {
                return sig + ": parameter " + (i + 1) + " '" + m.getParameters().get(i).getSimpleName() + "' is "
                        + to.javaName() + ", which cannot take a " + from.javaName()
                        + (from.isArray() || to.isArray() ? "" : " (Java widening only)");
            }
        }
        return null;
    }

    /**
     * Whether an argument of type {@code from} can be passed for a parameter of type {@code to}:
     * scalars by Java widening (JLS 5.1.2), arrays of the same rank by element conversion, but
     * booleans never mix with numbers.
     */
    static boolean convertible(Type from, Type to) {
        if (from.equals(to)) return true;
        if (from.dims() != to.dims()) return false;
        Type f = from.base(), t = to.base();
        if ((f.kind() == Type.Kind.BOOL) != (t.kind() == Type.Kind.BOOL)) return false;
        if (from.isArray()) return true;
        return widens(f.kind(), t.kind());
    }

    private static boolean widens(Type.Kind from, Type.Kind to) {
        return switch (from) {
            case I8 -> Set.of(Type.Kind.I16, Type.Kind.I32, Type.Kind.I64, Type.Kind.F32, Type.Kind.F64).contains(to);
            case I16, U16 -> Set.of(Type.Kind.I32, Type.Kind.I64, Type.Kind.F32, Type.Kind.F64).contains(to);
            case I32 -> Set.of(Type.Kind.I64, Type.Kind.F32, Type.Kind.F64).contains(to);
            case I64 -> Set.of(Type.Kind.F32, Type.Kind.F64).contains(to);
            case F32 -> to == Type.Kind.F64;
            default -> false;
        };
    }
}
