package dev.hotloop.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The kernels as plain Java, compiled by HotSpot's C2: the baseline Hotloop is measured
 * against. {@link InterpretedBench} inherits these methods and runs them under {@code -Xint}.
 * The method names are the kernel names; {@link Ratios} pairs rows by them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class PlainBench {

    @Benchmark
    public double monteCarloPi(ArrayData d) {
        return BenchKernels.monteCarloPi(d.size);
    }

    @Benchmark
    public double dot(ArrayData d) {
        return BenchKernels.dot(d.a, d.b);
    }

    @Benchmark
    public void triad(ArrayData d) {
        // writes to a heap array: C2 cannot drop them, so nothing needs sinking
        BenchKernels.triad(d.a, d.b, d.c, d.s);
    }

    @Benchmark
    public void clampSelect(ArrayData d) {
        BenchKernels.clampSelect(d.a, d.b, 0.25);
    }
}
