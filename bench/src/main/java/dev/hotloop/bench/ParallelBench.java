package dev.hotloop.bench;

import dev.hotloop.bench.simd.SimdKernelsJit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The same kernel compiled serially and in parallel ({@link ParallelKernels}), both through the
 * facade. Methods come in pairs {@code xSerial} / {@code xParallel}; {@code Ratios} prints
 * parallel/serial per pair (below 1: the parallel kernel is faster). Sizes:
 * <ul>
 * <li>{@code pi}: 10,000,000 samples</li>
 * <li>{@code mandelbrot}: 800 x 600, 256 iterations, {@code @Parallel} over the 600 rows</li>
 * <li>{@code mandelbrotPixels}: the same image, {@code @Parallel} over its 480,000 pixels</li>
 * <li>{@code nbody}: accelerations of 2,000 bodies, {@code @Parallel} over i, all j inside</li>
 * <li>{@code tinySum}: 1,000 doubles, below the smallest chunk: parallel must not be slower</li>
 * <li>{@code triad20k}: triad over 20,000 doubles ({@code BenchKernels.triad} serial against the same body
 * with {@code parallel = true}, {@code SimdKernels.triad}), one chunk of its grain (32768): runs inline, must not be slower</li>
 * <li>{@code triad60k}: triad over 60,000 doubles, two chunks: worth waking the pool (with chunks of
 * 8192 it was 1.2-2.9x slower than serial from 8,193 to 40,000 elements)</li>
 * </ul>
 * Run only these: {@code bench/quick 'Parallel'}. Parallel speed-ups depend on free cores:
 * {@code bench/quick} prints the load average next to the table.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class ParallelBench {
    static final long PI_SAMPLES = 10_000_000L;
    static final int WIDTH = 800;
    static final int HEIGHT = 600;
    static final int MAX_ITER = 256;
    static final int BODIES = 2_000;
    static final int TINY = 1_000;
    static final int TRIAD_MID = 20_000;
    static final int TRIAD_TWO_CHUNKS = 60_000;

    int[] counts;
    double[] x, y, z, m, ax, ay, az;
    double[] tiny;
    double[] ta, tb, tc, ua, ub, uc;

    @Setup(Level.Trial)
    public void fill() {
        SplittableRandom rnd = new SplittableRandom(42);
        counts = new int[WIDTH * HEIGHT];
        x = new double[BODIES];
        y = new double[BODIES];
        z = new double[BODIES];
        m = new double[BODIES];
        ax = new double[BODIES];
        ay = new double[BODIES];
        az = new double[BODIES];
        for (int i = 0; i < BODIES; i++) {
            x[i] = rnd.nextDouble(-1, 1);
            y[i] = rnd.nextDouble(-1, 1);
            z[i] = rnd.nextDouble(-1, 1);
            m[i] = rnd.nextDouble(0.5, 1.5);
        }
        tiny = rnd.doubles(TINY, -1, 1).toArray();
        ta = new double[TRIAD_MID];
        tb = rnd.doubles(TRIAD_MID, -1, 1).toArray();
        tc = rnd.doubles(TRIAD_MID, -1, 1).toArray();
        ua = new double[TRIAD_TWO_CHUNKS];
        ub = rnd.doubles(TRIAD_TWO_CHUNKS, -1, 1).toArray();
        uc = rnd.doubles(TRIAD_TWO_CHUNKS, -1, 1).toArray();
    }

    @Benchmark
    public double piSerial() {
        return ParallelKernelsJit.piSerial(PI_SAMPLES);
    }

    @Benchmark
    public double piParallel() {
        return ParallelKernelsJit.piParallel(PI_SAMPLES);
    }

    @Benchmark
    public long mandelbrotSerial() {
        return ParallelKernelsJit.mandelbrotSerial(counts, WIDTH, HEIGHT, MAX_ITER);
    }

    @Benchmark
    public long mandelbrotParallel() {
        return ParallelKernelsJit.mandelbrotParallel(counts, WIDTH, HEIGHT, MAX_ITER);
    }

    @Benchmark
    public long mandelbrotPixelsSerial() {
        return ParallelKernelsJit.mandelbrotPixelsSerial(counts, WIDTH, HEIGHT, MAX_ITER);
    }

    @Benchmark
    public long mandelbrotPixelsParallel() {
        return ParallelKernelsJit.mandelbrotPixelsParallel(counts, WIDTH, HEIGHT, MAX_ITER);
    }

    @Benchmark
    public double[] nbodySerial() {
        ParallelKernelsJit.nbodySerial(x, y, z, m, ax, ay, az, 1e-3);
        return ax;
    }

    @Benchmark
    public double[] nbodyParallel() {
        ParallelKernelsJit.nbodyParallel(x, y, z, m, ax, ay, az, 1e-3);
        return ax;
    }

    @Benchmark
    public double tinySumSerial() {
        return ParallelKernelsJit.tinySumSerial(tiny);
    }

    @Benchmark
    public double tinySumParallel() {
        return ParallelKernelsJit.tinySumParallel(tiny);
    }

    @Benchmark
    public double[] triad20kSerial() {
        BenchKernelsJit.triad(ta, tb, tc, 1.5);
        return ta;
    }

    @Benchmark
    public double[] triad20kParallel() {
        SimdKernelsJit.triad(ta, tb, tc, 1.5);
        return ta;
    }

    @Benchmark
    public double[] triad60kSerial() {
        BenchKernelsJit.triad(ua, ub, uc, 1.5);
        return ua;
    }

    @Benchmark
    public double[] triad60kParallel() {
        SimdKernelsJit.triad(ua, ub, uc, 1.5);
        return ua;
    }
}
