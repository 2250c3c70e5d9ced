package dev.hotloop.runtime;

import dev.hotloop.compiler.KernelCompiler;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of the Hotloop code that makes and runs compiled variants: the class files of the
 * compiler's code source and of the runtime's (the compiled code calls runtime classes such as
 * {@code ParallelDriver} and {@code KernelRandom} by name). A new build of either changes it, so
 * that a disk cache entry written by another Hotloop is never used. Computed once per JVM.
 * <pre>
 * CodeFingerprint.get()   ==> "3b9e...": jar: the jar file's bytes; directory: every .class file, by path
 * </pre>
 * Null when a code source cannot be read (a custom class loader without locations): then the disk
 * cache is off, since nothing could tell an old entry from a current one.
 */
final class CodeFingerprint {
    private CodeFingerprint() {}

    private static final class Once {
        static final String VALUE = compute(List.of(KernelCompiler.class, CodeFingerprint.class));
    }

    /** The fingerprint of this JVM's Hotloop, or null when it cannot be computed. */
    static String get() { return Once.VALUE; }

    static String compute(List<Class<?>> anchors) {
        MessageDigest md = Sha256.digest();
        try {
            for (Class<?> c : anchors) {
                Path where = location(c);
                if (where == null) return null;
                add(md, where);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Hotloop: disk cache off: cannot fingerprint the Hotloop code (" + e + ")");
            return null;
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static Path location(Class<?> c) {
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        URL url = cs == null ? null : cs.getLocation();
        if (url == null || !"file".equals(url.getProtocol())) return null;
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void add(MessageDigest md, Path where) throws IOException {
        if (!Files.isDirectory(where)) {
            md.update(Files.readAllBytes(where));
            return;
        }
        List<Path> classes;
        try (Stream<Path> s = Files.walk(where)) {
            classes = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path p : classes) {
            // the path too: a moved class is another program
            md.update(where.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(p));
        }
    }
}
