package dev.hotloop.runtime;

import java.io.PrintStream;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Which Vector API width the next variant is compiled for ({@code Options.vectorBits}), and
 * why it is 0 when it is. The width is read from the system properties at each new variant,
 * so a test can compile one kernel at every width in one JVM (the width is part of the
 * variant's key):
 * <pre>
 * (no property, AVX-512 machine)          ==> 512, the preferred species (256 for memory-bound loops, {@link #streamBits})
 * -Dhotloop.vector.bits=256               ==> 256 (128, 256 or 512)
 * -Dhotloop.vector.bits=0                 ==> 0, scalar code only
 * -Dhotloop.vector=false                  ==> 0, scalar code only
 * (no --add-modules jdk.incubator.vector) ==> 0 whatever the properties say
 * </pre>
 * Without the module, generated code naming {@code jdk.incubator.vector} classes could not be
 * defined, and a program cannot add the module to itself: everything runs scalar, Hotloop says
 * so once per JVM ({@link #noticeOnce}) and {@code explain()} gives {@link #offReason} for
 * every loop. No incubator class is touched unless the module is present ({@link Preferred}).
 */
public final class VectorSupport {
    /** The Vector API's module. */
    public static final String MODULE = "jdk.incubator.vector";
    /** {@code hotloop.vector.bits}: 128, 256 or 512 forces a width, 0 turns vector code off. */
    public static final String BITS = "hotloop.vector.bits";
    /** {@code hotloop.vector=false} turns vector code off. */
    public static final String ENABLED = "hotloop.vector";
    /** {@code hotloop.vector.c2=false} gives Vector API code also to loops C2 auto-vectorises by itself (tests, benchmarks). */
    public static final String LEAVE_TO_C2 = "hotloop.vector.c2";
    /** The one line printed when the module is missing. */
    public static final String NOTICE = "Hotloop: " + MODULE + " not present; running scalar only (add --add-modules " + MODULE + ")";
    /** What {@code explain()} says of every loop of a variant compiled without the module. */
    public static final String ABSENT_REASON = "not vectorised: " + MODULE + " is not present (run java with --add-modules " + MODULE + ")";
    /** What {@code explain()} says of every loop of a variant compiled with vector code turned off. */
    public static final String DISABLED_REASON = "not vectorised: vector code is off (" + BITS + "=0 or " + ENABLED + "=false)";

    private static final boolean PRESENT = ModuleLayer.boot().findModule(MODULE).isPresent();
    private static final AtomicBoolean NOTICED = new AtomicBoolean();
    /** Bad property values already warned about: a typo is reported once, not at every compile. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private VectorSupport() {}

    /** Whether this JVM was started with {@code --add-modules jdk.incubator.vector}. */
    public static boolean modulePresent() { return PRESENT; }

    /** The width for a variant compiled now, from the system properties: 0, 128, 256 or 512. */
    public static int bits() {
        return bits(System.getProperties(), PRESENT);
    }

    /**
     * The width the properties {@code p} ask for on a JVM with or without the module. A bad value
     * is reported once on stderr, naming the property, and the default is used instead: a typo in a
     * {@code -D} flag should not make every kernel unusable.
     */
    static int bits(Properties p, boolean present) {
        if (!present) return 0;
        String on = p.getProperty(ENABLED);
        if (on != null && on.strip().equalsIgnoreCase("false")) return 0;
        if (on != null && !on.strip().equalsIgnoreCase("true")) warn(ENABLED, on, "expected true or false");
        String s = p.getProperty(BITS);
        if (s == null || s.isBlank()) return preferredBits();
        switch (s.strip()) {
            case "0": return 0;
            case "128": return 128;
            case "256": return 256;
            case "512": return 512;
            default:
                warn(BITS, s, "expected 0, 128, 256 or 512; using the preferred width " + preferredBits());
                return preferredBits();
        }
    }

    /**
     * {@code Options.streamBits} for a variant compiled now at width {@code bits}: 256 when
     * {@code bits} is 512 and {@code hotloop.vector.bits} is not set (the width is the machine's
     * preferred one, not the user's), else 0. Memory-bound inner loops then use 256-bit vectors
     * (the compiler's {@code vector.MemoryBound} rule); {@code -Dhotloop.vector.bits=512} keeps every loop at 512.
     */
    public static int streamBits(int bits) {
        return streamBits(System.getProperties(), bits);
    }

    static int streamBits(Properties p, int bits) {
        String s = p.getProperty(BITS);
        return bits == 512 && (s == null || s.isBlank()) ? 256 : 0;
    }

    /**
     * The machine's preferred species width clipped to what the compiler emits: 512 on an AVX-512
     * machine, 256 with AVX2; a wider shape (ARM SVE) uses 512, a narrower one than 128 none.
     * 0 without the module.
     */
    public static int preferredBits() {
        if (!PRESENT) return 0;
        int bits = Preferred.BITS;
        if (bits >= 512) return 512;
        if (bits >= 256) return 256;
        return bits >= 128 ? 128 : 0;
    }

    /** {@code Options.leaveToC2} for a variant compiled now: true unless {@code hotloop.vector.c2=false}. */
    public static boolean leaveToC2() {
        return !"false".equalsIgnoreCase(System.getProperty(LEAVE_TO_C2, "true").strip());
    }

    /** Why variants compiled with {@code vectorBits == 0} have no vector code, for {@code explain()}. */
    public static String offReason() {
        return PRESENT ? DISABLED_REASON : ABSENT_REASON;
    }

    /** Prints {@link #NOTICE} to {@code err} the first time it is called in a JVM without the module. */
    public static void noticeOnce(PrintStream err) {
        if (!PRESENT && NOTICED.compareAndSet(false, true)) err.println(NOTICE);
    }

    /** Whether {@link #noticeOnce} has printed the notice in this JVM. */
    public static boolean noticed() { return NOTICED.get(); }

    private static void warn(String property, String value, String expected) {
        if (WARNED.add(property + "=" + value)) {
            System.err.println("Hotloop: ignoring " + property + "='" + value + "': " + expected);
        }
    }

    /** Loaded only when the module is present: its initialiser names an incubator class. */
    private static final class Preferred {
        static final int BITS = jdk.incubator.vector.VectorShape.preferredShape().vectorBitSize();
    }
}
