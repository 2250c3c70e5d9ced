package dev.hotloop.runtime;

import dev.hotloop.KernelStats;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ufunc.Callee;
import dev.hotloop.compiler.ufunc.UfuncLoops;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A ufunc's runtime: checks the arguments of each call, picks the variant, gets (compiling on
 * first use) the loop for the arguments' types and runs it. {@code dev.hotloop.Ufunc} is its
 * public face.
 * <pre>
 * apply(xs, 2.0)       xs double[1000]  ==> loop void(double[], double, double[]) of variant double(double, double)
 * apply(fs, gs)        float[] each     ==> the float(float, float) variant when declared, computing in float
 * apply(1.0, 2.0)                       ==> a Double, through the compiled scalar variant
 * </pre>
 * Everything about the arguments is checked before anything is written: a call either runs the
 * whole loop or throws without touching {@code out}.
 */
public final class UfuncDispatcher {
    private final UfuncDef def;
    private final LoopFactory factory;
    private final Map<LoopKind, VariantCache> caches = new ConcurrentHashMap<>();
    // the loops of the last apply, into and reduce: a repeated call checks classes and lengths only
    private volatile UfuncMemo lastApply, lastInto, lastReduce;

    /** Loops of one kind ({@code map}, {@code reduce}, ...) computing one variant share a cache. */
    private record LoopKind(String kind, Signature variant) {}

    UfuncDispatcher(UfuncDef def, LoopFactory factory) {
        this.def = def;
        this.factory = factory;
    }

    public UfuncDef def() { return def; }

    /** {@code f} over arrays of one shape and broadcast scalars: a new array, or a boxed scalar when all are scalars. */
    public Object apply(Object[] args) {
        UfuncMemo m = lastApply;
        if (m != null) {
            int n = m.length(null, args);
            if (n >= 0 && m.options().equals(mapOptions(n))) {
                Object out = Array.newInstance(m.out().getComponentType(), n);
                run(m, args, out);
                return out;
            }
        }
        UfuncArg[] as = classify(args);
        int[] shape = UfuncArg.commonShape(as);
        Signature v = choose(as, null);
        if (shape == null) return run(scalarLoop(as, v), scalarArgs(as, v));
        Object out = allocate(v.result(), shape);
        Variant loop = runMap(as, v, out, shape);
        if (memoable(as, v, out)) lastApply = UfuncMemo.of(args, out.getClass(), loop);
        return out;
    }

    /** {@code f} written into {@code out}, whose shape the arrays (if any) must have; returns {@code out}. */
    public Object into(Object out, Object[] args) {
        UfuncMemo m = lastInto;
        if (m != null && out != null) {
            int n = m.length(out, args);
            if (n >= 0 && m.options().equals(mapOptions(n))) {
                run(m, args, out);
                return out;
            }
        }
        UfuncArg[] as = classify(args);
        UfuncArg o = UfuncArg.of("out", out);
        if (!o.isArray()) throw new IllegalArgumentException("out is a " + o.type().javaName() + ": expected an array");
        int[] shape = UfuncArg.commonShape(as);
        if (shape != null && !java.util.Arrays.equals(shape, o.shape())) {
            UfuncArg first = java.util.Arrays.stream(as).filter(UfuncArg::isArray).findFirst().orElseThrow();
            throw new IllegalArgumentException("out has shape " + o.shapeText() + " but " + first.what() + " has shape "
                    + first.shapeText() + ": out must have the arguments' shape");
        }
        Signature v = choose(as, o.elem());
        if (!o.elem().equals(v.result())) {
            throw new IllegalArgumentException("out is " + o.type().javaName() + " but the variant " + v + " of " + def.name()
                    + " chosen for " + typesText(as) + " writes " + v.result().javaName() + " elements");
        }
        Variant loop = runMap(as, v, out, o.shape());
        if (memoable(as, v, out)) lastInto = UfuncMemo.of(args, out.getClass(), loop);
        return out;
    }

    /** Folds a 1-D array to a scalar, or a 2-D array over its rows (axis 0) to a 1-D array, as NumPy's reduce. */
    public Object reduce(Object array) {
        UfuncMemo m = lastReduce;
        Object[] one = {array};
        if (m != null && m.length(null, one) > 0 && m.options().equals(LoopFactory.options(false, def.fastmath()))) {
            return run(m, one, null);
        }
        UfuncArg a = foldArg(array, "reduce");
        Signature v = choose(new UfuncArg[] {a, a}, null);
        Type r = v.result();
        if (a.shape()[0] == 0) {
            if (def.identity().isEmpty()) {
                throw new IllegalArgumentException(def.name() + ": reduce of an empty array, and the ufunc has no identity "
                        + "(declare one with @Vectorize(identity = \"0\"))");
            }
            Object id = Scalars.parse(def.identity(), r, "identity");
            return a.type().dims() == 1 ? id : allocate(r, new int[] {0});
        }
        if (a.type().dims() == 1) {
            Type loopType = a.type();
            Variant loop = variant("reduce", List.of(loopType), false, v, c -> UfuncLoops.reduce(c, loopType), r,
                    PlainLoops::reduce);
            Object result = run(loop, one);
            if (UfuncMemo.keepable(array.getClass())) lastReduce = UfuncMemo.of(one, null, loop);
            return result;
        }
        Object[] rows = (Object[]) array;
        Object acc = JavaCasts.convert(rows[0], Type.array(r));
        for (int i = 1; i < rows.length; i++) into(acc, new Object[] {acc, rows[i]});
        return acc;
    }

