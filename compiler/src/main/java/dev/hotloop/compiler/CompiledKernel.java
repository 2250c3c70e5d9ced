package dev.hotloop.compiler;

import dev.hotloop.compiler.ir.Signature;

import java.util.List;
import java.util.Map;

/**
 * The result of a compile.
 *
 * @param className  internal name of the emitted class
 * @param classBytes the class file, to be defined as a hidden class nestmate of the kernel's owner
 * @param signature  the variant's signature: the request's argument types and the kernel's result
 * @param entry      name of the static entry method (measured when a meter class was given)
 * @param raw        name of the unmeasured static entry method (same descriptor); {@link #FAST} names a third,
 *                   sampled entry (the meter's {@code boolean sample()} picks the calls to time)
 * @param phaseNanos time of each compile phase, in pipeline order
 * @param loops      one report per loop, outermost first in source order
 * @param irDumps    IR text after each pass, by pass name, when the request asked to keep IR
 */
public record CompiledKernel(String className, byte[] classBytes, Signature signature, String entry, String raw,
                             Map<String, Long> phaseNanos, List<LoopReport> loops, Map<String, String> irDumps) {
    public static final String ENTRY = "invoke";
    public static final String RAW = "kernel";
    public static final String FAST = "fast";
}
