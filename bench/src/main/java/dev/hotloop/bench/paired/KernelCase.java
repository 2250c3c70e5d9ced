package dev.hotloop.bench.paired;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A serial bench kernel at one size, as {@code PlainBench} and {@code FacadeBench} run it
 * ({@code dev.hotloop.bench.BenchKernels}, data as {@code ArrayData}).
 * <pre>
 *   KernelCase.of("triad/1000000")   // triad on three arrays of 1M doubles
 * </pre>
 *
 * @param kernel the kernel's method name in {@code BenchKernels}
 * @param size   the array length, or the sample count of {@code monteCarloPi}
 */
record KernelCase(String kernel, int size) {
    /** The cases of issue 2: every serial kernel of {@code FacadeBench} at both sizes of {@code ArrayData}. */
    static final List<KernelCase> ALL = List.of(
            new KernelCase("dot", 1000), new KernelCase("dot", 1_000_000),
            new KernelCase("triad", 1000), new KernelCase("triad", 1_000_000),
            new KernelCase("clampSelect", 1000), new KernelCase("clampSelect", 1_000_000),
            new KernelCase("monteCarloPi", 1000), new KernelCase("monteCarloPi", 1_000_000));

    /** The case's name, {@code kernel/size}: what a regex selects and a fork is told. */
    String id() {
        return kernel + "/" + size;
    }

    static KernelCase of(String id) {
        int slash = id.indexOf('/');
        return new KernelCase(id.substring(0, slash), Integer.parseInt(id.substring(slash + 1)));
    }

    /** The cases whose id contains a match of {@code regex} ({@code "dot"}, {@code "triad/1000$"}). */
    static List<KernelCase> matching(String regex) {
        Pattern p = Pattern.compile(regex);
        return ALL.stream().filter(c -> p.matcher(c.id()).find()).toList();
    }
}
