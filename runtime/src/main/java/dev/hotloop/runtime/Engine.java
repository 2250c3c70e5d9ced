package dev.hotloop.runtime;

import dev.hotloop.KernelStats;
import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.KernelCompiler;
import dev.hotloop.compiler.KernelRequest;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Everything stateful in Hotloop, in one object: configuration, the compiler to call, the
 * variant cache, one {@link Dispatcher} per kernel method, pool size. The seed is the one
 * exception: compiled kernels read it statically through {@link KernelRandom}. The public API
 * ({@code dev.hotloop.Hotloop}) uses {@link #global()}; tests make their own engine with a
 * fake compiler, so runtime mechanics are testable without the real pipeline:
 * <pre>
 * Engine e = new Engine(Config.DEFAULTS, request -> handMadeClass(request));
 * e.dispatcher(Kernels.class.getDeclaredMethod("sum", double[].class)).invoke(xs);
 * </pre>
 */
public final class Engine {
    private final Config config;
    private final VariantFactory factory;
    private final VariantCache cache = new VariantCache();
    private final ConcurrentHashMap<Method, Dispatcher> dispatchers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Method, UfuncDispatcher> ufuncs = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Method, GufuncDispatcher> gufuncs = new ConcurrentHashMap<>();
    private volatile int threads;

    Engine(Config config, Function<KernelRequest, CompiledKernel> compiler) {
        this.config = config;
        this.factory = new VariantFactory(config, compiler);
        this.threads = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
    }

    /** The engine behind {@code Hotloop}: system properties read once, the real compiler. */
    public static Engine global() { return Global.ENGINE; }

    private static final class Global {
        static final Engine ENGINE = start();

        private static Engine start() {
            Config config = Config.fromSystemProperties();
            VectorSupport.noticeOnce(System.err);
            Engine e = new Engine(config, KernelCompiler::compile);
            if (config.report()) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.print(e.report()), "hotloop-report"));
            }
            return e;
        }
    }

    /**
     * The dispatcher of {@code m}, made on first request; compiles its {@code @Jit(signatures)}.
     * @throws IllegalArgumentException when {@code m} cannot be a kernel or a signature is malformed
     * @throws dev.hotloop.HotloopCompileException when a declared signature does not compile (no fallback)
     */
    public Dispatcher dispatcher(Method m) {
        Dispatcher d = dispatchers.get(m);
        if (d == null) {
            Dispatcher mine = new Dispatcher(Kernel.of(m), cache, factory);
            d = dispatchers.putIfAbsent(m, mine);
            if (d == null) d = mine;
        }
        // outside the map: a compile must not hold its lock; the variant cache makes this idempotent
        d.compileDeclaredSignatures();
        return d;
    }

    /** The ufunc of the {@code @Vectorize} method {@code m}, made on first request. */
    public UfuncDispatcher ufunc(Method m) {
        UfuncDispatcher d = ufuncs.get(m);
        if (d != null) return d;
        UfuncDispatcher mine = new UfuncDispatcher(UfuncDef.of(m), new LoopFactory(config, this::threads));
        d = ufuncs.putIfAbsent(m, mine);
        return d == null ? mine : d;
    }

    /** The gufunc of the {@code @GuVectorize} method {@code m}, made on first request. */
    public GufuncDispatcher gufunc(Method m) {
        GufuncDispatcher d = gufuncs.get(m);
        if (d != null) return d;
        GufuncDispatcher mine = new GufuncDispatcher(GufuncDef.of(m), new LoopFactory(config, this::threads));
        d = gufuncs.putIfAbsent(m, mine);
        return d == null ? mine : d;
    }

    /** Stats of every variant that runs, of every kernel, in the order they were built; then ufunc and gufunc loops. */
    public List<KernelStats> stats() {
        List<KernelStats> all = new java.util.ArrayList<>(cache.all().stream().filter(v -> !v.failed()).map(Variant::stats).toList());
        for (UfuncDispatcher u : ufuncs.values()) all.addAll(u.stats());
        for (GufuncDispatcher g : gufuncs.values()) all.addAll(g.stats());
        return all;
    }

    public String report() { return Report.of(stats(), config.countCalls()); }

    public Config config() { return config; }

    public int threads() { return threads; }

    public void threads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be >= 1, got " + n);
        threads = n;
    }

    /** The root seed of kernel random numbers (shared by all engines: compiled code reads it statically). */
    public long seed() { return KernelRandom.rootSeed(); }

    /** Restarts kernel random numbers from {@code s}; see {@link KernelRandom#seed(long)}. */
    public void seed(long s) { KernelRandom.seed(s); }
}
