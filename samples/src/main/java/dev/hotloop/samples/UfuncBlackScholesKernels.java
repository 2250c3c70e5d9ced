package dev.hotloop.samples;

import dev.hotloop.annotations.Target;
import dev.hotloop.annotations.Vectorize;

/**
 * The ufunc of the {@link UfuncBlackScholes} sample: the Black-Scholes price of a European call,
 * written once for one option. {@code @Vectorize} makes it a ufunc over arrays of options; the
 * annotation processor generates {@code UfuncBlackScholesKernelsJit.callPrice(double[] s, ...)} and
 * {@code callPriceUfunc()}, whose {@code apply} also broadcasts scalars (one rate for all options).
 */
public final class UfuncBlackScholesKernels {
    private UfuncBlackScholesKernels() {}

    /**
     * Price of a call: spot {@code s}, strike {@code k}, years to expiry {@code t}, risk-free rate
     * {@code r}, volatility {@code v}.
     */
    @Vectorize(signatures = "float(float, float, float, float, float)", target = Target.PARALLEL)
    public static double callPrice(double s, double k, double t, double r, double v) {
        double sqrtT = Math.sqrt(t);
        double d1 = (Math.log(s / k) + (r + 0.5 * v * v) * t) / (v * sqrtT);
        double d2 = d1 - v * sqrtT;
        return s * cnd(d1) - k * Math.exp(-r * t) * cnd(d2);
    }

    /** The cumulative normal distribution, Abramowitz and Stegun 26.2.17 (error below 7.5e-8). */
    static double cnd(double d) {
        double k = 1.0 / (1.0 + 0.2316419 * Math.abs(d));
        double poly = k * (0.319381530 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))));
        double w = 1.0 - 0.3989422804014327 * Math.exp(-0.5 * d * d) * poly;
        return d < 0 ? 1.0 - w : w;
    }
}