    /** The running fold: element i of the result folds elements 0..i (rows 0..i for a 2-D array). */
    public Object accumulate(Object array) {
        UfuncArg a = foldArg(array, "accumulate");
        Signature v = choose(new UfuncArg[] {a, a}, null);
        Type r = v.result();
        Object out = allocate(r, a.shape());
        if (a.shape()[0] == 0) return out;
        if (a.type().dims() == 1) {
            List<Type> types = List.of(a.type(), Type.array(r));
            Variant loop = variant("accumulate", types, false, v, c -> UfuncLoops.accumulate(c, types.get(0), types.get(1)),
                    Type.VOID, PlainLoops::accumulate);
            run(loop, new Object[] {array, out});
            return out;
        }
        Object[] rows = (Object[]) array, outs = (Object[]) out;
        outs[0] = JavaCasts.convert(rows[0], Type.array(r));
        for (int i = 1; i < rows.length; i++) into(outs[i], new Object[] {outs[i - 1], rows[i]});
        return out;
    }

    /**
     * A handle of exactly {@code type}, all scalars, running the variant its parameter types pick
     * (compiled now): the facade's scalar forms.
     * @throws IllegalArgumentException when the types fit no variant or the result is not the variant's
     */
    public MethodHandle handle(MethodType type) {
        if (type.parameterCount() != def.declared().params().size()) {
            throw new IllegalArgumentException(def.name() + " takes " + def.declared().params().size() + " arguments, " + type
                    + " has " + type.parameterCount());
        }
        UfuncArg[] as = new UfuncArg[type.parameterCount()];
        List<Type> params = new ArrayList<>();
        for (int i = 0; i < as.length; i++) {
            Class<?> c = type.parameterType(i);
            if (!c.isPrimitive() || c == void.class) {
                throw new IllegalArgumentException(def.name() + ": handle types are primitive scalars, not " + type);
            }
            params.add(Type.of(c));
            as[i] = new UfuncArg(def.parameter(i), null, params.get(i), null);
        }
        Signature v = choose(as, null);
        Type result = type.returnType() == void.class ? Type.VOID : Type.of(type.returnType());
        if (!result.equals(v.result())) {
            throw new IllegalArgumentException(def.name() + ": " + type + " returns " + result.javaName() + " but the variant "
                    + v + " chosen for its parameters returns " + v.result().javaName());
        }
        Variant loop = variant("scalar", params, false, v, c -> UfuncLoops.scalar(c, params), v.result(), PlainLoops::scalar);
        return loop.fast();
    }

    public List<KernelStats> stats() {
        return variants().stream().filter(x -> !x.failed()).map(Variant::stats).toList();
    }

    /** The loops built so far. */
    public List<Variant> variants() {
        List<Variant> all = new ArrayList<>();
        for (VariantCache c : caches.values()) all.addAll(c.all());
        return all;
    }

    public String explain() { return Explain.ofLoops(def.name(), variants()); }

    // ---- arguments and variants ----

    private UfuncArg[] classify(Object[] args) {
        int n = def.declared().params().size();
        if (args.length != n) {
            throw new IllegalArgumentException(def.name() + " takes " + n + " argument" + (n == 1 ? "" : "s")
                    + " (arrays or scalars), got " + args.length);
        }
        UfuncArg[] as = new UfuncArg[n];
        for (int i = 0; i < n; i++) as[i] = UfuncArg.of(def.parameter(i), args[i]);
        return as;
    }

    private UfuncArg foldArg(Object array, String op) {
        if (!def.binary()) {
            throw new IllegalArgumentException(def.name() + ": " + op + " needs a ufunc of two arguments, it has "
                    + def.declared().params().size());
        }
        UfuncArg a = UfuncArg.of("the array", array);
        if (!a.isArray()) throw new IllegalArgumentException(def.name() + ": " + op + " takes an array, got a " + a.type().javaName());
        return a;
    }

