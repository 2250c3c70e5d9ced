package dev.hotloop.bench.paired;

import dev.hotloop.bench.BenchKernels;
import dev.hotloop.bench.BenchKernelsJit;
import dev.hotloop.bench.simd.HandKernels;
import dev.hotloop.bench.simd.SimdKernelsJit;

/**
 * The two sides of each serial bench kernel: plain Java ({@code BenchKernels}, compiled by C2)
 * and Hotloop (the generated facade {@code BenchKernelsJit}, as {@code FacadeBench} calls it),
 * both on the same {@link KernelData}.
 * <pre>
 *   Workload[] p = Pairs.of("dot", data);   // p[0] plain, p[1] hotloop
 * </pre>
 * The loops are written out once per side on purpose (see {@link Workload}). Arguments are
 * read from the data's fields on every call, as a JMH stub reads its state.
 */
final class Pairs {
    private Pairs() {}

    static Workload[] of(String kernel, KernelData d) {
        return switch (kernel) {
            case "dot" -> new Workload[] {new PlainDot(d), new JitDot(d)};
            case "triad" -> new Workload[] {new PlainTriad(d), new JitTriad(d)};
            case "clampSelect" -> new Workload[] {new PlainClamp(d), new JitClamp(d)};
            case "monteCarloPi" -> new Workload[] {new PlainPi(d), new JitPi(d)};
            case "dotHand" -> new Workload[] {new HandDot(d), new SimdDot(d)};
            case "triadHand" -> new Workload[] {new HandTriad(d), new SimdTriad(d)};
            default -> throw new IllegalArgumentException("no paired kernel " + kernel);
        };
    }

    private static final class PlainDot extends Workload {
        private final KernelData d;
        PlainDot(KernelData d) { this.d = d; }
        @Override double batch(int reps) {
            double sink = 0;
            for (int r = 0; r < reps; r++) sink += BenchKernels.dot(d.a, d.b);
            return sink;
        }
    }

    private static final class JitDot extends Workload {
        private final KernelData d;
        JitDot(KernelData d) { this.d = d; }
        @Override double batch(int reps) {
            double sink = 0;
            for (int r = 0; r < reps; r++) sink += BenchKernelsJit.dot(d.a, d.b);
            return sink;
        }
    }

    private static final class PlainTriad extends Workload {
        private final KernelData d;
        PlainTriad(KernelData d) { this.d = d; }
        @Override double batch(int reps) {
            for (int r = 0; r < reps; r++) BenchKernels.triad(d.a, d.b, d.c, d.s);
            return d.a[0];
        }
    }

    private static final class JitTriad extends Workload {
        private final KernelData d;
        JitTriad(KernelData d) { this.d = d; }
        @Override double batch(int reps) {
            for (int r = 0; r < reps; r++) BenchKernelsJit.triad(d.a, d.b, d.c, d.s);
            return d.a[0];
        }
    }

    private static final class PlainClamp extends Workload {
        private final KernelData d;
        PlainClamp(KernelData d) { this.d = d; }
        @Override double batch(int reps) {
            for (int r = 0; r < reps; r++) BenchKernels.clampSelect(d.a, d.b, 0.25);
            return d.a[0];
        }
    }

    private static final class JitClamp extends Workload {
        private final KernelData d;
        JitClamp(KernelData d) { this.d = d; }
        @Override double batch(int reps) {
            for (int r = 0; r < reps; r++) BenchKernelsJit.clampSelect(d.a, d.b, 0.25);
            return d.a[0];
        }
    }

    private static final class PlainPi extends Workload {
        private final KernelData d;
        PlainPi(KernelData d) { this.d = d; }
        @Override double batch(int reps) {
            double sink = 0;
            for (int r = 0; r < reps; r++) sink += BenchKernels.monteCarloPi(d.size);
            return sink;
        }
    }

    private static final class JitPi extends Workload {
        private final KernelData d;
        JitPi(KernelData d) { this.d = d; }
        @Override double batch(int reps) {
            double sink = 0;
            for (int r = 0; r < reps; r++) sink += BenchKernelsJit.monteCarloPi(d.size);
            return sink;
        }
    }

    // issue 4: the hand-written kernel against Hotloop's parallel, vectorised one (fastmath dot)

    private static final class HandDot extends Workload {
        private final KernelData d;
        HandDot(KernelData d) { this.d = d; }
        @Override double batch(int reps) {
            double sink = 0;
            for (int r = 0; r < reps; r++) sink += HandKernels.dot(d.a, d.b);
            return sink;
        }
    }

    private static final class SimdDot extends Workload {
        private final KernelData d;
        SimdDot(KernelData d) { this.d = d; }
        @Override double batch(int reps) {
            double sink = 0;
            for (int r = 0; r < reps; r++) sink += SimdKernelsJit.dot(d.a, d.b);
            return sink;
        }
    }

    private static final class HandTriad extends Workload {
        private final KernelData d;
        HandTriad(KernelData d) { this.d = d; }
        @Override double batch(int reps) {
            for (int r = 0; r < reps; r++) HandKernels.triad(d.a, d.b, d.c, d.s);
            return d.a[0];
        }
    }

    private static final class SimdTriad extends Workload {
        private final KernelData d;
        SimdTriad(KernelData d) { this.d = d; }
        @Override double batch(int reps) {
            for (int r = 0; r < reps; r++) SimdKernelsJit.triad(d.a, d.b, d.c, d.s);
            return d.a[0];
        }
    }
}
