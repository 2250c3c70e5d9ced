package dev.hotloop.cache;

import dev.hotloop.runtime.CacheTestAccess;
import dev.hotloop.runtime.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.hotloop.cache.CacheFixture.XS;
import static dev.hotloop.cache.CacheFixture.call;
import static dev.hotloop.cache.CacheFixture.entries;
import static dev.hotloop.cache.CacheFixture.only;
import static dev.hotloop.cache.CacheFixture.stderrOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cache directory: made when missing; one that cannot be written costs a warning, never a kernel. */
class CacheDirTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingDirectoryIsCreated() {
        Path dir = tmp.resolve("deep/er/cache");
        call(CacheTestAccess.engine(dir), "sum", XS);
        assertEquals(1, entries(dir).size());
    }

    @Test
    void aDirectoryThatCannotBeWrittenWarnsOnceAndKernelsStillRun() throws IOException {
        Path notADir = Files.writeString(tmp.resolve("file"), "in the way");
        Engine e = CacheTestAccess.engine(notADir);
        String err = stderrOf(() -> {
            assertEquals(CacheKernels.sum(XS), call(e, "sum", XS));
            assertEquals(CacheKernels.sumOfSquares(XS), call(e, "sumOfSquares", XS));
        });
        assertFalse(only(e, "sum").cached());
        assertTrue(err.contains("Hotloop: cannot write disk cache entries to " + notADir), err);
        assertEquals(1, err.lines().count(), err);
    }
}
