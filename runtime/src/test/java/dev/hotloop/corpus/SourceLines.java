package dev.hotloop.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the line of a marker comment in a test source file, so that expected diagnostics
 * ({@code UnsupportedKernels.java:42}) follow the file as it is edited.
 * <pre>int line = SourceLines.of(UnsupportedKernels.class).lineOf("// UNSUPPORTED: allocation");</pre>
 */
final class SourceLines {
    private final Path file;
    private final List<String> lines;

    private SourceLines(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** The source of a top-level class under src/test/java, from the module directory or the repository root. */
    static SourceLines of(Class<?> c) {
        String rel = "src/test/java/" + c.getName().replace('.', '/') + ".java";
        for (String base : new String[] {System.getProperty("basedir", "."), ".", "runtime"}) {
            Path p = Path.of(base, rel);
            if (Files.isRegularFile(p)) {
                try {
                    return new SourceLines(p, Files.readAllLines(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("cannot find " + rel + " from " + Path.of(".").toAbsolutePath());
    }

    /** The 1-based number of the only line that ends with {@code marker}. */
    int lineOf(String marker) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().endsWith(marker)) {
                if (found >= 0) throw new IllegalStateException("marker '" + marker + "' twice in " + file);
                found = i + 1;
            }
        }
        if (found < 0) throw new IllegalStateException("marker '" + marker + "' not in " + file);
        return found;
    }
}
