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

    /**
     * Issue 4's cases at 1,000 elements, where JMH's forks spread too far to settle 1.11: the
     * hand-written ForkJoin + Vector API kernel ({@code HandKernels}) against Hotloop's
     * ({@code SimdKernelsJit}), in one JVM. Run only when a regex names them ({@code 'Hand'}).
     */
    static final List<KernelCase> HAND = List.of(new KernelCase("dotHand", 1000), new KernelCase("triadHand", 1000));

    /** Whether the reference side is the hand-written kernel rather than plain Java. */
    boolean hand() {
        return kernel.endsWith("Hand");
    }

    /** The largest median ratio that meets the target: issue 2's 1.05 against plain, issue 4's 1.11 against hand. */
    double need() {
        return hand() ? 1.11 : 1.05;
    }

    /** The case's name, {@code kernel/size}: what a regex selects and a fork is told. */
    String id() {
        return kernel + "/" + size;
    }

    static KernelCase of(String id) {
        int slash = id.indexOf('/');
        return new KernelCase(id.substring(0, slash), Integer.parseInt(id.substring(slash + 1)));
    }

    /**
     * The cases whose id contains a match of {@code regex} ({@code "dot"}, {@code "triad/1000$"}): of
     * {@link #ALL}, and of {@link #HAND} when the regex mentions {@code Hand}.
     */
    static List<KernelCase> matching(String regex) {
        Pattern p = Pattern.compile(regex);
        List<KernelCase> from = regex.contains("Hand") ? HAND : ALL;
        return from.stream().filter(c -> p.matcher(c.id()).find()).toList();
    }
}
