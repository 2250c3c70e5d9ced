package dev.hotloop.runtime;

import dev.hotloop.HotloopCompileException;
import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.KernelRequest;
import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.ir.Signature;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds one variant: asks the compiler for class bytes (or, for {@code @Jit(cache = true)}, the
 * {@link DiskCache} first, and stores what the compiler made), dumps them if asked, defines the
 * hidden class and looks up its entries; or, when that fails under {@code @Jit(fallback = true)}
 * or when Hotloop is disabled, wraps the original method. Never throws for a kernel that
 * cannot compile: the failure is a {@link Variant#failed} variant, cached and rethrown on use.
 */
final class VariantFactory {
    static final String DISABLED = "disabled by hotloop.disable";

    private final Config config;
    private final Function<KernelRequest, CompiledKernel> compiler;
    /** Where {@code @Jit(cache = true)} variants are kept; null when there is no disk cache. */
    private final DiskCache disk;

    VariantFactory(Config config, Function<KernelRequest, CompiledKernel> compiler) {
        this.config = config;
        this.compiler = compiler;
        this.disk = config.cacheDir() == null || config.disable() ? null : new DiskCache(config.cacheDir());
    }

    Variant build(Kernel k, VariantKey key) {
        Signature sig = new Signature(k.result(), key.argTypes());
        if (config.disable()) return fallback(k, key, sig, 0, Map.of(), DISABLED);
        long t0 = System.nanoTime();
        Map<String, Long> phases = new LinkedHashMap<>();
        HotloopCompileException failure;
        try {
            return compile(k, key, sig, t0, phases);
        } catch (CompileError e) {
            failure = new HotloopCompileException(k.name(), sig.toString(), e.getMessage(), e);
        } catch (Failure e) {
            failure = new HotloopCompileException(k.name(), sig.toString(), e.getMessage(), e.getCause());
        }
        if (!k.fallback()) return Variant.failed(key, k.name(), sig, failure);
        return fallback(k, key, sig, System.nanoTime() - t0, phases, failure.rawMessage());
    }

    private Variant compile(Kernel k, VariantKey key, Signature sig, long t0, Map<String, Long> phases) {
        ClassSource classes = ClassDefiner.classSource(k.owner());
        CacheKey cacheKey = null;
        RecordingClassSource recorder = null;
        if (disk != null && k.cache()) {
            long c0 = System.nanoTime();
            cacheKey = cacheKey(k, key, classes);
            // hotloop.dump wants the IR after each pass, which only a compile has
            CacheEntry hit = cacheKey == null || config.dumpDir() != null ? null : disk.load(cacheKey, classes);
            if (hit != null) {
                Variant v = fromCache(k, key, sig, hit, disk.path(cacheKey), t0, c0);
                if (v != null) return v;
            }
            phases.put("cache", System.nanoTime() - c0);
            if (cacheKey != null) classes = recorder = new RecordingClassSource(classes);
        }
        KernelRequest request = new KernelRequest(k.ref(), key.argTypes(), key.options(),
                classes, ClassDefiner.nextClassName(k.owner(), k.method().getName()),
                ClassDefiner.internalName(CallMeter.class), config.dumpDir() != null,
                ClassDefiner.internalName(KernelRandom.class));
        CompiledKernel ck;
        try {
            ck = compiler.apply(request);
        } catch (CompileError e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new Failure("internal compiler error: " + e, e);
        }
        phases.putAll(ck.phaseNanos());
        if (config.dumpDir() != null) Dump.write(config.dumpDir(), k.name(), sig, ck);
        if (!ck.signature().equals(sig)) {
            throw new Failure("internal compiler error: compiled " + ck.signature() + ", asked for " + sig, null);
        }
        CallMeter meter = new CallMeter();
        MethodType type = Variant.typeOf(sig);
        long d0 = System.nanoTime();
        try {
            Lookup hidden = ClassDefiner.define(k.owner(), ck.classBytes(), meter);
            phases.put("define", System.nanoTime() - d0);
            MethodHandle entry = hidden.findStatic(hidden.lookupClass(), ck.entry(), type);
            MethodHandle fast = hidden.findStatic(hidden.lookupClass(), facadeEntry(ck.raw()), type);
            if (recorder != null) {
                long s0 = System.nanoTime();
                disk.store(cacheKey, new CacheEntry(cacheKey.text(), recorder.read(), ck.className(), ck.entry(),
                        ck.raw(), ck.signature(), ck.loops(), ck.classBytes()));
                phases.merge("cache", System.nanoTime() - s0, Long::sum);
            }
            return Variant.compiled(key, k.name(), sig, entry, fast, meter, System.nanoTime() - t0,
                    phases, ck.loops(), hidden.lookupClass());
        } catch (IllegalAccessException e) {
            throw new Failure("cannot define a nestmate of " + k.owner().getName() + " (" + e.getMessage()
                    + "); a kernel class in a named module must open its package to Hotloop", e);
        } catch (ReflectiveOperationException | LinkageError | IllegalArgumentException e) {
            throw new Failure("the compiled class " + ck.className() + " does not load: " + e, e);
        } finally {
            phases.putIfAbsent("define", System.nanoTime() - d0);
        }
    }

    /**
     * The method facades and typed handles call: the sampled entry that counts every call, or with
     * {@code hotloop.count.calls=false} the bare kernel {@code raw}, which costs what a direct call costs.
     */
    private String facadeEntry(String raw) {
        return config.countCalls() ? CompiledKernel.FAST : raw;
    }

    /** The key of a cached variant, or null when the owner's class file or the Hotloop code cannot be read. */
    private static CacheKey cacheKey(Kernel k, VariantKey key, ClassSource classes) {
        String fingerprint = CodeFingerprint.get();
        byte[] owner = classes.read(ClassDefiner.internalName(k.owner()));
        if (fingerprint == null || owner == null) return null;
        return CacheKey.of(k, key, fingerprint, Sha256.hex(owner));
    }

    /** The variant defined from a disk cache entry, or null (and compile) when the entry does not load. */
    private Variant fromCache(Kernel k, VariantKey key, Signature sig, CacheEntry e, Path path, long t0, long c0) {
        if (!e.signature().equals(sig)) return null;
        CallMeter meter = new CallMeter();
        MethodType type = Variant.typeOf(sig);
        try {
            Lookup hidden = ClassDefiner.define(k.owner(), e.classBytes(), meter);
            MethodHandle entry = hidden.findStatic(hidden.lookupClass(), e.entry(), type);
            MethodHandle fast = hidden.findStatic(hidden.lookupClass(), facadeEntry(e.raw()), type);
            long now = System.nanoTime();
            return Variant.cached(key, k.name(), sig, entry, fast, meter, now - t0, Map.of("cache", now - c0),
                    e.loops(), hidden.lookupClass(), path);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException ex) {
            System.err.println("Hotloop: disk cache entry " + path + " does not load (" + ex + "); compiling");
            return null;
        }
    }

    private Variant fallback(Kernel k, VariantKey key, Signature sig, long compileNanos, Map<String, Long> phases,
                             String why) {
        CallMeter meter = new CallMeter();
        try {
            MethodHandle entry = FallbackEntry.of(k, key.argTypes(), Variant.typeOf(sig), meter);
            return Variant.fallback(key, k.name(), sig, entry, meter, compileNanos, phases, why);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Variant.failed(key, k.name(), sig, new HotloopCompileException(k.name(), sig.toString(),
                    why + "; and the original method cannot be called: " + e, e));
        }
    }

    /** A failure outside the compiler's diagnostics: a compiler bug, or a class that does not load. */
    private static final class Failure extends RuntimeException {
        Failure(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }
}
