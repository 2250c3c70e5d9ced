package dev.hotloop.runtime;

import dev.hotloop.compiler.ir.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Which argument types a kernel accepts, and the variant types of actual arguments.
 * <pre>
 * declared (long n, double[] xs):
 *   invoke(7, new float[3])       ==> variant (i32, f32[])   int widens to long; float[] read as double[]
 *   invoke(7.0, new double[3])    ==> IllegalArgumentException: parameter 0 (n) is declared long, got double
 * </pre>
 * A scalar may be any type that Java widens to the declared one; an array may have any
 * element type of the same kind (numeric, or boolean) and the same rank. The compiler
 * retypes the kernel for the actual types, so no argument is ever copied.
 */
public final class ArgTypes {
    private ArgTypes() {}

    /** The types of boxed scalar and primitive array arguments; a null array takes the declared type. */
    public static List<Type> of(Kernel k, Object[] args) {
        checkCount(k, args.length);
        List<Type> types = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            Type declared = k.params().get(i);
            Type actual = typeOf(args[i], declared);
            if (actual == null) {
                String got = args[i] == null ? "null" : args[i].getClass().getTypeName();
                throw mismatch(k, i, got);
            }
            check(k, i, actual);
            types.add(actual);
        }
        return types;
    }

    /** Checks types given as classes ({@code handle(MethodType)}, eager signatures). */
    public static List<Type> ofClasses(Kernel k, List<Class<?>> classes) {
        checkCount(k, classes.size());
        List<Type> types = new ArrayList<>(classes.size());
        for (int i = 0; i < classes.size(); i++) {
            Class<?> c = classes.get(i);
            Type t = isKernelClass(c) ? Type.of(c) : null;
            if (t == null) throw mismatch(k, i, c.getTypeName());
            check(k, i, t);
            types.add(t);
        }
        return types;
    }

    /** Checks a list of types against the declaration. */
    public static List<Type> check(Kernel k, List<Type> types) {
        checkCount(k, types.size());
        for (int i = 0; i < types.size(); i++) check(k, i, types.get(i));
        return List.copyOf(types);
    }

    private static void check(Kernel k, int i, Type actual) {
        if (!accepts(k.params().get(i), actual)) throw mismatch(k, i, actual.javaName());
    }

    private static void checkCount(Kernel k, int n) {
        if (n != k.params().size()) {
            throw new IllegalArgumentException(k.name() + " takes " + k.params().size() + " argument"
                    + (k.params().size() == 1 ? "" : "s") + " " + k.methodType().parameterList()
                    .stream().map(Class::getSimpleName).toList() + ", got " + n);
        }
    }

    private static IllegalArgumentException mismatch(Kernel k, int i, String got) {
        return new IllegalArgumentException(k.name() + ": " + k.parameter(i) + " is declared "
                + k.params().get(i).javaName() + ", got " + got);
    }

    /** Whether a value of type {@code actual} may be passed where {@code declared} is expected. */
    public static boolean accepts(Type declared, Type actual) {
        if (declared.equals(actual)) return true;
        if (declared.isArray() || actual.isArray()) {
            if (!declared.isArray() || !actual.isArray() || declared.dims() != actual.dims()) return false;
            // boolean arrays only to boolean arrays; every numeric element type to every other
            return declared.base().kind() != Type.Kind.BOOL && actual.base().kind() != Type.Kind.BOOL;
        }
        return widens(actual.kind(), declared.kind());
    }

    /** Java's widening primitive conversions (JLS 5.1.2), boolean to nothing. */
    static boolean widens(Type.Kind from, Type.Kind to) {
        return switch (from) {
            case I8 -> to == Type.Kind.I16 || rankAtLeast(to, 2);
            case I16, U16 -> rankAtLeast(to, 2);
            case I32 -> rankAtLeast(to, 3);
            case I64 -> rankAtLeast(to, 4);
            case F32 -> to == Type.Kind.F64;
            default -> false;
        };
    }

    /** Rank in int(2) < long(3) < float(4) < double(5). */
    private static boolean rankAtLeast(Type.Kind k, int rank) {
        int r = switch (k) {
            case I32 -> 2;
            case I64 -> 3;
            case F32 -> 4;
            case F64 -> 5;
            default -> 0;
        };
        return r >= rank;
    }

    /** The variant type of one argument, or null for a value no kernel takes. */
    static Type typeOf(Object arg, Type declared) {
        if (arg == null) return declared.isArray() ? declared : null;
        Type scalar = Scalars.typeOf(arg);
        if (scalar != null) return scalar;
        return isKernelClass(arg.getClass()) && arg.getClass().isArray() ? Type.of(arg.getClass()) : null;
    }

    /** Primitives and primitive arrays of one or two dimensions. */
    static boolean isKernelClass(Class<?> c) {
        if (c.isPrimitive()) return c != void.class;
        if (!c.isArray()) return false;
        Class<?> e = c.getComponentType();
        return e.isPrimitive() || (e.isArray() && e.getComponentType().isPrimitive());
    }
}
