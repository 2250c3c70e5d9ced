package dev.hotloop.samples;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ufunc and gufunc samples, through their generated facades, against plain Java. */
class UfuncSamplesTest {
    @Test
    void blackScholesFacadeFormsEqualPlainJava() {
        Random rnd = new Random(3);
        int n = 1001;
        double[] s = new double[n], k = new double[n], t = new double[n], r = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = 5 + 25 * rnd.nextDouble();
            k[i] = 1 + 99 * rnd.nextDouble();
            t[i] = 0.25 + 2 * rnd.nextDouble();
            r[i] = 0.02;
            v[i] = 0.3;
        }
        double[] want = new double[n];
        for (int i = 0; i < n; i++) want[i] = UfuncBlackScholesKernels.callPrice(s[i], k[i], t[i], 0.02, 0.3);
        assertArrayEquals(want, UfuncBlackScholesKernelsJit.callPrice(s, k, t, r, v));
        double[] out = new double[n];
        assertArrayEquals(want, UfuncBlackScholesKernelsJit.callPrice(s, k, t, r, v, out));
        assertArrayEquals(want, (double[]) UfuncBlackScholesKernelsJit.callPriceUfunc().apply(s, k, t, 0.02, 0.3));
        assertEquals(want[7], UfuncBlackScholesKernelsJit.callPrice(s[7], k[7], t[7], 0.02, 0.3));
        float f = UfuncBlackScholesKernelsJit.callPrice(20f, 21f, 1f, 0.02f, 0.3f);
        assertEquals(UfuncBlackScholesKernels.callPrice(20, 21, 1, 0.02, 0.3), f, 1e-4);
    }

    @Test
    void rowNormalizeEqualsPlainJava() {
        double[][] m = {{3, 4}, {0, 0}, {1, 1}};
        double[][] got = (double[][]) GufuncRowNormalizeKernelsJit.normalizeGufunc().apply((Object) m);
        for (int i = 0; i < m.length; i++) {
            double[] want = new double[2];
            GufuncRowNormalizeKernels.normalize(m[i], want);
            assertArrayEquals(want, got[i]);
        }
    }

    @Test
    void runsTheSampleMains() {
        UfuncBlackScholes.main(new String[] {"5000"});
        GufuncRowNormalize.main(new String[] {"300", "17"});
    }
}
