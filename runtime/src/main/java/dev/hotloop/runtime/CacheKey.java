package dev.hotloop.runtime;

import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.Type;

/**
 * What a disk cache entry must match to stand in for a compile: the kernel (owner, method,
 * descriptor), the variant's argument types, the options, the JDK feature version, the Hotloop
 * code ({@link CodeFingerprint}) and the SHA-256 of the owner's class file.
 * <pre>
 * hotloop-cache-key 1
 * kernel p/Kernels.sum([D)D
 * args ([F)
 * options parallel=false fastmath=true vectorBits=256
 * jdk 25
 * hotloop 3b9e...
 * owner 9f2c...
 * </pre>
 * The file name hashes only the first five lines, so a kernel whose class or whose Hotloop changed
 * overwrites its old entry instead of leaving it behind; the whole text is stored in the entry and
 * compared on load.
 *
 * @param text     the full key, compared with the entry's
 * @param fileName {@code Kernels.sum-<hash>.hlc}
 */
record CacheKey(String text, String fileName) {
    static final String VERSION = "hotloop-cache-key 1";

    static CacheKey of(Kernel k, VariantKey variant, String fingerprint, String ownerHash) {
        Options o = variant.options();
        String where = VERSION + "\n"
                + "kernel " + k.ref() + "\n"
                + "args " + args(variant) + "\n"
                + "options parallel=" + o.parallel() + " fastmath=" + o.fastmath() + " vectorBits=" + o.vectorBits() + (o.leaveToC2() ? "" : " leaveToC2=false")
                + (o.streamBits() > 0 ? " streamBits=" + o.streamBits() : "") + "\n"
                + "jdk " + Runtime.version().feature() + "\n";
        String text = where + "hotloop " + fingerprint + "\n" + "owner " + ownerHash + "\n";
        return new CacheKey(text, safe(k.name()) + "-" + Sha256.hex(where).substring(0, 32) + ".hlc");
    }

    private static String args(VariantKey variant) {
        StringBuilder b = new StringBuilder("(");
        for (Type t : variant.argTypes()) b.append(t.descriptor());
        return b.append(')').toString();
    }

    /** A kernel name fit for a file name on any file system. */
    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._$-]", "_");
    }
}
