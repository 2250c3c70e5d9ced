package dev.hotloop.runtime;

import dev.hotloop.compiler.ir.Type;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.util.List;

/**
 * The loops of ufuncs and gufuncs in plain Java, calling the original method, for
 * {@code hotloop.disable=true} (which runs every original method): same parameters and results as
 * the compiled loops of {@code dev.hotloop.compiler.ufunc}, elements converted with Java casts.
 * Slow (reflection, boxing) and computing in the method's declared types, also for narrower
 * variants: it is a debugging aid, not a back end.
 * <pre>
 * PlainLoops.entry(k, methodType(void.class, double[].class, double.class, double[].class), PlainLoops::map, meter)
 * </pre>
 */
final class PlainLoops {
    /** What a loop does with the original method ({@code (Object[])Object}), its declared parameter types and the loop's arguments. */
    @FunctionalInterface
    interface Body {
        Object run(MethodHandle f, List<Type> declared, MethodType loop, Object[] args) throws Throwable;
    }

    private static final MethodHandle RUN;

    static {
        try {
            RUN = MethodHandles.lookup().findStatic(PlainLoops.class, "run", MethodType.methodType(Object.class,
                    Body.class, MethodHandle.class, List.class, MethodType.class, CallMeter.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private PlainLoops() {}

    /** A handle of exactly {@code loop} running {@code body} over {@code k}'s original method, measured by {@code meter}. */
    static MethodHandle entry(Kernel k, MethodType loop, Body body, CallMeter meter) throws ReflectiveOperationException {
        MethodHandle f = ClassDefiner.ownerLookup(k.owner()).findStatic(k.owner(), k.method().getName(), k.methodType())
                .asSpreader(Object[].class, k.params().size())
                .asType(MethodType.methodType(Object.class, Object[].class));
        MethodHandle bound = MethodHandles.insertArguments(RUN, 0, body, f, k.params(), loop, meter);
        return bound.asCollector(Object[].class, loop.parameterCount()).asType(loop);
    }

    private static Object run(Body body, MethodHandle f, List<Type> declared, MethodType loop, CallMeter meter,
                              Object[] args) throws Throwable {
        long t0 = System.nanoTime();
        Object r = body.run(f, declared, loop, args);
        meter.record(System.nanoTime() - t0);
        return r;
    }

    /** {@code out[i] = f(args[i] or args)}, the last argument being {@code out}, of 1 or 2 dimensions. */
    static Object map(MethodHandle f, List<Type> declared, MethodType loop, Object[] args) throws Throwable {
        Object out = args[args.length - 1];
        if (out.getClass().getComponentType().isArray()) {
            for (int r = 0; r < Array.getLength(out); r++) {
                Object[] row = new Object[args.length];
                for (int k = 0; k < args.length; k++) row[k] = args[k].getClass().isArray() ? Array.get(args[k], r) : args[k];
                map(f, declared, loop, row);
            }
            return null;
        }
        Type elem = Type.of(out.getClass().getComponentType());
        Object[] call = new Object[declared.size()];
        for (int i = 0; i < Array.getLength(out); i++) {
            for (int k = 0; k < call.length; k++) {
                Object a = args[k];
                call[k] = JavaCasts.cast(a.getClass().isArray() ? Array.get(a, i) : a, declared.get(k));
            }
            Array.set(out, i, JavaCasts.cast(f.invokeExact(call), elem));
        }
        return null;
    }

    /** {@code f(args)} cast to the loop's result. */
    static Object scalar(MethodHandle f, List<Type> declared, MethodType loop, Object[] args) throws Throwable {
        Object[] call = new Object[args.length];
        for (int k = 0; k < args.length; k++) call[k] = JavaCasts.cast(args[k], declared.get(k));
        return JavaCasts.cast(f.invokeExact(call), Type.of(loop.returnType()));
    }

    /** The left fold of {@code args[0]} (at least one element), in the loop's result type. */
    static Object reduce(MethodHandle f, List<Type> declared, MethodType loop, Object[] args) throws Throwable {
        return fold(f, declared, Type.of(loop.returnType()), args[0], null);
    }

    /** The running fold of {@code args[0]} into {@code args[1]}. */
    static Object accumulate(MethodHandle f, List<Type> declared, MethodType loop, Object[] args) throws Throwable {
        fold(f, declared, Type.of(args[1].getClass().getComponentType()), args[0], args[1]);
        return null;
    }

    private static Object fold(MethodHandle f, List<Type> declared, Type acc, Object a, Object out) throws Throwable {
        Object v = JavaCasts.cast(Array.get(a, 0), acc);
        if (out != null) Array.set(out, 0, v);
        for (int i = 1; i < Array.getLength(a); i++) {
            Object[] call = {JavaCasts.cast(v, declared.get(0)), JavaCasts.cast(Array.get(a, i), declared.get(1))};
            v = JavaCasts.cast(f.invokeExact(call), acc);
            if (out != null) Array.set(out, i, v);
        }
        return v;
    }

    private static Object adapt(Object v, Type declared) {
        if (!declared.isArray()) return JavaCasts.cast(v, declared);
        return Type.of(v.getClass()).equals(declared) ? v : JavaCasts.convert(v, declared);
    }

    /** A gufunc's row loop (see {@code GufuncLoops}): inputs looped or not, outputs per row, {@code ()} outputs through a length-1 array. */
    static Body rows(List<Boolean> looped, List<Boolean> scalarOut) {
        return (f, declared, loop, args) -> {
            int nIn = looped.size();
            int rows = Array.getLength(args[nIn]);
            for (int r = 0; r < rows; r++) {
                Object[] call = new Object[args.length];
                Object[] temps = new Object[args.length];
                for (int k = 0; k < args.length; k++) {
                    if (k < nIn) {
                        call[k] = looped.get(k) ? Array.get(args[k], r) : args[k];
                    } else if (scalarOut.get(k - nIn)) {
                        temps[k] = Array.newInstance(args[k].getClass().getComponentType(), 1);
                        call[k] = temps[k];
                    } else {
                        call[k] = Array.get(args[k], r);
                    }
                }
                // arrays of another element type than declared are copied, and written back after the call
                Object[] given = call.clone();
                for (int k = 0; k < call.length; k++) call[k] = adapt(call[k], declared.get(k));
                Object ignored = f.invokeExact(call);
                for (int k = 0; k < call.length; k++) {
                    if (call[k] != given[k] && declared.get(k).isArray()) {
                        JavaCasts.writeBack(call[k], given[k], Type.of(given[k].getClass()));
                    }
                }
                for (int k = nIn; k < args.length; k++) if (temps[k] != null) Array.set(args[k], r, Array.get(temps[k], 0));
            }
            return null;
        };
    }
}
