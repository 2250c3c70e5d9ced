package dev.hotloop.bench.simd;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a user waits for: the first call of each {@link SimdBench} kernel in a fresh JVM (Hotloop
 * compiling it, then everyone's code running before C2 has compiled it; Vector API code is very
 * slow until then) next to the second call and the best of 20 more. One JVM per kernel and way,
 * each started by this class with the same java and class path:
 * <pre>
 * java --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar dev.hotloop.bench.simd.FirstCall [kernel...]
 * kernel         way          first ms    second ms      best ms
 * blackScholes   hand           5347.8        634.4         7.12
 * </pre>
 * Sizes as in {@link SimdData}; dot and triad at 1,000,000 doubles.
 */
public final class FirstCall {
    static final List<String> KERNELS = List.of("monteCarloPi", "mandelbrot", "nbody", "blackScholes", "dot", "triad",
            "goFast", "stencil");
    static final List<String> WAYS = List.of("plain", "hotloop", "hand");
    private static final int RUNS = 20;

    private FirstCall() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 3 && args[0].equals("--one")) {
            System.out.println(time(args[1], args[2]));
            return;
        }
        List<String> kernels = args.length == 0 ? KERNELS : List.of(args);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.printf(Locale.ROOT, "%-13s %-8s %12s %12s %12s%n", "kernel", "way", "first ms", "second ms", "best ms");
        for (String kernel : kernels) {
            for (String way : WAYS) {
                List<String> cmd = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector", "-cp",
                        System.getProperty("java.class.path"), FirstCall.class.getName(), "--one", kernel, way));
                Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes()).strip();
                System.out.println(p.waitFor() == 0 ? out : String.format(Locale.ROOT, "%-13s %-8s failed", kernel, way));
            }
        }
    }

    /** First, second and best-of-{@value #RUNS} call of one kernel one way, in this JVM, as one line. */
    static String time(String kernel, String way) {
        Runnable call = call(kernel, WAYS.indexOf(way));
        long t0 = System.nanoTime();
        call.run();
        long first = System.nanoTime() - t0;
        long second = 0, best = Long.MAX_VALUE;
        for (int r = 0; r < RUNS + 1; r++) {
            t0 = System.nanoTime();
            call.run();
            long t = System.nanoTime() - t0;
            if (r == 0) second = t;
            else best = Math.min(best, t);
        }
        return String.format(Locale.ROOT, "%-13s %-8s %12.1f %12.1f %12.2f", kernel, way, first / 1e6, second / 1e6,
                best / 1e6);
    }

    /** The kernel called way {@code w} (0 plain, 1 Hotloop, 2 by hand) on fixed data. */
    static Runnable call(String kernel, int w) {
        SimdData d = new SimdData();
        d.fill(SimdData.BODIES, SimdData.OPTIONS, SimdData.GRID);
        double[] a = d.call, b = d.price, c = d.strike; // 1,000,000 doubles for dot and triad
        return switch (kernel) {
            case "monteCarloPi" -> pick(w, () -> SimdKernels.monteCarloPi(SimdData.PI_SAMPLES),
                    () -> SimdKernelsJit.monteCarloPi(SimdData.PI_SAMPLES), () -> HandKernels.monteCarloPi(SimdData.PI_SAMPLES));
            case "mandelbrot" -> pick(w,
                    () -> SimdKernels.mandelbrot(d.counts, SimdData.WIDTH, SimdData.HEIGHT, SimdData.MAX_ITER),
                    () -> SimdKernelsJit.mandelbrot(d.counts, SimdData.WIDTH, SimdData.HEIGHT, SimdData.MAX_ITER),
                    () -> HandKernels.mandelbrot(d.counts, SimdData.WIDTH, SimdData.HEIGHT, SimdData.MAX_ITER));
            case "nbody" -> pick(w, () -> SimdKernels.nbody(d.x, d.y, d.z, d.m, d.ax, d.ay, d.az, 1e-3),
                    () -> SimdKernelsJit.nbody(d.x, d.y, d.z, d.m, d.ax, d.ay, d.az, 1e-3),
                    () -> HandKernels.nbody(d.x, d.y, d.z, d.m, d.ax, d.ay, d.az, 1e-3));
            case "blackScholes" -> pick(w,
                    () -> SimdKernels.blackScholes(d.price, d.strike, d.years, SimdData.RATE, SimdData.VOL, d.call, d.put),
                    () -> SimdKernelsJit.blackScholes(d.price, d.strike, d.years, SimdData.RATE, SimdData.VOL, d.call, d.put),
                    () -> HandKernels.blackScholes(d.price, d.strike, d.years, SimdData.RATE, SimdData.VOL, d.call, d.put));
            case "dot" -> pick(w, () -> SimdKernels.dot(b, c), () -> SimdKernelsJit.dot(b, c), () -> HandKernels.dot(b, c));
            case "triad" -> pick(w, () -> SimdKernels.triad(a, b, c, 1.5), () -> SimdKernelsJit.triad(a, b, c, 1.5),
                    () -> HandKernels.triad(a, b, c, 1.5));
            case "goFast" -> pick(w, () -> SimdKernels.goFast(d.grid), () -> SimdKernelsJit.goFast(d.grid),
                    () -> HandKernels.goFast(d.grid));
            case "stencil" -> pick(w, () -> SimdKernels.stencil(d.grid, d.out), () -> SimdKernelsJit.stencil(d.grid, d.out),
                    () -> HandKernels.stencil(d.grid, d.out));
            default -> throw new IllegalArgumentException("no kernel " + kernel + "; one of " + KERNELS);
        };
    }

    private static Runnable pick(int w, Runnable plain, Runnable hotloop, Runnable hand) {
        return switch (w) {
            case 0 -> plain;
            case 1 -> hotloop;
            case 2 -> hand;
            default -> throw new IllegalArgumentException("way " + w + "; one of " + WAYS);
        };
    }
}
