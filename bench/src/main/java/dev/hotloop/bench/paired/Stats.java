package dev.hotloop.bench.paired;

import java.util.Arrays;

/**
 * The few statistics a paired run needs: medians of round ratios within a fork and of fork
 * ratios across forks. A median, not a mean, because one slow round (a GC, a neighbour on the
 * VM) must not move the result: a mean of 10 rounds with one 5x outlier is off by 40%.
 * <pre>
 *   Stats.median(new double[] {1.0, 3.0, 2.0})        // 2.0
 *   Stats.median(new double[] {1.0, 2.0, 3.0, 4.0})   // 2.5
 * </pre>
 */
final class Stats {
    private Stats() {}

    static double median(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("median of no values");
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    /**
     * Hotloop's time over plain's, round by round: {@code ratios({100, 200}, {95, 210})} is
     * {@code {0.95, 1.05}}. Rounds are paired because they ran back to back on the same arrays.
     */
    static double[] ratios(double[] plainNsPerOp, double[] hotloopNsPerOp) {
        if (plainNsPerOp.length != hotloopNsPerOp.length) throw new IllegalArgumentException("unpaired rounds");
        double[] r = new double[plainNsPerOp.length];
        for (int i = 0; i < r.length; i++) r[i] = hotloopNsPerOp[i] / plainNsPerOp[i];
        return r;
    }
}
