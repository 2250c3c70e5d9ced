package dev.hotloop.runtime;

import dev.hotloop.compiler.Options;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;

/**
 * The loop a ufunc's last call of one kind ran, by the classes of its arguments: the next call
 * with the same classes, whose arrays are all 1-D and of one length, runs the loop without
 * classifying its arguments, choosing a variant or looking the loop up again (most call sites
 * pass one set of types). Everything the full path checks follows from the classes and the
 * lengths, so a hit throws nothing the full path would have thrown, and a miss takes the full path.
 * <pre>
 * into(out double[1M], x double[1M], y double[1M])  ==> miss: full checks, loop built, memo kept
 * into(o2 double[10], x2 double[10], y2 double[10]) ==> hit: classes and three lengths, then the loop
 * into(o2 double[10], x2 double[10], 2.0)           ==> miss (a Double where an array was)
 * into(o2 double[10], x2 double[9], y2 double[10])  ==> miss: the full path names both shapes
 * </pre>
 * Only 1-D arrays and scalars already of the variant's parameter type are kept: a 2-D array needs
 * its rows checked, a scalar of another type widening, and the full path does both.
 *
 * @param classes  the argument classes of the call (boxes for scalars)
 * @param out      the class of {@code out} ({@code into}), of the result array ({@code apply}), or null ({@code reduce})
 * @param options  the loop's options: a hit must have the same ({@code parallel} depends on the length, the
 *                 vector width and {@code leaveToC2} on properties a test may switch between calls)
 * @param loop     the loop's sampled entry as {@code (Object[])Object}
 */
record UfuncMemo(Class<?>[] classes, Class<?> out, Options options, MethodHandle loop) {
    /** A memo of {@code variant}, or null when it does not run (a failed compile throws on the full path). */
    static UfuncMemo of(Object[] args, Class<?> out, Variant variant) {
        if (variant.failed()) return null;
        Class<?>[] cs = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) cs[i] = args[i].getClass();
        MethodHandle fast = variant.fast();
        MethodHandle spread = fast.asSpreader(Object[].class, fast.type().parameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
        return new UfuncMemo(cs, out, variant.key().options(), spread);
    }

    /** Whether {@code c} is a class the memo keeps for an argument: a 1-D primitive array or a box. */
    static boolean keepable(Class<?> c) {
        return !c.isArray() || c.getComponentType().isPrimitive();
    }

    /**
     * The length of the call's arrays when the memo fits it ({@code out}, when not null, must be of
     * the memo's out class and count among them), or -1: another class, a null, or arrays of
     * different lengths. 0 when there are no arrays at all. The caller compares the options.
     */
    int length(Object out, Object[] args) {
        if (args.length != classes.length) return -1;
        int n = -1;
        if (out != null) {
            if (out.getClass() != this.out) return -1;
            n = Array.getLength(out);
        }
        for (int i = 0; i < classes.length; i++) {
            Object a = args[i];
            if (a == null || a.getClass() != classes[i]) return -1;
            if (classes[i].isArray()) {
                int len = Array.getLength(a);
                if (n < 0) n = len;
                else if (len != n) return -1;
            }
        }
        return Math.max(n, 0);
    }

    /** Runs the loop on {@code args} followed by {@code out} (null: no out argument). */
    Object run(Object[] args, Object out) throws Throwable {
        Object[] call = args;
        if (out != null) {
            call = new Object[args.length + 1];
            System.arraycopy(args, 0, call, 0, args.length);
            call[args.length] = out;
        }
        return loop.invokeExact(call);
    }
}
