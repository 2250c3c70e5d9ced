package dev.hotloop.runtime;

import dev.hotloop.HotloopCompileException;
import dev.hotloop.KernelStats;
import dev.hotloop.compiler.LoopReport;
import dev.hotloop.compiler.ir.Signature;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kernel specialised for one {@link VariantKey}: either compiled code, or the original
 * method (fallback, {@code hotloop.disable}), or a compile that failed and is rethrown on use.
 *
 * <p>{@code entry} has exactly the variant's type (argument types to the declared result) and
 * is measured by {@code meter}; {@code spreader} is the same entry as {@code (Object[])Object},
 * built once so that {@code invoke} does not relink per call.
 */
public final class Variant {
    private final VariantKey key;
    private final String kernel;
    private final Signature signature;
    private final MethodHandle entry;
    private final MethodHandle fast;
    private final MethodHandle spreader;
    private final CallMeter meter;
    private final long compileNanos;
    private final Map<String, Long> phaseNanos;
    private final List<LoopReport> loops;
    private final String fallback;
    private final HotloopCompileException failure;
    private final Class<?> compiledClass;
    /** The disk cache entry the compiled class was loaded from, or null when it was compiled in this JVM. */
    private final Path cacheEntry;

    private Variant(VariantKey key, String kernel, Signature signature, MethodHandle entry, MethodHandle fast, CallMeter meter,
                    long compileNanos, Map<String, Long> phaseNanos, List<LoopReport> loops, String fallback,
                    HotloopCompileException failure, Class<?> compiledClass, Path cacheEntry) {
        this.key = key;
        this.kernel = kernel;
        this.signature = signature;
        this.entry = entry;
        this.fast = fast;
        this.spreader = entry == null ? null : entry
                .asSpreader(Object[].class, entry.type().parameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
        this.meter = meter;
        this.compileNanos = compileNanos;
        this.phaseNanos = Collections.unmodifiableMap(new LinkedHashMap<>(phaseNanos));
        this.loops = List.copyOf(loops);
        this.fallback = fallback;
        this.failure = failure;
        this.compiledClass = compiledClass;
        this.cacheEntry = cacheEntry;
    }

    /** Compiled code: {@code entry} is the hidden class's measured entry, {@code fast} its sampled one (see CallMeter.sample). */
    static Variant compiled(VariantKey key, String kernel, Signature sig, MethodHandle entry, MethodHandle fast,
                            CallMeter meter, long compileNanos, Map<String, Long> phases, List<LoopReport> loops,
                            Class<?> hidden) {
        return new Variant(key, kernel, sig, entry, fast, meter, compileNanos, phases, loops, "", null, hidden, null);
    }

    /** Compiled code loaded from the disk cache entry {@code path} instead of compiled; {@code phases} is {@code {cache=..}}. */
    static Variant cached(VariantKey key, String kernel, Signature sig, MethodHandle entry, MethodHandle fast,
                          CallMeter meter, long loadNanos, Map<String, Long> phases, List<LoopReport> loops,
                          Class<?> hidden, Path path) {
        return new Variant(key, kernel, sig, entry, fast, meter, loadNanos, phases, loops, "", null, hidden, path);
    }

    /** The original method runs, for the reason given; {@code entry} measures it with {@code meter}. */
    static Variant fallback(VariantKey key, String kernel, Signature sig, MethodHandle entry, CallMeter meter,
                            long compileNanos, Map<String, Long> phases, String why) {
        return new Variant(key, kernel, sig, entry, entry, meter, compileNanos, phases, List.of(), why, null, null, null);
    }

    /** A compile that failed without fallback: every use throws it again. */
    static Variant failed(VariantKey key, String kernel, Signature sig, HotloopCompileException e) {
        return new Variant(key, kernel, sig, null, null, new CallMeter(), 0, Map.of(), List.of(), "", e, null, null);
    }

    /** Calls the variant with boxed arguments already checked against its types. */
    public Object invoke(Object[] args) throws Throwable {
        if (failure != null) throw failure.again();
        return spreader.invokeExact(args);
    }

    /** The measured entry, of exactly {@link #type()}. */
    public MethodHandle entry() {
        if (failure != null) throw failure.again();
        return entry;
    }

    /**
     * The entry for typed handles and facades: the sampled one, or the bare kernel with
     * {@code hotloop.count.calls=false} (the measured original method for fallback variants).
     */
    public MethodHandle fast() {
        if (failure != null) throw failure.again();
        return fast;
    }

    public MethodType type() {
        return typeOf(signature);
    }

    /** The JVM method type of a signature: {@code double(float[])} ==> {@code (float[])double}. */
    static MethodType typeOf(Signature sig) {
        // only primitives and primitive arrays: no class loader is consulted
        return MethodType.fromMethodDescriptorString(sig.descriptor(), null);
    }

    public KernelStats stats() {
        return new KernelStats(kernel, signature.toString(), compileNanos, phaseNanos,
                meter.firstNanos(), meter.calls(), meter.nanos(), fallback, cacheEntry != null);
    }

    public VariantKey key() { return key; }
    public String kernel() { return kernel; }
    public Signature signature() { return signature; }
    public List<LoopReport> loops() { return loops; }
    /** Why the original method runs instead, or empty. */
    public String fallback() { return fallback; }
    public boolean failed() { return failure != null; }
    public HotloopCompileException failure() { return failure; }
    public CallMeter meter() { return meter; }
    /** The hidden class of compiled code, null for fallback and failed variants. */
    public Class<?> compiledClass() { return compiledClass; }
    /** The disk cache entry this variant was loaded from, or null when it was compiled (or not) in this JVM. */
    public Path cacheEntry() { return cacheEntry; }
}
