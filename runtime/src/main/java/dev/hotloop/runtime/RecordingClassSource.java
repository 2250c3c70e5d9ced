package dev.hotloop.runtime;

import dev.hotloop.compiler.ClassSource;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link ClassSource} that remembers what the compiler read through it: each class's
 * internal name with the SHA-256 of the bytes it got ({@link #ABSENT} when there were none).
 * A disk cache entry keeps this list, since code inlined from a helper class is baked into the
 * variant: the entry is valid only while every one of those classes still reads the same.
 * <pre>
 * RecordingClassSource src = new RecordingClassSource(ClassDefiner.classSource(owner));
 * KernelCompiler.compile(requestWith(src));
 * src.read()   ==> {p/Kernels=9f2c..., p/MathHelpers=04ab...}
 * </pre>
 */
final class RecordingClassSource implements ClassSource {
    /** The recorded hash of a class the compiler asked for and could not read. */
    static final String ABSENT = "-";

    private final ClassSource inner;
    private final Map<String, String> read = new TreeMap<>();

    RecordingClassSource(ClassSource inner) {
        this.inner = inner;
    }

    @Override
    public byte[] read(String internalName) {
        byte[] b = inner.read(internalName);
        synchronized (read) {
            read.put(internalName, hashOf(b));
        }
        return b;
    }

    /** Every class read so far, sorted by name, with its hash. */
    Map<String, String> read() {
        synchronized (read) {
            return Collections.unmodifiableMap(new TreeMap<>(read));
        }
    }

    static String hashOf(byte[] classBytes) {
        return classBytes == null ? ABSENT : Sha256.hex(classBytes);
    }
}
