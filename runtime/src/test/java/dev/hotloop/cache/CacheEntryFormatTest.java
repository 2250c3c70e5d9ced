package dev.hotloop.cache;

import dev.hotloop.compiler.LoopReport;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.runtime.CacheEntry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The entry file: a versioned header, a body, and the body's hash. */
class CacheEntryFormatTest {
    private static final CacheEntry ENTRY = new CacheEntry("hotloop-cache-key 1\nkernel p/K.f([D)D\n",
            Map.of("p/K", "ab".repeat(32), "p/Gone", "-"), "p/K$Hotloop$f$1", "invoke", "kernel",
            Signature.parse("double(float[], long)"),
            List.of(new LoopReport("K.java", 3, 7, 1, "vectorised (DoubleVector.SPECIES_256)", List.of("reduction s (+)", "é ünïcode"))),
            new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 1, 2});

    @Test
    void roundTrips() throws IOException {
        CacheEntry back = CacheEntry.fromBytes(ENTRY.toBytes());
        assertEquals(ENTRY.key(), back.key());
        assertEquals(ENTRY.classesRead(), back.classesRead());
        assertEquals(ENTRY.className(), back.className());
        assertEquals(ENTRY.entry(), back.entry());
        assertEquals(ENTRY.raw(), back.raw());
        assertEquals(ENTRY.signature(), back.signature());
        assertEquals(ENTRY.loops(), back.loops());
        assertArrayEquals(ENTRY.classBytes(), back.classBytes());
    }

    @Test
    void headerIsMagicThenFormatVersion() {
        ByteBuffer b = ByteBuffer.wrap(ENTRY.toBytes());
        assertEquals(0x484C5643, b.getInt());
        assertEquals(1, b.getInt());
    }

    @Test
    void anotherFormatVersionIsAMissNotAnError() throws IOException {
        byte[] bytes = ENTRY.toBytes();
        bytes[7] = 99;
        assertNull(CacheEntry.fromBytes(bytes));
    }

    @Test
    void everyTruncationIsRejected() {
        byte[] bytes = ENTRY.toBytes();
        for (int n = 0; n < bytes.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(bytes, n);
            assertThrows(IOException.class, () -> CacheEntry.fromBytes(cut), "length " + n);
        }
    }

    @Test
    void everyFlippedByteOfTheBodyIsRejected() {
        byte[] bytes = ENTRY.toBytes();
        for (int i = 12; i < bytes.length; i++) {
            byte[] bad = bytes.clone();
            bad[i] ^= 1;
            assertThrows(IOException.class, () -> CacheEntry.fromBytes(bad), "byte " + i);
        }
    }
}
