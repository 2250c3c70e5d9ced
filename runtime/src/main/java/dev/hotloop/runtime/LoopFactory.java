package dev.hotloop.runtime;

import dev.hotloop.HotloopCompileException;
import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.KernelRequest;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.PhaseTimer;
import dev.hotloop.compiler.ProgramCompiler;
import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.frontend.FrontEnd;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.transform.InlineCalls;
import dev.hotloop.compiler.transform.RetypeForSignature;
import dev.hotloop.compiler.ufunc.Callee;
import dev.hotloop.compiler.ufunc.ComputeInPrecision;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * Compiles the loops of ufuncs and gufuncs into {@link Variant}s: reads the user's method with the
 * front end (re-typed to the variant's precision when a ufunc variant narrows the declared types;
 * re-typed to read and write arrays of other element types for a gufunc, as {@code @Jit} kernels are),
 * builds the loop program around it, and runs {@link ProgramCompiler}, i.e. the same passes and
 * back end as a {@code @Jit} kernel. A compile error becomes a failed variant, thrown on use.
 * <pre>
 * Variant v = factory.build(kernel, "map", key, floatVariant, callee -> UfuncLoops.map(callee, types, out, false));
 * v.invoke(new Object[] {xs, ys, out});
 * </pre>
 * The user's method is read again for every loop: the passes rewrite the functions they are given.
 */
final class LoopFactory {
    /** Fewest elements (or rows times core elements) for which a {@code PARALLEL} loop splits over the pool. */
    static final long PARALLEL_MIN = 1 << 14;

    private final Path dumpDir;
    private final boolean disabled;
    private final IntSupplier threads;

    LoopFactory(Config config, IntSupplier threads) {
        this.dumpDir = config.dumpDir();
        this.disabled = config.disable();
        this.threads = threads;
    }

    /**
     * Whether a {@code target = PARALLEL} loop over {@code work} elements runs split over the pool:
     * only when it is large and the pool has more than one thread (on one, chunking is pure cost).
     */
    boolean split(long work) {
        return work >= PARALLEL_MIN && threads.getAsInt() > 1;
    }

    /**
     * @param kind    what the loop does, part of the class name and the stats' kernel name: {@code map}, {@code reduce}
     * @param key     the loop's parameter types and options (the method is the user's)
     * @param variant the signature the user's method computes in
     * @param result  the loop's result type
     * @param plain   the same loop in plain Java, run instead under {@code hotloop.disable=true}
     */
    Variant build(Kernel k, String kind, VariantKey key, Signature variant, Function<Callee, Program> loop, Type result,
                  PlainLoops.Body plain) {
        String name = k.name() + "." + kind;
        if (disabled) return plain(k, name, key, new Signature(result, key.argTypes()), plain);
        Signature loopSig = null;
        long t0 = System.nanoTime();
        PhaseTimer timer = new PhaseTimer();
        try {
            Program scalar = FrontEnd.read(ClassDefiner.classSource(k.owner()), k.ref(), timer);
            MethodRef ref = k.ref();
            Signature declared = scalar.kernel().signature();
            if (!variant.params().equals(declared.params()) || !variant.result().equals(declared.result())) {
                // a gufunc variant keeps the declared result (void): its arrays are read and written converted;
                // a ufunc variant computes in its own precision
                boolean convert = variant.result().equals(declared.result()) && variant.result().isVoid();
                timer.time("passes", () -> {
                    new InlineCalls().run(scalar);
                    if (convert) new RetypeForSignature(variant.params()).retype(scalar.kernel());
                    else ComputeInPrecision.apply(scalar.kernel(), variant);
                });
                ref = new MethodRef(ref.owner(), ref.name(), variant.descriptor());
            }
            Program program = loop.apply(new Callee(ref, scalar));
            loopSig = program.kernel().signature();
            String method = k.method().getName() + "$" + kind;
            KernelRequest r = new KernelRequest(new MethodRef(ref.owner(), method, loopSig.descriptor()), key.argTypes(),
                    key.options(), ClassDefiner.classSource(k.owner()), ClassDefiner.nextClassName(k.owner(), method),
                    ClassDefiner.internalName(CallMeter.class), dumpDir != null, ClassDefiner.internalName(KernelRandom.class));
            CompiledKernel ck = ProgramCompiler.compile(program, r, timer);
            if (dumpDir != null) Dump.write(dumpDir, name, loopSig, ck);
            return define(k, name, key, loopSig, ck, t0);
        } catch (CompileError e) {
            return Variant.failed(key, name, sigOr(loopSig, key), new HotloopCompileException(name, variant.toString(), e.getMessage(), e));
        } catch (RuntimeException | StackOverflowError | LinkageError | ReflectiveOperationException e) {
            return Variant.failed(key, name, sigOr(loopSig, key), new HotloopCompileException(name, variant.toString(),
                    "internal compiler error: " + e, e));
        }
    }

    private static Variant plain(Kernel k, String name, VariantKey key, Signature sig, PlainLoops.Body body) {
        CallMeter meter = new CallMeter();
        try {
            MethodHandle entry = PlainLoops.entry(k, Variant.typeOf(sig), body, meter);
            return Variant.fallback(key, name, sig, entry, meter, 0, Map.of(), VariantFactory.DISABLED);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Variant.failed(key, name, sig, new HotloopCompileException(name, sig.toString(),
                    VariantFactory.DISABLED + "; and the original method cannot be called: " + e, e));
        }
    }

    private static Signature sigOr(Signature s, VariantKey key) {
        return s != null ? s : new Signature(Type.VOID, key.argTypes());
    }

    private static Variant define(Kernel k, String name, VariantKey key, Signature sig, CompiledKernel ck, long t0)
            throws ReflectiveOperationException {
        CallMeter meter = new CallMeter();
        Map<String, Long> phases = new LinkedHashMap<>(ck.phaseNanos());
        long d0 = System.nanoTime();
        Lookup hidden = ClassDefiner.define(k.owner(), ck.classBytes(), meter);
        phases.put("define", System.nanoTime() - d0);
        MethodType type = Variant.typeOf(sig);
        MethodHandle entry = hidden.findStatic(hidden.lookupClass(), ck.entry(), type);
        MethodHandle fast = hidden.findStatic(hidden.lookupClass(), CompiledKernel.FAST, type);
        return Variant.compiled(key, name, sig, entry, fast, meter, System.nanoTime() - t0, phases, ck.loops(),
                hidden.lookupClass());
    }

    /**
     * Options of a ufunc or gufunc loop: parallel and fastmath from the annotation, the vector
     * width as for {@code @Jit} kernels ({@link VectorSupport#bits()}, read at each call: it is
     * part of the loop's key).
     */
    static Options options(boolean parallel, boolean fastmath) {
        int bits = VectorSupport.bits();
        return new Options(parallel, fastmath, bits, VectorSupport.leaveToC2(), VectorSupport.streamBits(bits));
    }
}