    /**
     * The variant whose parameter types are exactly the arguments' (element) types, preferring one
     * that writes {@code out} when given; else the method's own signature, which widens scalars
     * and converts array elements; else an {@link IllegalArgumentException}.
     */
    private Signature choose(UfuncArg[] as, Type out) {
        Signature exact = null;
        for (Signature s : def.variants()) {
            boolean fits = true;
            for (int i = 0; i < as.length && fits; i++) fits = s.params().get(i).equals(as[i].elem());
            if (fits && (exact == null || (out != null && s.result().equals(out) && !exact.result().equals(out)))) exact = s;
        }
        if (exact != null) return exact;
        Signature own = def.declared();
        for (int i = 0; i < as.length; i++) {
            Type d = own.params().get(i), t = as[i].elem();
            boolean bool = d.kind() == Type.Kind.BOOL || t.kind() == Type.Kind.BOOL;
            boolean ok = t.equals(d) || (!bool && (as[i].isArray() || ArgTypes.widens(t.kind(), d.kind())));
            if (!ok) {
                throw new IllegalArgumentException(def.name() + ": " + as[i].what() + " is declared " + d.javaName() + ", got "
                        + as[i].type().javaName() + (as[i].isArray() ? "" : " (scalars widen only)") + "; variants: "
                        + def.variants());
            }
        }
        return own;
    }

    private static String typesText(UfuncArg[] as) {
        List<String> ts = new ArrayList<>();
        for (UfuncArg a : as) ts.add(a.type().javaName());
        return "(" + String.join(", ", ts) + ")";
    }

    // ---- loops ----

    /** Whether a map loop over {@code n} elements splits over the pool ({@code target = PARALLEL}, large enough). */
    private boolean splits(long n) {
        return def.parallel() && factory.split(n);
    }

    /** The options a map loop over {@code n} elements is built with now. */
    private Options mapOptions(long n) {
        return LoopFactory.options(splits(n), def.fastmath());
    }

    /**
     * Whether a memo may replay this map call: 1-D arrays (out too) and scalars already of the
     * variant's parameter types, which the loop takes as they are (see {@link UfuncMemo}).
     */
    private static boolean memoable(UfuncArg[] as, Signature v, Object out) {
        if (!UfuncMemo.keepable(out.getClass())) return false;
        for (int i = 0; i < as.length; i++) {
            if (as[i].isArray() ? as[i].type().dims() != 1 : !as[i].type().equals(v.params().get(i))) return false;
        }
        return true;
    }

    private static Object run(UfuncMemo m, Object[] args, Object out) {
        try {
            return m.run(args, out);
        } catch (Throwable t) {
            throw UfuncDispatcher.<RuntimeException>sneaky(t);
        }
    }

    /** Runs the map loop (built on first use) and returns it. */
    private Variant runMap(UfuncArg[] as, Signature v, Object out, int[] shape) {
        long size = 1;
        for (int d : shape) size *= d;
        boolean parallel = splits(size);
        List<Type> types = new ArrayList<>();
        Object[] callArgs = new Object[as.length + 1];
        for (int i = 0; i < as.length; i++) {
            types.add(as[i].isArray() ? as[i].type() : v.params().get(i));
            callArgs[i] = as[i].isArray() ? as[i].value() : Scalars.widen(as[i].value(), v.params().get(i));
        }
        Type outType = Type.of(out.getClass());
        callArgs[as.length] = out;
        List<Type> operands = List.copyOf(types);
        types.add(outType);
        Variant loop = variant("map", types, parallel, v, c -> UfuncLoops.map(c, operands, outType, parallel), Type.VOID,
                PlainLoops::map);
        run(loop, callArgs);
        return loop;
    }

    private Variant scalarLoop(UfuncArg[] as, Signature v) {
        return variant("scalar", v.params(), false, v, c -> UfuncLoops.scalar(c, v.params()), v.result(), PlainLoops::scalar);
    }

    private static Object[] scalarArgs(UfuncArg[] as, Signature v) {
        Object[] out = new Object[as.length];
        for (int i = 0; i < as.length; i++) out[i] = Scalars.widen(as[i].value(), v.params().get(i));
        return out;
    }

    private Variant variant(String kind, List<Type> loopTypes, boolean parallel, Signature v,
                            Function<Callee, Program> build, Type result, PlainLoops.Body plain) {
        VariantKey key = new VariantKey(def.kernel().method(), loopTypes, LoopFactory.options(parallel, def.fastmath()));
        // one cache per loop kind and variant: a scalar loop and a reduce may share parameter types
        VariantCache c = caches.computeIfAbsent(new LoopKind(kind, v), x -> new VariantCache());
        return c.get(key, k -> factory.build(def.kernel(), kind, k, v, build, result, plain));
    }

    private static Object run(Variant loop, Object[] args) {
        try {
            return loop.invoke(args);
        } catch (Throwable t) {
            throw UfuncDispatcher.<RuntimeException>sneaky(t);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }

    static Object allocate(Type elem, int[] shape) {
        return Array.newInstance(JavaCasts.classOf(elem), shape);
    }
}
