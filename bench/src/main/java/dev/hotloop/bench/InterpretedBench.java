package dev.hotloop.bench;

import org.openjdk.jmh.annotations.Fork;

/**
 * {@link PlainBench}'s benchmarks with the JIT off ({@code -Xint}): how slow the same
 * Java runs before HotSpot compiles it, the "before" of Numba's story.
 */
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xint"})
public class InterpretedBench extends PlainBench {
}
