package dev.hotloop.runtime;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The {@code hotloop.*} system properties, read once when the runtime starts.
 * <pre>java -Dhotloop.dump=/tmp/hl -Dhotloop.report=true -cp ... Main</pre>
 *
 * @param disable  {@code hotloop.disable=true}: every kernel runs its original method (like NUMBA_DISABLE_JIT)
 * @param dumpDir  {@code hotloop.dump=DIR}: write each variant's IR text and class file there, or null
 * @param report   {@code hotloop.report=true}: print {@code Hotloop.report()} at exit
 * @param threads  {@code hotloop.threads=N}: pool size, 0 for the number of processors
 * @param cacheDir {@code hotloop.cache.dir=DIR}: where {@code @Jit(cache = true)} keeps variants; read from the
 *                 properties it defaults to {@code ${user.home}/.cache/hotloop}; null (as in {@link #DEFAULTS},
 *                 which tests use) for no disk cache
 * @param countCalls {@code hotloop.count.calls=false}: facades and typed handles call the compiled kernel with
 *                 nothing around it, at the cost of a direct call; {@code calls()} and {@code runNanos()} then
 *                 count only {@code invoke} calls. Default true: every call is counted, which costs a facade call
 *                 about 2 ns more than a direct one (the counter's increment; see bench/RESULTS.md)
 * <p>{@code hotloop.vector.bits} and {@code hotloop.vector} are not here: {@link VectorSupport} reads
 * them at each new variant, so that one JVM can compile a kernel at several widths.
 */
public record Config(boolean disable, Path dumpDir, boolean report, int threads, Path cacheDir, boolean countCalls) {
    public static final Config DEFAULTS = new Config(false, null, false, 0, null);

    /** A configuration that counts every call. */
    public Config(boolean disable, Path dumpDir, boolean report, int threads, Path cacheDir) {
        this(disable, dumpDir, report, threads, cacheDir, true);
    }

    public Config {
        if (threads < 0) throw new IllegalArgumentException("hotloop.threads must be >= 1, got " + threads);
    }

    public static Config fromSystemProperties() {
        return from(System.getProperties());
    }

    public static Config from(Properties p) {
        return new Config(
                Boolean.parseBoolean(p.getProperty("hotloop.disable", "false").strip()),
                path(p.getProperty("hotloop.dump")),
                Boolean.parseBoolean(p.getProperty("hotloop.report", "false").strip()),
                threads(p.getProperty("hotloop.threads")),
                cacheDir(p),
                !"false".equalsIgnoreCase(p.getProperty("hotloop.count.calls", "true").strip()));
    }

    /** {@code hotloop.cache.dir}, else {@code ${user.home}/.cache/hotloop}; null when neither is known. */
    private static Path cacheDir(Properties p) {
        Path set = path(p.getProperty("hotloop.cache.dir"));
        if (set != null) return set;
        Path home = path(p.getProperty("user.home"));
        return home == null ? null : home.resolve(".cache").resolve("hotloop");
    }

    private static Path path(String s) {
        return s == null || s.isBlank() ? null : Path.of(s.strip());
    }

    private static int threads(String s) {
        if (s == null || s.isBlank()) return 0;
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // warned below, with the property's name
        }
        // a typo in a -D flag should not make every kernel unusable: say so and use the default
        System.err.println("Hotloop: ignoring hotloop.threads='" + s + "': expected a positive integer");
        return 0;
    }
}
