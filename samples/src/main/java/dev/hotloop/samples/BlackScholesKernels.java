package dev.hotloop.samples;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/**
 * The kernel of the {@link BlackScholes} sample: European call and put prices for arrays of
 * options, as in Numba's Black-Scholes example, with the loop over options run in parallel.
 * {@code fastmath = true} lets Hotloop use the Vector API's lanewise {@code LOG} and {@code EXP}
 * (within an ulp or so of {@code Math.log} / {@code Math.exp}, not bit-identical) and fuse
 * multiply-adds; without it the results are exactly those of plain Java. The annotation
 * processor generates {@code BlackScholesKernelsJit.price(...)}.
 */
public final class BlackScholesKernels {
    private BlackScholesKernels() {}

    /**
     * Fills {@code call[i]} and {@code put[i]} with the Black-Scholes prices of an option on a stock
     * at {@code price[i]}, struck at {@code strike[i]}, expiring in {@code years[i]}, at the risk-free
     * {@code rate} and volatility {@code vol}.
     */
    @Jit(parallel = true, fastmath = true)
    public static void price(double[] price, double[] strike, double[] years, double rate, double vol,
                             double[] call, double[] put) {
        for (@Parallel int i = 0; i < price.length; i++) {
            double s = price[i], x = strike[i], t = years[i];
            double sqrtT = Math.sqrt(t);
            double d1 = (Math.log(s / x) + (rate + 0.5 * vol * vol) * t) / (vol * sqrtT);
            double d2 = d1 - vol * sqrtT;
            double cndd1 = cnd(d1);
            double cndd2 = cnd(d2);
            double expRT = Math.exp(-rate * t);
            call[i] = s * cndd1 - x * expRT * cndd2;
            put[i] = x * expRT * (1.0 - cndd2) - s * (1.0 - cndd1);
        }
    }

    /** The cumulative normal distribution, Abramowitz and Stegun 26.2.17; compiled with its caller. */
    static double cnd(double d) {
        double k = 1.0 / (1.0 + 0.2316419 * Math.abs(d));
        double poly = k * (0.31938153 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))));
        double ret = 0.3989422804014327 * Math.exp(-0.5 * d * d) * poly;
        return d > 0 ? 1.0 - ret : ret;
    }
}
