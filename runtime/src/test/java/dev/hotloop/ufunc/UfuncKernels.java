package dev.hotloop.ufunc;

import dev.hotloop.annotations.Target;
import dev.hotloop.annotations.Vectorize;

/** Scalar functions under test, with hand-written oracles for their narrower variants. */
public final class UfuncKernels {
    private UfuncKernels() {}

    /** A ternary C2 does not vectorise; no signatures: other element types are converted. */
    @Vectorize
    static double relDiff(double x, double y) {
        double d = Math.abs(x) + Math.abs(y);
        return d == 0 ? 0 : (x - y) / d;
    }

    @Vectorize(signatures = {"float(float, float)", "int(int, int)", "long(long, long)"}, identity = "0")
    static double add(double x, double y) {
        return x + y;
    }

    /** A float variant that must compute in float: the oracle {@link #scaleF} is the same text in float. */
    @Vectorize(signatures = {"float(float, float)"})
    static double scale(double x, double y) {
        return Math.sqrt(Math.abs(x)) * 0.1 + x * y / 3.0 - Math.max(x, y);
    }

    static float scaleF(float x, float y) {
        return (float) Math.sqrt(Math.abs(x)) * 0.1f + x * y / 3.0f - Math.max(x, y);
    }

    @Vectorize
    static double clip(double x, double lo, double hi) {
        return x < lo ? lo : x > hi ? hi : x;
    }

    /** A loop inside the scalar function. */
    @Vectorize
    static int collatz(int x) {
        int n = 0;
        while (x > 1 && n < 1000) {
            x = (x & 1) == 0 ? x / 2 : 3 * x + 1;
            n++;
        }
        return n;
    }

    @Vectorize(signatures = {"long(long, long)"})
    static long mix(long a, long b) {
        return a * 31 + (b ^ (a >>> 7));
    }

    /** Not associative: reduce must fold left to right. */
    @Vectorize
    static double minusHalf(double acc, double x) {
        return acc * 0.5 - x;
    }

    @Vectorize(target = Target.PARALLEL, identity = "0")
    static double parAdd(double x, double y) {
        return x + y;
    }

    @Vectorize(target = Target.PARALLEL)
    static double parPoly(double x, double y) {
        return x * x - 3 * x * y + (x > y ? y : -y);
    }

    @Vectorize(fastmath = true, identity = "0")
    static double fastAdd(double x, double y) {
        return x + y;
    }

    @Vectorize
    static double divideByZeroInt(int x, int y) {
        return x / y;
    }

    @Vectorize
    static boolean inRange(double x, boolean strict) {
        return strict ? x > 0 && x < 1 : x >= 0 && x <= 1;
    }

    @Vectorize(signatures = "short(short, short)")
    static int avg(int a, int b) {
        return (a + b) >> 1;
    }

    /** Only UfuncConcurrencyTest uses it: its first calls race. */
    @Vectorize
    static double racy(double x, double y) {
        return x * 3 - y;
    }

    static double notAnnotated(double x) {
        return x;
    }
}
