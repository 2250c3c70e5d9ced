package dev.hotloop.runtime;

import dev.hotloop.compiler.KernelCompiler;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.Type;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

/**
 * What the disk cache tests in {@code dev.hotloop.cache} need from the runtime's package: a fresh
 * engine (no variant in memory) with the real compiler over a given cache directory, as a new JVM
 * would start; and the file name of a cache key.
 */
public final class CacheTestAccess {
    private CacheTestAccess() {}

    public static Engine engine(Path cacheDir) {
        return new Engine(new Config(false, null, false, 0, cacheDir), KernelCompiler::compile);
    }

    public static Engine disabledEngine(Path cacheDir) {
        return new Engine(new Config(true, null, false, 0, cacheDir), KernelCompiler::compile);
    }

    /** The entry file name for {@code m} at these argument types and options. */
    public static String fileName(Method m, List<Type> args, Options options) {
        Kernel k = Kernel.of(m);
        byte[] owner = ClassDefiner.classSource(k.owner()).read(ClassDefiner.internalName(k.owner()));
        return CacheKey.of(k, new VariantKey(m, args, options), CodeFingerprint.get(), Sha256.hex(owner)).fileName();
    }
}
