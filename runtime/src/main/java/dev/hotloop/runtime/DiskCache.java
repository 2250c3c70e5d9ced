package dev.hotloop.runtime;

import dev.hotloop.compiler.ClassSource;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The directory of {@code @Jit(cache = true)} variants ({@code hotloop.cache.dir}, by default
 * {@code ~/.cache/hotloop}): one {@link CacheEntry} file per {@link CacheKey}.
 * <pre>
 * CacheEntry e = disk.load(key, classes);  // null: no entry, another key, a changed helper, or corrupt
 * disk.store(key, entry);                  // temp file + atomic rename
 * </pre>
 * Never throws: every problem is a miss, and the caller compiles as if there were no cache. A
 * corrupt or unreadable entry says so in one line on stderr, a directory that cannot be written
 * once per JVM; a missing or stale entry is silent.
 */
final class DiskCache {
    private final Path dir;
    /** A cache directory that cannot be written is said once, not at every compile. */
    private final AtomicBoolean writeWarned = new AtomicBoolean();

    DiskCache(Path dir) {
        this.dir = dir;
    }

    Path dir() { return dir; }

    Path path(CacheKey key) { return dir.resolve(key.fileName()); }

    /**
     * The entry stored for {@code key}, when its key text matches and every class it records
     * still reads (through {@code classes}) with the recorded hash; otherwise null.
     */
    CacheEntry load(CacheKey key, ClassSource classes) {
        Path p = path(key);
        CacheEntry e;
        try {
            e = CacheEntry.fromBytes(Files.readAllBytes(p));
        } catch (NoSuchFileException ex) {
            return null;
        } catch (CacheEntry.Corrupt ex) {
            System.err.println("Hotloop: ignoring corrupt disk cache entry " + p + " (" + ex.getMessage() + "); compiling");
            return null;
        } catch (IOException | RuntimeException ex) {
            // no entry to speak of (the directory is missing or is a file): a plain miss; a file we may not read: say so
            if (Files.isRegularFile(p)) System.err.println("Hotloop: cannot read disk cache entry " + p + " (" + ex + "); compiling");
            return null;
        }
        if (e == null || !e.key().equals(key.text())) return null;
        for (Map.Entry<String, String> read : e.classesRead().entrySet()) {
            if (!RecordingClassSource.hashOf(classes.read(read.getKey())).equals(read.getValue())) return null;
        }
        return e;
    }

    /** Writes {@code e} for {@code key}, replacing any older entry; a failure is a warning. */
    void store(CacheKey key, CacheEntry e) {
        Path p = path(key);
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // a unique temp name in the same directory, so that the rename is atomic and two JVMs never share it
            tmp = Files.createTempFile(dir, key.fileName() + ".", ".tmp");
            Files.write(tmp, e.toBytes());
            try {
                Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException ex) {
            if (!writeWarned.getAndSet(true)) {
                System.err.println("Hotloop: cannot write disk cache entries to " + dir + " (" + ex + "); compiling as usual");
            }
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a stray temp file is never read as an entry
                }
            }
        }
    }
}
