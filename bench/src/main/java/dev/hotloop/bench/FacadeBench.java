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
 * The kernels compiled by Hotloop, called through the facade the annotation processor
 * generates ({@code BenchKernelsJit}): the way users call a kernel. The first call in the
 * fork compiles; warm-up absorbs it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class FacadeBench {

    @Benchmark
    public double monteCarloPi(ArrayData d) {
        return BenchKernelsJit.monteCarloPi(d.size);
    }

    @Benchmark
    public double dot(ArrayData d) {
        return BenchKernelsJit.dot(d.a, d.b);
    }

    @Benchmark
    public void triad(ArrayData d) {
        BenchKernelsJit.triad(d.a, d.b, d.c, d.s);
    }

    @Benchmark
    public void clampSelect(ArrayData d) {
        BenchKernelsJit.clampSelect(d.a, d.b, 0.25);
    }
}
