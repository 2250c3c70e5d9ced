package dev.hotloop.runtime;

import dev.hotloop.KernelStats;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ufunc.GufuncLoops;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gufunc's runtime: binds the layout's core dimensions to the arguments' sizes, checks that they
 * agree, allocates missing outputs, and runs the compiled row loop ({@link GufuncLoops}).
 * {@code dev.hotloop.GUfunc} is its public face.
 * <pre>
 * "(n),(n)->()": apply(x[100][8], y[8])  ==> n = 8, 100 rows, y broadcast; out double[100]
 *                apply(x[8], y[8])       ==> one row; out double[1] (a scalar output is a length-1 array)
 * </pre>
 * An input with one dimension more than its layout is looped over that outer dimension; every
 * looped input has the same number of rows, and so does every output. Nothing is written before
 * all checks pass.
 */
public final class GufuncDispatcher {
    private final GufuncDef def;
    private final LoopFactory factory;
    private final VariantCache cache = new VariantCache();

    GufuncDispatcher(GufuncDef def, LoopFactory factory) {
        this.def = def;
        this.factory = factory;
    }

    public GufuncDef def() { return def; }

    /** Runs over {@code inputs}, allocating every output; returns them, one per layout output. */
    public Object[] apply(Object[] inputs) {
        return run(null, inputs);
    }

    /** Runs over {@code inputs} writing {@code outs} (one per layout output, or null to allocate that one). */
    public Object[] into(Object[] outs, Object[] inputs) {
        if (outs == null) throw new NullPointerException("outs is null");
        if (outs.length != def.outputs()) {
            throw new IllegalArgumentException(def.name() + " has " + def.outputs() + " output" + (def.outputs() == 1 ? "" : "s")
                    + " in layout \"" + def.layout() + "\", got " + outs.length);
        }
        return run(outs, inputs);
    }

    public List<KernelStats> stats() {
        return cache.all().stream().filter(x -> !x.failed()).map(Variant::stats).toList();
    }

    public String explain() { return Explain.ofLoops(def.name(), cache.all()); }

    private Object[] run(Object[] given, Object[] inputs) {
        int nIn = def.inputs(), nOut = def.outputs();
        if (inputs.length != nIn) {
            throw new IllegalArgumentException(def.name() + " takes " + nIn + " input" + (nIn == 1 ? "" : "s") + " (layout \""
                    + def.layout() + "\"), got " + inputs.length);
        }
        Kernel k = def.kernel();
        Map<String, Integer> dims = new LinkedHashMap<>();
        Map<String, String> boundBy = new LinkedHashMap<>();
        int rows = -1;
        String rowsBy = null;
        List<Boolean> looped = new ArrayList<>();
        List<Type> core = new ArrayList<>(k.params()); // the types the method is compiled for: arrays as given
        for (int i = 0; i < nIn; i++) {
            UfuncArg a = UfuncArg.of(k.parameter(i), inputs[i]);
            Type declared = k.params().get(i);
            int coreRank = def.core(i).size();
            int rank = a.isArray() ? a.type().dims() : 0;
            if (rank != coreRank && rank != coreRank + 1) {
                throw new IllegalArgumentException(a.what() + " is " + a.type().javaName() + " but its layout "
                        + GufuncDef.spell(def.core(i)) + " wants " + coreRank + " or " + (coreRank + 1) + " dimensions");
            }
            boolean loop = rank == coreRank + 1;
            checkType(a, declared, loop);
            if (a.isArray()) core.set(i, loop ? a.type().elem() : a.type());
            looped.add(loop);
            if (loop) {
                if (rows >= 0 && rows != a.shape()[0]) {
                    throw new IllegalArgumentException(a.what() + " has " + a.shape()[0] + " rows (shape " + a.shapeText() + ") but "
                            + rowsBy + " has " + rows + ": looped inputs must have one outer length");
                }
                rows = a.shape()[0];
                rowsBy = a.what() + " (shape " + a.shapeText() + ")";
            }
            // an empty looped array has no rows to tell its core size: it binds nothing
            if (loop && coreRank == 2) {
                throw new IllegalArgumentException(a.what() + " is " + a.type().javaName() + ": looping over a 2-D core "
                        + GufuncDef.spell(def.core(i)) + " would take a 3-D array; pass one matrix (it is broadcast to every row)");
            }
            if (coreRank == 1 && !(loop && a.shape()[0] == 0)) bind(dims, boundBy, def.core(i).getFirst(), a.shape()[loop ? 1 : 0], a);
            if (coreRank == 2) {
                bind(dims, boundBy, def.core(i).get(0), a.shape()[0], a);
                // a matrix without rows says nothing of its row length
                if (a.shape()[0] > 0) bind(dims, boundBy, def.core(i).get(1), a.shape()[1], a);
            }
        }
        boolean wrapped = rows < 0;
        if (wrapped) rows = 1;
        Object[] outs = new Object[nOut];
        Object[] loopOuts = new Object[nOut];
        List<Boolean> scalarOut = new ArrayList<>();
        for (int j = 0; j < nOut; j++) {
            int p = nIn + j;
            List<String> dimsOf = def.core(p);
            if (!wrapped && dimsOf.size() == 2) {
                throw new IllegalArgumentException(def.name() + ": output " + j + " (" + k.parameter(p) + ") has the 2-D core "
                        + GufuncDef.spell(dimsOf) + ", which cannot be looped over rows (a 3-D array); call it without looped inputs");
            }
            Type declared = k.params().get(p);
            scalarOut.add(dimsOf.isEmpty());
            Object o = given == null ? null : given[j];
            if (o != null) {
                UfuncArg a = UfuncArg.of("output " + j + " (" + k.parameter(p) + ")", o);
                Type want0 = wrapped || dimsOf.isEmpty() ? declared : Type.array(declared);
                if (!ArgTypes.accepts(want0, a.type())) {
                    throw new IllegalArgumentException(a.what() + " is " + a.type().javaName() + ", expected "
                            + want0.javaName() + " (or another numeric element type)");
                }
                core.set(p, wrapped || dimsOf.isEmpty() ? a.type() : a.type().elem());
                int[] want = outShape(dimsOf, dims, rows, wrapped, a);
                if (!java.util.Arrays.equals(want, a.shape())) {
                    throw new IllegalArgumentException(a.what() + " has shape " + a.shapeText() + ", expected "
                            + java.util.Arrays.toString(want) + " for layout \"" + def.layout() + "\" with " + dims
                            + (wrapped ? "" : " and " + rows + " rows"));
                }
            } else {
                int[] shape = outShape(dimsOf, dims, rows, wrapped, null);
                o = Array.newInstance(JavaCasts.classOf(declared.base()), shape);
            }
            outs[j] = o;
            loopOuts[j] = wrapped && !dimsOf.isEmpty() ? wrap(o, core.get(p)) : o;
        }
        List<Type> types = new ArrayList<>();
        Object[] args = new Object[nIn + nOut];
        for (int i = 0; i < nIn; i++) {
            Type t = core.get(i);
            types.add(looped.get(i) ? Type.array(t) : t);
            args[i] = looped.get(i) || t.isArray() ? inputs[i] : Scalars.widen(inputs[i], t);
        }
        for (int j = 0; j < nOut; j++) {
            Type t = core.get(nIn + j);
            types.add(scalarOut.get(j) ? t : Type.array(t));
            args[nIn + j] = loopOuts[j];
        }
        long work = (long) rows * Math.max(1, dims.values().stream().mapToLong(Integer::longValue).reduce(1, (a, b) -> a * b));
        boolean parallel = def.parallel() && rows > 1 && factory.split(work);
        Variant loop = cache.get(new VariantKey(k.method(), types, LoopFactory.options(parallel, false)),
                key -> factory.build(k, "rows", key, new Signature(k.result(), core),
                        c -> GufuncLoops.rows(c, looped, scalarOut, parallel), Type.VOID, PlainLoops.rows(looped, scalarOut)));
        try {
            loop.invoke(args);
        } catch (Throwable t) {
            throw GufuncDispatcher.<RuntimeException>sneaky(t);
        }
        return outs;
    }

