package dev.hotloop.runtime;

/**
 * Combines the per-chunk partial results of a reduction after the join, in chunk order, with
 * the initial value counted once: {@code init op p0 op p1 ...}, left to right. Compiled kernels
 * call these by name ({@code add mul min max and or xor}; a {@code -=} reduction combines by add).
 * The conditional floating-point forms ({@code minLt minLe maxGt maxGe}) combine with the
 * kernel's own comparison, so that across chunks, as within one, NaN is never taken and the first
 * ({@code <}, {@code >}) or last ({@code <=}, {@code >=}) of equal values wins.
 * <pre>double s = ParallelCombine.add(s0, partials);   // ((s0 + p0) + p1) + ...</pre>
 * A loop of one chunk combines its one partial with the two-value forms, the same bits as a
 * one-element array: {@code ParallelCombine.add(s0, p0)} is {@code s0 + p0}.
 */
public final class ParallelCombine {
    private ParallelCombine() {}

    // one chunk: init op partial, as the array forms below compute it

    public static int add(int init, int partial) { return init + partial; }
    public static long add(long init, long partial) { return init + partial; }
    public static float add(float init, float partial) { return init + partial; }
    public static double add(double init, double partial) { return init + partial; }
    public static int mul(int init, int partial) { return init * partial; }
    public static long mul(long init, long partial) { return init * partial; }
    public static float mul(float init, float partial) { return init * partial; }
    public static double mul(double init, double partial) { return init * partial; }
    public static int min(int init, int partial) { return Math.min(init, partial); }
    public static long min(long init, long partial) { return Math.min(init, partial); }
    public static float min(float init, float partial) { return Math.min(init, partial); }
    public static double min(double init, double partial) { return Math.min(init, partial); }
    public static int max(int init, int partial) { return Math.max(init, partial); }
    public static long max(long init, long partial) { return Math.max(init, partial); }
    public static float max(float init, float partial) { return Math.max(init, partial); }
    public static double max(double init, double partial) { return Math.max(init, partial); }
    public static int and(int init, int partial) { return init & partial; }
    public static long and(long init, long partial) { return init & partial; }
    public static int or(int init, int partial) { return init | partial; }
    public static long or(long init, long partial) { return init | partial; }
    public static int xor(int init, int partial) { return init ^ partial; }
    public static long xor(long init, long partial) { return init ^ partial; }
    public static float minLt(float init, float partial) { return partial < init ? partial : init; }
    public static double minLt(double init, double partial) { return partial < init ? partial : init; }
    public static float minLe(float init, float partial) { return partial <= init ? partial : init; }
    public static double minLe(double init, double partial) { return partial <= init ? partial : init; }
    public static float maxGt(float init, float partial) { return partial > init ? partial : init; }
    public static double maxGt(double init, double partial) { return partial > init ? partial : init; }
    public static float maxGe(float init, float partial) { return partial >= init ? partial : init; }
    public static double maxGe(double init, double partial) { return partial >= init ? partial : init; }

    public static int add(int init, int[] partials) {
        int r = init;
        for (int p : partials) r = r + p;
        return r;
    }

    public static long add(long init, long[] partials) {
        long r = init;
        for (long p : partials) r = r + p;
        return r;
    }

    public static float add(float init, float[] partials) {
        float r = init;
        for (float p : partials) r = r + p;
        return r;
    }

    public static double add(double init, double[] partials) {
        double r = init;
        for (double p : partials) r = r + p;
        return r;
    }

    public static int mul(int init, int[] partials) {
        int r = init;
        for (int p : partials) r = r * p;
        return r;
    }

    public static long mul(long init, long[] partials) {
        long r = init;
        for (long p : partials) r = r * p;
        return r;
    }

    public static float mul(float init, float[] partials) {
        float r = init;
        for (float p : partials) r = r * p;
        return r;
    }

    public static double mul(double init, double[] partials) {
        double r = init;
        for (double p : partials) r = r * p;
        return r;
    }

    public static int min(int init, int[] partials) {
        int r = init;
        for (int p : partials) r = Math.min(r, p);
        return r;
    }

    public static long min(long init, long[] partials) {
        long r = init;
        for (long p : partials) r = Math.min(r, p);
        return r;
    }

    public static float min(float init, float[] partials) {
        float r = init;
        for (float p : partials) r = Math.min(r, p);
        return r;
    }

    public static double min(double init, double[] partials) {
        double r = init;
        for (double p : partials) r = Math.min(r, p);
        return r;
    }

    public static int max(int init, int[] partials) {
        int r = init;
        for (int p : partials) r = Math.max(r, p);
        return r;
    }

    public static long max(long init, long[] partials) {
        long r = init;
        for (long p : partials) r = Math.max(r, p);
        return r;
    }

    public static float max(float init, float[] partials) {
        float r = init;
        for (float p : partials) r = Math.max(r, p);
        return r;
    }

    public static double max(double init, double[] partials) {
        double r = init;
        for (double p : partials) r = Math.max(r, p);
        return r;
    }

    public static int and(int init, int[] partials) {
        int r = init;
        for (int p : partials) r = r & p;
        return r;
    }

    public static long and(long init, long[] partials) {
        long r = init;
        for (long p : partials) r = r & p;
        return r;
    }

    public static int or(int init, int[] partials) {
        int r = init;
        for (int p : partials) r = r | p;
        return r;
    }

    public static long or(long init, long[] partials) {
        long r = init;
        for (long p : partials) r = r | p;
        return r;
    }

    public static int xor(int init, int[] partials) {
        int r = init;
        for (int p : partials) r = r ^ p;
        return r;
    }

    public static long xor(long init, long[] partials) {
        long r = init;
        for (long p : partials) r = r ^ p;
        return r;
    }

    // if (x < m) m = x, and its relatives, on floating-point values

    public static float minLt(float init, float[] partials) {
        float r = init;
        for (float p : partials) if (p < r) r = p;
        return r;
    }

    public static double minLt(double init, double[] partials) {
        double r = init;
        for (double p : partials) if (p < r) r = p;
        return r;
    }

    public static float minLe(float init, float[] partials) {
        float r = init;
        for (float p : partials) if (p <= r) r = p;
        return r;
    }

    public static double minLe(double init, double[] partials) {
        double r = init;
        for (double p : partials) if (p <= r) r = p;
        return r;
    }

    public static float maxGt(float init, float[] partials) {
        float r = init;
        for (float p : partials) if (p > r) r = p;
        return r;
    }

    public static double maxGt(double init, double[] partials) {
        double r = init;
        for (double p : partials) if (p > r) r = p;
        return r;
    }

    public static float maxGe(float init, float[] partials) {
        float r = init;
        for (float p : partials) if (p >= r) r = p;
        return r;
    }

    public static double maxGe(double init, double[] partials) {
        double r = init;
        for (double p : partials) if (p >= r) r = p;
        return r;
    }
}
