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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A hash of the Hotloop code that makes and runs compiled variants: the class files of the
 * compiler's code source and of the runtime's (the compiled code calls runtime classes such as
 * {@code ParallelDriver} and {@code KernelRandom} by name). A new build of either changes it, so
 * that a disk cache entry written by another Hotloop is never used. Computed once per JVM.
 * <pre>
 * CodeFingerprint.get()   ==> "3b9e...": SHA-256 over (path, size, CRC-32) of every .class file, jar or directory
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
        if (Files.isDirectory(where)) {
            List<Path> classes;
            try (Stream<Path> s = Files.walk(where)) {
                classes = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            }
            for (Path p : classes) {
                byte[] b = Files.readAllBytes(p);
                CRC32 crc = new CRC32();
                crc.update(b);
                add(md, where.relativize(p).toString().replace('\\', '/'), b.length, crc.getValue());
            }
            return;
        }
        // a jar: its central directory already holds each entry's CRC-32 and size, nothing to inflate
        try (ZipFile jar = new ZipFile(where.toFile())) {
            List<? extends ZipEntry> classes = jar.stream().filter(e -> e.getName().endsWith(".class"))
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry e : classes) add(md, e.getName(), e.getSize(), e.getCrc());
        }
    }

    /**
     * One class file: its path (a moved class is another program), size and CRC-32. A CRC rather than
     * a SHA-256 of every byte keeps this cheap in a cold JVM (CRC-32 is native, the digest is
     * interpreted until HotSpot compiles it); it tells builds apart, it does not resist forgery.
     */
    private static void add(MessageDigest md, String path, long size, long crc) {
        md.update((path + " " + size + " " + Long.toHexString(crc) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
