package dev.hotloop.samples;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlackScholesTest {
    @Test
    void compiledKernelIsCloseToPlainJava() {
        for (int n : new int[] {0, 1, 7, 9, 1001, 20_003}) {
            double[][] in = BlackScholes.options(n, n);
            double[] call = new double[n], put = new double[n], wantCall = new double[n], wantPut = new double[n];
            BlackScholesKernels.price(in[0], in[1], in[2], BlackScholes.RATE, BlackScholes.VOL, wantCall, wantPut);
            BlackScholesKernelsJit.price(in[0], in[1], in[2], BlackScholes.RATE, BlackScholes.VOL, call, put);
            for (int i = 0; i < n; i++) {
                // fastmath: log and exp may be an ulp or so off; the prices are at most ~100
                assertEquals(wantCall[i], call[i], 1e-10 * Math.max(1, in[0][i]), "call " + i + " of " + n);
                assertEquals(wantPut[i], put[i], 1e-10 * Math.max(1, in[1][i]), "put " + i + " of " + n);
            }
        }
    }

    @Test
    void pricesSatisfyPutCallParity() {
        double[] s = {10, 20, 50}, x = {12, 20, 40}, t = {1, 0.5, 3};
        double[] call = new double[3], put = new double[3];
        BlackScholesKernelsJit.price(s, x, t, BlackScholes.RATE, BlackScholes.VOL, call, put);
        for (int i = 0; i < 3; i++) {
            // C - P = S - K e^{-rT}, up to the error of the normal CDF polynomial (7.5e-8 per call)
            assertEquals(s[i] - x[i] * Math.exp(-BlackScholes.RATE * t[i]), call[i] - put[i], 1e-5 * s[i], "option " + i);
            assertTrue(call[i] > 0 && put[i] > 0, "option " + i);
        }
    }

    @Test
    void runsTheSampleMain() {
        BlackScholes.main(new String[] {"10_000"});
    }
}
