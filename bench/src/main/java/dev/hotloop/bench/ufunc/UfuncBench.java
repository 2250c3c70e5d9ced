package dev.hotloop.bench.ufunc;

import dev.hotloop.Ufunc;
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
 * Issue 5's targets, over 1,000,000 doubles:
 * <ul>
 * <li>{@code relDiffUfunc} (the facade's {@code relDiff(x, y, out)}) at least 2x faster than
 *     {@code relDiffPlain} (a Java loop calling the scalar method), and within 10% of
 *     {@code relDiffJit} (the same operation as a {@code @Jit} loop);</li>
 * <li>{@code sumReduce} ({@code Ufunc.reduce} of a fastmath add) within 10% of {@code sumJit}
 *     (a fastmath {@code @Jit} sum).</li>
 * </ul>
 * relDiff moves 24 bytes an element for little arithmetic, so at 1M elements it may be bound by
 * memory bandwidth in every version; {@code shrink*} is a second element-wise function with a
 * ternary and enough arithmetic (a square root and a division) to be bound by compute, where the
 * vector code's advantage shows honestly. Both are reported.
 * Run only these: {@code bench/quick 'UfuncBench'}; for diagnosis, {@link UfuncProbe} (medians in one JVM).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class UfuncBench {
    static final int N = 1_000_000;

    /** Elements per array: {@link #N} in JMH; {@link UfuncProbe} may set others. */
    int n = N;
    double[] x, y, out;
    Ufunc add;

    @Setup(Level.Trial)
    public void fill() {
        SplittableRandom rnd = new SplittableRandom(42);
        x = new double[n];
        y = new double[n];
        out = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextInt(8) == 0 ? 0 : rnd.nextDouble(-1, 1);
            y[i] = rnd.nextInt(8) == 0 ? 0 : rnd.nextDouble(-1, 1);
        }
        add = UfuncBenchKernelsJit.addUfunc();
    }

    @Benchmark
    public double[] relDiffPlain() {
        for (int i = 0; i < out.length; i++) out[i] = UfuncBenchKernels.relDiff(x[i], y[i]);
        return out;
    }

    @Benchmark
    public double[] relDiffUfunc() {
        return UfuncBenchKernelsJit.relDiff(x, y, out);
    }

    @Benchmark
    public double[] relDiffJit() {
        UfuncBenchKernelsJit.relDiffLoop(x, y, out);
        return out;
    }

    @Benchmark
    public double[] shrinkPlain() {
        for (int i = 0; i < out.length; i++) out[i] = UfuncBenchKernels.shrink(x[i], y[i]);
        return out;
    }

    @Benchmark
    public double[] shrinkUfunc() {
        return UfuncBenchKernelsJit.shrink(x, y, out);
    }

    @Benchmark
    public double[] shrinkJit() {
        UfuncBenchKernelsJit.shrinkLoop(x, y, out);
        return out;
    }

    @Benchmark
    public double sumReduce() {
        return (double) add.reduce(x);
    }

    @Benchmark
    public double sumJit() {
        return UfuncBenchKernelsJit.sum(x);
    }
}
