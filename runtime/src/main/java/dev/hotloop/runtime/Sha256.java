package dev.hotloop.runtime;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as lower-case hex, the one hash of the disk cache: class files, keys, whole entries.
 * <pre>Sha256.hex("abc".getBytes()) ==> "ba7816bf8f01cfea..."</pre>
 */
final class Sha256 {
    private Sha256() {}

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(e);
        }
    }

    static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    static String hex(String text) {
        return hex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
