package dev.hotloop.runtime;

import dev.hotloop.compiler.ir.Type;

import java.lang.invoke.MethodType;
import java.lang.reflect.Array;

/**
 * Java's primitive casts (JLS 5.1.2-5.1.3) on boxed values and whole arrays, for running the
 * original method with arguments of another type (fallback, {@code hotloop.disable}).
 * <pre>
 * cast(3, F64)                          ==> 3.0
 * cast(1e10, I32)                       ==> 2147483647   (like (int) 1e10)
 * convert(new float[]{1.5f}, f64[])     ==> new double[]{1.5}
 * </pre>
 * Slow (reflection, boxing): compiled variants never copy, they are retyped instead.
 */
final class JavaCasts {
    private JavaCasts() {}

    /** {@code (to) value} for a boxed primitive. */
    static Object cast(Object value, Type to) {
        if (value instanceof Boolean) return value;
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue(); // float to double is exact
            return switch (to.kind()) {
                case F64 -> d;
                case F32 -> (float) d;
                case I64 -> (long) d;
                case I32 -> (int) d;
                // Java narrows floating point to byte, short and char through int
                case I16 -> (short) (int) d;
                case U16 -> (char) (int) d;
                case I8 -> (byte) (int) d;
                default -> throw new IllegalArgumentException("no cast from " + value.getClass().getSimpleName() + " to " + to);
            };
        }
        long x = value instanceof Character c ? c : ((Number) value).longValue();
        return switch (to.kind()) {
            case F64 -> (double) x;
            case F32 -> (float) x;
            case I64 -> x;
            case I32 -> (int) x;
            case I16 -> (short) x;
            case U16 -> (char) x;
            case I8 -> (byte) x;
            default -> throw new IllegalArgumentException("no cast from " + value.getClass().getSimpleName() + " to " + to);
        };
    }

    /** A new array of type {@code to} holding {@code (to.base()) src[i]...}; null stays null. */
    static Object convert(Object src, Type to) {
        if (src == null) return null;
        int n = Array.getLength(src);
        Object dst = Array.newInstance(classOf(to.elem()), n);
        for (int i = 0; i < n; i++) {
            Object e = Array.get(src, i);
            Array.set(dst, i, to.elem().isArray() ? convert(e, to.elem()) : cast(e, to.elem()));
        }
        return dst;
    }

    /**
     * Writes {@code converted} back into {@code original} (of type {@code type}) with a cast per
     * element, as compiled code does when it stores into an array of another element type.
     */
    static void writeBack(Object converted, Object original, Type type) {
        if (converted == null || original == null) return;
        int n = Math.min(Array.getLength(converted), Array.getLength(original));
        for (int i = 0; i < n; i++) {
            Object e = Array.get(converted, i);
            if (type.elem().isArray()) {
                writeBack(e, Array.get(original, i), type.elem());
            } else {
                Array.set(original, i, cast(e, type.elem()));
            }
        }
    }

    /** {@code double[]} for {@code f64[]}. */
    static Class<?> classOf(Type t) {
        return MethodType.fromMethodDescriptorString("()" + t.descriptor(), null).returnType();
    }
}
