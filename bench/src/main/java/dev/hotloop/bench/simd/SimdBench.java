package dev.hotloop.bench.simd;

import dev.hotloop.bench.ArrayData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Issue 4's "must reach" table: each kernel of {@link SimdKernels} three ways, in one run.
 * Methods are named {@code <kernel>Plain} (the method called directly: C2, serial, exact),
 * {@code <kernel>Hotloop} (the same method through {@code SimdKernelsJit}) and {@code <kernel>Hand}
 * ({@link HandKernels}: ForkJoin + Vector API by hand). {@code Ratios} prints hotloop/plain and
 * hotloop/hand per kernel and size. Sizes: dot and triad at 1,000 and 1,000,000 doubles
 * ({@code ArrayData}), the others as in {@link SimdData}.
 * <pre>
 * bench/quick 'SimdBench'                 # all of it
 * bench/quick 'SimdBench.(dot|triad)'     # some kernels
 * </pre>
 * Parallel speed-ups need free cores: {@code bench/quick} prints the load average next to the table.
 * Vector API code runs very slowly until C2 has compiled it (the first call of
 * {@code blackScholesHand} takes seconds): keep at least 3 warm-up iterations.
 * goFast allocates an 8 MB result per call: its forks get a fixed, pre-touched heap. With the
 * default heap, every call made while G1 grows the heap into memory never touched before takes
 * ~2,000 page faults (25-30 ms instead of 1 ms, in all three versions), and the score measured how
 * far each fork's heap had grown, not the kernel (30x one run, 3x the next).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class SimdBench {

    @Benchmark
    public double monteCarloPiPlain(SimdData d) {
        return SimdKernels.monteCarloPi(SimdData.PI_SAMPLES);
    }

    @Benchmark
    public double monteCarloPiHotloop(SimdData d) {
        return SimdKernelsJit.monteCarloPi(SimdData.PI_SAMPLES);
    }

    @Benchmark
    public double monteCarloPiHand(SimdData d) {
        return HandKernels.monteCarloPi(SimdData.PI_SAMPLES);
    }

    /** The hand kernel with Hotloop's generator (L64X128 in lanes): {@code Ratios} prints it as the row {@code monteCarloPi/lxm}. */
    @Benchmark
    public double monteCarloPiHandLxm(SimdData d) {
        return HandKernels.monteCarloPiLxm(SimdData.PI_SAMPLES);
    }

    @Benchmark
    public long mandelbrotPlain(SimdData d) {
        return SimdKernels.mandelbrot(d.counts, SimdData.WIDTH, SimdData.HEIGHT, SimdData.MAX_ITER);
    }

    @Benchmark
    public long mandelbrotHotloop(SimdData d) {
        return SimdKernelsJit.mandelbrot(d.counts, SimdData.WIDTH, SimdData.HEIGHT, SimdData.MAX_ITER);
    }

    @Benchmark
    public long mandelbrotHand(SimdData d) {
        return HandKernels.mandelbrot(d.counts, SimdData.WIDTH, SimdData.HEIGHT, SimdData.MAX_ITER);
    }

    @Benchmark
    public double[] nbodyPlain(SimdData d) {
        SimdKernels.nbody(d.x, d.y, d.z, d.m, d.ax, d.ay, d.az, 1e-3);
        return d.ax;
    }

    @Benchmark
    public double[] nbodyHotloop(SimdData d) {
        SimdKernelsJit.nbody(d.x, d.y, d.z, d.m, d.ax, d.ay, d.az, 1e-3);
        return d.ax;
    }

    @Benchmark
    public double[] nbodyHand(SimdData d) {
        HandKernels.nbody(d.x, d.y, d.z, d.m, d.ax, d.ay, d.az, 1e-3);
        return d.ax;
    }

    @Benchmark
    public double[] blackScholesPlain(SimdData d) {
        SimdKernels.blackScholes(d.price, d.strike, d.years, SimdData.RATE, SimdData.VOL, d.call, d.put);
        return d.call;
    }

    @Benchmark
    public double[] blackScholesHotloop(SimdData d) {
        SimdKernelsJit.blackScholes(d.price, d.strike, d.years, SimdData.RATE, SimdData.VOL, d.call, d.put);
        return d.call;
    }

    @Benchmark
    public double[] blackScholesHand(SimdData d) {
        HandKernels.blackScholes(d.price, d.strike, d.years, SimdData.RATE, SimdData.VOL, d.call, d.put);
        return d.call;
    }

    @Benchmark
    public double dotPlain(ArrayData d) {
        return SimdKernels.dot(d.a, d.b);
    }

    @Benchmark
    public double dotHotloop(ArrayData d) {
        return SimdKernelsJit.dot(d.a, d.b);
    }

    @Benchmark
    public double dotHand(ArrayData d) {
        return HandKernels.dot(d.a, d.b);
    }

    @Benchmark
    public double[] triadPlain(ArrayData d) {
        SimdKernels.triad(d.a, d.b, d.c, d.s);
        return d.a;
    }

    @Benchmark
    public double[] triadHotloop(ArrayData d) {
        SimdKernelsJit.triad(d.a, d.b, d.c, d.s);
        return d.a;
    }

    @Benchmark
    public double[] triadHand(ArrayData d) {
        HandKernels.triad(d.a, d.b, d.c, d.s);
        return d.a;
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
    public double[][] goFastPlain(SimdData d) {
        return SimdKernels.goFast(d.grid);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
    public double[][] goFastHotloop(SimdData d) {
        return SimdKernelsJit.goFast(d.grid);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
    public double[][] goFastHand(SimdData d) {
        return HandKernels.goFast(d.grid);
    }

    @Benchmark
    public double[][] stencilPlain(SimdData d) {
        SimdKernels.stencil(d.grid, d.out);
        return d.out;
    }

    @Benchmark
    public double[][] stencilHotloop(SimdData d) {
        SimdKernelsJit.stencil(d.grid, d.out);
        return d.out;
    }

    @Benchmark
    public double[][] stencilHand(SimdData d) {
        HandKernels.stencil(d.grid, d.out);
        return d.out;
    }
}