    /** Arrays of any numeric element type stand for numeric arrays (read converted); scalars widen. */
    private static void checkType(UfuncArg a, Type declared, boolean loop) {
        Type want = loop ? Type.array(declared) : declared;
        // a looped () input passes its elements as scalars: those must widen as scalars do
        boolean ok = loop && !declared.isArray() ? ArgTypes.accepts(declared, a.type().elem()) : ArgTypes.accepts(want, a.type());
        if (!ok) {
            throw new IllegalArgumentException(a.what() + " is declared " + declared.javaName() + ", got " + a.type().javaName());
        }
    }

    private void bind(Map<String, Integer> dims, Map<String, String> boundBy, String name, int size, UfuncArg a) {
        Integer old = dims.putIfAbsent(name, size);
        if (old == null) {
            boundBy.put(name, a.what() + " (shape " + a.shapeText() + ")");
        } else if (old != size) {
            throw new IllegalArgumentException(def.name() + ": core dimension " + name + " is " + size + " in " + a.what()
                    + " (shape " + a.shapeText() + ") but " + old + " in " + boundBy.get(name) + " (layout \"" + def.layout() + "\")");
        }
    }

    /** The shape an output must have; an output dimension no input names is taken from {@code given} or is an error. */
    private int[] outShape(List<String> core, Map<String, Integer> dims, int rows, boolean wrapped, UfuncArg given) {
        List<Integer> shape = new ArrayList<>();
        if (core.isEmpty()) return new int[] {wrapped ? 1 : rows};
        if (!wrapped) shape.add(rows);
        for (String d : core) {
            Integer n = dims.get(d);
            if (n == null && !wrapped && rows == 0) n = given == null ? 0 : given.shape()[shape.size()];
            if (n == null) {
                if (given == null) {
                    throw new IllegalArgumentException(def.name() + ": output dimension " + d + " of layout \"" + def.layout()
                            + "\" is in no input, so the output cannot be allocated: pass it with into");
                }
                n = given.shape()[shape.size()];
                dims.put(d, n);
            }
            shape.add(n);
        }
        return shape.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One row holding {@code o}: {@code new double[][] {o}}. */
    private static Object wrap(Object o, Type declared) {
        Object w = Array.newInstance(JavaCasts.classOf(declared), 1);
        Array.set(w, 0, o);
        return w;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
