package dev.hotloop.runtime;

import dev.hotloop.compiler.LoopReport;
import dev.hotloop.compiler.ir.Signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One variant in the disk cache, and its file format: everything needed to define the compiled
 * class again and rebuild its {@link Variant} without compiling.
 * <pre>
 * "HLVC"  u4 format version  u4 body length  body  SHA-256 of body (32 bytes)
 * body:   key text, classes read {count, (internal name, SHA-256 hex or "-")...},
 *         class name, entry, raw entry, signature descriptor,
 *         loops {count, (file, first line, last line, depth, status, notes {count, note...})...},
 *         class bytes {length, bytes}
 * </pre>
 * Strings are a u4 byte length then UTF-8; numbers big-endian. The trailing hash catches a torn
 * or altered file; an entry of another format version is a plain miss.
 *
 * @param key         {@link CacheKey#text()} of the variant
 * @param classesRead every class the compiler read (owner and inlined helpers) with its hash
 */
public record CacheEntry(String key, Map<String, String> classesRead, String className, String entry, String raw,
                         Signature signature, List<LoopReport> loops, byte[] classBytes) {
    static final int MAGIC = 0x484C5643; // "HLVC"
    static final int FORMAT = 1;
    private static final int MAX_STRING = 1 << 20;

    public CacheEntry {
        classesRead = new LinkedHashMap<>(classesRead);
        loops = List.copyOf(loops);
    }

    /** The entry as a file: header, body, hash. */
    public byte[] toBytes() {
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream(classBytes.length + 1024);
            writeBody(new DataOutputStream(body));
            byte[] b = body.toByteArray();
            ByteArrayOutputStream file = new ByteArrayOutputStream(b.length + 44);
            DataOutputStream out = new DataOutputStream(file);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(b.length);
            out.write(b);
            out.write(Sha256.of(b));
            return file.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e); // in memory: cannot happen
        }
    }

    /**
     * Reads an entry file.
     * @return the entry, or null when it is of another format version (written by another Hotloop)
     * @throws Corrupt when it is not an entry, is truncated or does not match its hash
     */
    public static CacheEntry fromBytes(byte[] file) throws Corrupt {
        ByteBuffer header = ByteBuffer.wrap(file);
        if (file.length < 12 || header.getInt() != MAGIC) throw new Corrupt("not a Hotloop cache entry");
        if (header.getInt() != FORMAT) return null;
        int length = header.getInt();
        if (length < 0 || length != file.length - 12 - 32) {
            throw new Corrupt((length > file.length - 44 ? "truncated" : "too long") + " (" + file.length + " bytes)");
        }
        byte[] body = Arrays.copyOfRange(file, 12, 12 + length);
        byte[] hash = Arrays.copyOfRange(file, 12 + length, file.length);
        if (!MessageDigest.isEqual(hash, Sha256.of(body))) throw new Corrupt("content does not match its hash");
        try {
            return readBody(new DataInputStream(new ByteArrayInputStream(body)));
        } catch (IOException | RuntimeException e) {
            // a body with a valid hash but bad content: written by a broken Hotloop, not torn
            throw new Corrupt("malformed body: " + e);
        }
    }

    /** A file that is not a whole, intact entry. */
    public static final class Corrupt extends IOException {
        Corrupt(String message) {
            super(message);
        }
    }

    private void writeBody(DataOutputStream out) throws IOException {
        str(out, key);
        out.writeInt(classesRead.size());
        for (Map.Entry<String, String> e : classesRead.entrySet()) {
            str(out, e.getKey());
            str(out, e.getValue());
        }
        str(out, className);
        str(out, entry);
        str(out, raw);
        str(out, signature.descriptor());
        out.writeInt(loops.size());
        for (LoopReport l : loops) {
            str(out, l.file());
            out.writeInt(l.firstLine());
            out.writeInt(l.lastLine());
            out.writeInt(l.depth());
            str(out, l.status());
            out.writeInt(l.notes().size());
            for (String n : l.notes()) str(out, n);
        }
        out.writeInt(classBytes.length);
        out.write(classBytes);
    }

    private static CacheEntry readBody(DataInputStream in) throws IOException {
        String key = str(in);
        Map<String, String> read = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) read.put(str(in), str(in));
        String className = str(in);
        String entry = str(in);
        String raw = str(in);
        Signature sig = Signature.fromDescriptor(str(in));
        List<LoopReport> loops = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            String file = str(in);
            int first = in.readInt();
            int last = in.readInt();
            int depth = in.readInt();
            String status = str(in);
            List<String> notes = new ArrayList<>();
            for (int j = count(in); j > 0; j--) notes.add(str(in));
            loops.add(new LoopReport(file, first, last, depth, status, notes));
        }
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        if (in.available() != 0) throw new Corrupt("trailing bytes in the body");
        return new CacheEntry(key, read, className, entry, raw, sig, loops, bytes);
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String str(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING) throw new Corrupt("bad string length " + n);
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new Corrupt("bad count " + n);
        return n;
    }
}
