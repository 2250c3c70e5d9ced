package dev.hotloop.cache;

import dev.hotloop.runtime.CacheEntry;
import dev.hotloop.runtime.CacheTestAccess;
import dev.hotloop.runtime.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static dev.hotloop.cache.CacheFixture.XS;
import static dev.hotloop.cache.CacheFixture.call;
import static dev.hotloop.cache.CacheFixture.entries;
import static dev.hotloop.cache.CacheFixture.only;
import static dev.hotloop.cache.CacheFixture.stderrOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A damaged entry never gives a wrong result or an exception: one warning, a compile, a good entry again. */
class CorruptEntryTest {
    @TempDir
    Path dir;

    @Test
    void aFlippedByteFallsBackToCompilingWithAWarning() throws IOException {
        damage(bytes -> {
            bytes[bytes.length / 2] ^= 0x5A;
            return bytes;
        }, "does not match its hash");
    }

    @Test
    void aTruncatedEntryFallsBackToCompilingWithAWarning() throws IOException {
        damage(bytes -> Arrays.copyOf(bytes, bytes.length / 3), "truncated");
    }

    @Test
    void aFileThatIsNoEntryFallsBackToCompilingWithAWarning() throws IOException {
        damage(bytes -> "not an entry at all".getBytes(), "not a Hotloop cache entry");
    }

    @Test
    void anEmptyFileFallsBackToCompilingWithAWarning() throws IOException {
        damage(bytes -> new byte[0], "not a Hotloop cache entry");
    }

    @Test
    void anIntactEntryWhoseClassDoesNotLoadFallsBackToCompilingWithAWarning() throws IOException {
        Object expected = call(CacheTestAccess.engine(dir), "sum", XS);
        Path path = entries(dir).get(0);
        CacheEntry e = CacheEntry.fromBytes(Files.readAllBytes(path));
        byte[] broken = Arrays.copyOf(e.classBytes(), e.classBytes().length / 2); // hashes fine, is no class file
        Files.write(path, new CacheEntry(e.key(), e.classesRead(), e.className(), e.entry(), e.raw(), e.signature(),
                e.loops(), broken).toBytes());

        Engine again = CacheTestAccess.engine(dir);
        String err = stderrOf(() -> assertEquals(expected, call(again, "sum", XS)));
        assertFalse(only(again, "sum").cached());
        assertTrue(err.contains("Hotloop: disk cache entry " + path + " does not load"), err);
        assertEquals(1, err.lines().count(), err);
    }

    private void damage(java.util.function.UnaryOperator<byte[]> how, String reason) throws IOException {
        Object expected = call(CacheTestAccess.engine(dir), "sum", XS);
        Path path = entries(dir).get(0);
        Files.write(path, how.apply(Files.readAllBytes(path)));

        Engine e = CacheTestAccess.engine(dir);
        String err = stderrOf(() -> assertEquals(expected, call(e, "sum", XS)));
        assertFalse(only(e, "sum").cached());
        assertTrue(err.contains("Hotloop: ignoring corrupt disk cache entry " + path), err);
        assertTrue(err.contains(reason), err);
        assertEquals(1, err.lines().count(), err);

        // the compile wrote a good entry over it
        Engine again = CacheTestAccess.engine(dir);
        assertEquals(expected, call(again, "sum", XS));
        assertTrue(only(again, "sum").cached());
    }
}
