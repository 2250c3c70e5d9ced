package dev.hotloop.runtime;

import dev.hotloop.compiler.ir.Type;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * The original method as a variant entry: same type as a compiled entry (the variant's
 * argument types), measured by the same kind of {@link CallMeter}. Arguments of another type
 * than declared are converted as Java would (scalars widened; arrays copied with casts and
 * written back after the call, so that the caller sees the stores).
 * <pre>
 * declared sum(double[]), called with float[] ==> copy to double[], call sum, copy back with (float)
 * </pre>
 * Unlike retyped compiled code, the copy means that arguments of another element type no
 * longer alias each other during the call.
 */
final class FallbackEntry {
    private static final MethodHandle RUN;

    static {
        try {
            RUN = MethodHandles.lookup().findVirtual(FallbackEntry.class, "run",
                    MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MethodHandle original; // (Object[])Object
    private final List<Type> declared;
    private final List<Type> actual;
    private final CallMeter meter;

    private FallbackEntry(MethodHandle original, List<Type> declared, List<Type> actual, CallMeter meter) {
        this.original = original;
        this.declared = declared;
        this.actual = actual;
        this.meter = meter;
    }

    /** A handle of exactly {@code variantType} that runs the kernel's original method. */
    static MethodHandle of(Kernel k, List<Type> argTypes, MethodType variantType, CallMeter meter)
            throws ReflectiveOperationException {
        int n = k.params().size();
        MethodHandle original = originalHandle(k)
                .asSpreader(Object[].class, n)
                .asType(MethodType.methodType(Object.class, Object[].class));
        FallbackEntry e = new FallbackEntry(original, k.params(), List.copyOf(argTypes), meter);
        return RUN.bindTo(e).asCollector(Object[].class, n).asType(variantType);
    }

    private static MethodHandle originalHandle(Kernel k) throws ReflectiveOperationException {
        try {
            return ClassDefiner.ownerLookup(k.owner()).findStatic(k.owner(), k.method().getName(), k.methodType());
        } catch (IllegalAccessException e) {
            // owner in a named module that is not open to us: a public method still works through reflection
            k.method().setAccessible(true);
            return MethodHandles.lookup().unreflect(k.method());
        }
    }

    @SuppressWarnings("unused") // called through RUN
    private Object run(Object[] args) throws Throwable {
        Object[] call = args.clone();
        for (int i = 0; i < call.length; i++) {
            Type d = declared.get(i);
            if (d.equals(actual.get(i))) continue;
            call[i] = d.isArray() ? JavaCasts.convert(args[i], d) : JavaCasts.cast(args[i], d);
        }
        try {
            long t0 = System.nanoTime();
            Object r = original.invokeExact(call);
            meter.record(System.nanoTime() - t0);
            return r;
        } finally {
            for (int i = 0; i < call.length; i++) {
                if (call[i] != args[i] && declared.get(i).isArray()) JavaCasts.writeBack(call[i], args[i], actual.get(i));
            }
        }
    }
}
