package dev.hotloop.bench;

import dev.hotloop.Hotloop;
import dev.hotloop.JitFunction;
import dev.hotloop.KernelStats;
import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.CompiledKernel;
import dev.hotloop.compiler.KernelCompiler;
import dev.hotloop.compiler.KernelRequest;
import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How long Hotloop takes to compile, measured in a fresh JVM. Targets: the very first
 * compile (class loading of the compiler and ASM included) under 300 ms, and once warm a
 * median compile under 5 ms.
 * <pre>
 * java --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar dev.hotloop.bench.CompileTime [n]
 * </pre>
 * Three parts, in this order, in one JVM:
 * <ol>
 *   <li>first compile: wall time of the first {@code handle()} of {@code BenchKernels.dot},
 *       and that variant's {@link KernelStats#phaseNanos()};</li>
 *   <li>runtime path: {@code handle()} of every kernel in {@link BenchKernels} and
 *       {@link CompileKernels}, each variant's {@link KernelStats#compileNanos()} (compiler
 *       plus class definition);</li>
 *   <li>compiler path: {@code n} (default 200) requests to {@link KernelCompiler#compile}
 *       cycling through those kernels, scalar and vector, each with a distinct class name,
 *       reporting the median and p90 of every phase.</li>
 * </ol>
 */
public final class CompileTime {
    private static final List<Class<?>> OWNERS = List.of(BenchKernels.class, CompileKernels.class);
    /** Pipeline order of the phases, for printing; unknown phases follow in first-seen order. */
    private static final List<String> PHASE_ORDER = List.of("read", "ssa", "passes", "codegen", "define");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CompileTime() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        firstCompile();
        List<Method> kernels = kernels();
        runtimePath(kernels);
        compilerPath(kernels, n);
        // wall times suffer when other processes share the cores; the load says how much
        System.out.println("\nload average (1/5/15 min) at the end: " + loadAverage());
    }

    private static void firstCompile() {
        MethodType type = MethodType.methodType(double.class, double[].class, double[].class);
        System.out.println("load average (1/5/15 min) at the start: " + loadAverage());
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        JitFunction f = Hotloop.jit(BenchKernels.class, "dot");
        f.handle(type);
        long wall = System.nanoTime() - t0;
        long cpu = THREADS.getCurrentThreadCpuTime() - c0;
        KernelStats s = f.stats().getFirst();
        System.out.printf(Locale.ROOT, "First compile in a fresh JVM (BenchKernels.dot, %s): %.1f ms wall "
                + "(%.1f ms CPU of this thread), %.1f ms compileNanos (target < 300 ms)%n",
                s.signature(), ms(wall), ms(cpu), ms(s.compileNanos()));
        long covered = s.phaseNanos().values().stream().mapToLong(Long::longValue).sum();
        System.out.println("  phases: " + phases(s.phaseNanos()) + String.format(Locale.ROOT,
                "  (other, not in a phase: %.1f ms)", ms(s.compileNanos() - covered)));
    }

    private static void runtimePath(List<Method> kernels) {
        List<Map<String, Long>> samples = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        int failed = 0;
        for (Method m : kernels) {
            try {
                JitFunction f = Hotloop.jit(m);
                int before = f.stats().size();
                f.handle(MethodType.methodType(m.getReturnType(), m.getParameterTypes()));
                if (f.stats().size() == before) continue; // compiled already (dot, in part 1)
                KernelStats s = f.stats().getLast();
                Map<String, Long> phases = new LinkedHashMap<>(s.phaseNanos());
                // compileNanos is wall time from bytecode to loaded class; what the phases do not cover is runtime work
                long covered = phases.values().stream().mapToLong(Long::longValue).sum();
                phases.put("other", s.compileNanos() - covered);
                samples.add(phases);
                totals.add(s.compileNanos());
            } catch (RuntimeException e) {
                failed++;
                System.out.println("  runtime path: " + m.getName() + " did not compile: " + firstLine(e));
            }
        }
        System.out.printf(Locale.ROOT, "%nRuntime path: handle() of %d kernels (%d failed), compileNanos per variant%n",
                totals.size(), failed);
        printTable(samples, totals);
    }

    private static void compilerPath(List<Method> kernels, int n) {
        ClassSource classes = CompileTime::readClass;
        int bits = vectorBits();
        List<Options> optionSets = bits > 0
                ? List.of(new Options(false, false, 0), new Options(false, false, bits))
                : List.of(new Options(false, false, 0));
        List<Map<String, Long>> samples = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        List<Long> cpus = new ArrayList<>();
        Set<String> failedKernels = new LinkedHashSet<>();
        int failed = 0;
        for (int i = 0; i < n; i++) {
            Method m = kernels.get(i % kernels.size());
            Options o = optionSets.get((i / kernels.size()) % optionSets.size());
            String owner = m.getDeclaringClass().getName().replace('.', '/');
            String desc = MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
            MethodRef ref = new MethodRef(owner, m.getName(), desc);
            KernelRequest r = new KernelRequest(ref, Signature.fromDescriptor(desc).params(), o, classes,
                    owner + "$Hotloop$" + m.getName() + "$" + i, null, false);
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            try {
                CompiledKernel k = KernelCompiler.compile(r);
                totals.add(System.nanoTime() - t0);
                cpus.add(THREADS.getCurrentThreadCpuTime() - c0);
                samples.add(k.phaseNanos());
            } catch (RuntimeException e) {
                failed++;
                if (failedKernels.add(m.getName() + " " + o)) {
                    System.out.println("  compiler path: " + m.getName() + " [" + o + "] failed: " + firstLine(e));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nCompiler path: %d requests to KernelCompiler.compile over %d kernels x %s "
                + "(%d failed), wall per compile (target: median < 5 ms)%n", n, kernels.size(), optionSets, failed);
        printTable(samples, totals);
        if (!cpus.isEmpty()) {
            System.out.printf(Locale.ROOT, "  %-10s %8d %10.3f %10.3f %10.3f   (CPU time of the compiling thread)%n",
                    "total cpu", cpus.size(), ms(percentile(cpus, 50)), ms(percentile(cpus, 90)), ms(percentile(cpus, 100)));
        }
        if (totals.size() >= 20) {
            List<Long> warm = totals.subList(totals.size() / 2, totals.size());
            List<Long> warmCpu = cpus.subList(cpus.size() / 2, cpus.size());
            System.out.printf(Locale.ROOT, "  second half only (warm): wall median %.3f ms, p90 %.3f ms; "
                    + "CPU median %.3f ms, p90 %.3f ms%n", ms(percentile(warm, 50)), ms(percentile(warm, 90)),
                    ms(percentile(warmCpu, 50)), ms(percentile(warmCpu, 90)));
        }
    }

    /** Median and p90 of each phase and of the total, in ms. */
    private static void printTable(List<Map<String, Long>> samples, List<Long> totals) {
        if (totals.isEmpty()) return;
        Map<String, List<Long>> byPhase = new LinkedHashMap<>();
        for (String phase : PHASE_ORDER) {
            for (Map<String, Long> s : samples) {
                Long nanos = s.get(phase);
                if (nanos != null) byPhase.computeIfAbsent(phase, k -> new ArrayList<>()).add(nanos);
            }
        }
        for (Map<String, Long> s : samples) {
            s.forEach((phase, nanos) -> {
                if (!PHASE_ORDER.contains(phase)) byPhase.computeIfAbsent(phase, k -> new ArrayList<>()).add(nanos);
            });
        }
        System.out.printf(Locale.ROOT, "  %-10s %8s %10s %10s %10s%n", "phase", "count", "median ms", "p90 ms", "max ms");
        byPhase.put("total", totals);
        byPhase.forEach((phase, v) -> System.out.printf(Locale.ROOT, "  %-10s %8d %10.3f %10.3f %10.3f%n", phase,
                v.size(), ms(percentile(v, 50)), ms(percentile(v, 90)), ms(percentile(v, 100))));
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** Every {@code @Jit} method of the owners, in a stable order. */
    private static List<Method> kernels() {
        List<Method> out = new ArrayList<>();
        for (Class<?> owner : OWNERS) {
            Map<String, Method> sorted = new TreeMap<>();
            for (Method m : owner.getDeclaredMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.isAnnotationPresent(dev.hotloop.annotations.Jit.class)) {
                    sorted.put(m.getName(), m);
                }
            }
            out.addAll(sorted.values());
        }
        return out;
    }

    private static byte[] readClass(String internalName) {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preferred Vector API width, or 0 when the incubator module is not present. */
    private static int vectorBits() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return 0;
        return jdk.incubator.vector.VectorShape.preferredShape().vectorBitSize();
    }

    private static String phases(Map<String, Long> nanos) {
        StringBuilder b = new StringBuilder();
        Map<String, Long> ordered = new LinkedHashMap<>();
        PHASE_ORDER.forEach(p -> {
            if (nanos.containsKey(p)) ordered.put(p, nanos.get(p));
        });
        ordered.putAll(nanos);
        ordered.forEach((phase, t) -> b.append(String.format(Locale.ROOT, "%s %.1f ms  ", phase, ms(t))));
        return b.toString().strip();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2] + " on " + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String firstLine(Throwable e) {
        String msg = String.valueOf(e.getMessage());
        int nl = msg.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (nl < 0 ? msg : msg.substring(0, nl));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
