package dev.hotloop.bench;

import dev.hotloop.Hotloop;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;

import static java.lang.invoke.MethodType.methodType;

/**
 * The kernels compiled by Hotloop, called through {@code JitFunction.handle(type)} held in
 * a {@code static final} field: the typed entry for callers without the processor. A
 * constant handle inlines like a direct call; a handle in a non-final field would not.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class HandleBench {
    private static final MethodHandle MONTE_CARLO_PI = Hotloop.jit(BenchKernels.class, "monteCarloPi")
            .handle(methodType(double.class, long.class));
    private static final MethodHandle DOT = Hotloop.jit(BenchKernels.class, "dot")
            .handle(methodType(double.class, double[].class, double[].class));
    private static final MethodHandle TRIAD = Hotloop.jit(BenchKernels.class, "triad")
            .handle(methodType(void.class, double[].class, double[].class, double[].class, double.class));
    private static final MethodHandle CLAMP_SELECT = Hotloop.jit(BenchKernels.class, "clampSelect")
            .handle(methodType(void.class, double[].class, double[].class, double.class));

    @Benchmark
    public double monteCarloPi(ArrayData d) throws Throwable {
        return (double) MONTE_CARLO_PI.invokeExact((long) d.size);
    }

    @Benchmark
    public double dot(ArrayData d) throws Throwable {
        return (double) DOT.invokeExact(d.a, d.b);
    }

    @Benchmark
    public void triad(ArrayData d) throws Throwable {
        TRIAD.invokeExact(d.a, d.b, d.c, d.s);
    }

    @Benchmark
    public void clampSelect(ArrayData d) throws Throwable {
        CLAMP_SELECT.invokeExact(d.a, d.b, 0.25);
    }
}
