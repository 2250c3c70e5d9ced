package dev.hotloop.bench;

import dev.hotloop.Hotloop;
import dev.hotloop.JitFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;

import static java.lang.invoke.MethodType.methodType;

/**
 * What one call costs through each entry point, on a kernel that does almost nothing
 * ({@code x + 1}): a direct call of the plain method, the generated facade, a
 * {@code static final} handle from {@code handle()}, and {@code invoke(Object...)}, which
 * boxes and dispatches on the runtime argument types. The {@code Uncounted} forms run in a fork
 * with {@code -Dhotloop.count.calls=false}: facades and handles then call the kernel bare.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class DispatchBench {
    private static final JitFunction ADD1 = Hotloop.jit(BenchKernels.class, "add1");
    private static final MethodHandle ADD1_HANDLE = ADD1.handle(methodType(int.class, int.class));

    // a field, not a constant, so that C2 cannot fold the call away
    private int x = 41;

    @Benchmark
    public int direct() {
        return BenchKernels.add1(x);
    }

    @Benchmark
    public int facade() {
        return BenchKernelsJit.add1(x);
    }

    @Benchmark
    public int handle() throws Throwable {
        return (int) ADD1_HANDLE.invokeExact(x);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Dhotloop.count.calls=false"})
    public int facadeUncounted() {
        return BenchKernelsJit.add1(x);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Dhotloop.count.calls=false"})
    public int handleUncounted() throws Throwable {
        return (int) ADD1_HANDLE.invokeExact(x);
    }

    @Benchmark
    public int invoke() {
        return (Integer) ADD1.invoke(x);
    }
}
