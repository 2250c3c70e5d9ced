package dev.hotloop.samples;

import dev.hotloop.annotations.GuVectorize;
import dev.hotloop.annotations.Target;

/**
 * The gufunc of the {@link GufuncRowNormalize} sample: scales one row to unit Euclidean norm.
 * With layout {@code (n)->(n)} it runs on every row of a matrix; the annotation processor
 * generates {@code GufuncRowNormalizeKernelsJit.normalizeGufunc()}.
 */
public final class GufuncRowNormalizeKernels {
    private GufuncRowNormalizeKernels() {}

    /** {@code out = x / |x|}; a zero row stays zero. */
    @GuVectorize(layout = "(n)->(n)", target = Target.PARALLEL)
    public static void normalize(double[] x, double[] out) {
        double s = 0;
        for (int i = 0; i < x.length; i++) s += x[i] * x[i];
        double inv = s == 0 ? 0 : 1 / Math.sqrt(s);
        for (int i = 0; i < x.length; i++) out[i] = x[i] * inv;
    }
}
