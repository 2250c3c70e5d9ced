package dev.hotloop.corpus;

import dev.hotloop.annotations.Jit;

/**
 * Static calls to {@code java.lang.Math} and {@code StrictMath}: the exact ones (sqrt, abs,
 * min/max of every type with NaN and signed zeros, fma, floorDiv/floorMod, the *Exact family that
 * throws), the rounding ones, and the transcendental ones.
 */
final class MathKernels {
    private MathKernels() {}

    @Jit
    static double[] mathUnary(double x) {
        return new double[] {Math.sqrt(x), Math.abs(x), Math.exp(x), Math.log(x), Math.log10(x), Math.sin(x),
            Math.cos(x), Math.tan(x), Math.atan(x), Math.cbrt(x), Math.floor(x), Math.ceil(x), Math.rint(x),
            Math.signum(x), Math.ulp(x), Math.expm1(x), Math.log1p(x), Math.toRadians(x), Math.nextUp(x),
            Math.getExponent(x), Math.tanh(x), Math.asin(x)};
    }

    @Jit
    static double[] mathBinary(double a, double b) {
        return new double[] {Math.pow(a, b), Math.atan2(a, b), Math.hypot(a, b), Math.min(a, b), Math.max(a, b),
            Math.IEEEremainder(a, b), Math.copySign(a, b), Math.nextAfter(a, b), Math.fma(a, b, -a),
            Math.scalb(a, (int) b), Math.fma(a, a, b)};
    }

    @Jit
    static int[] mathInts(int a, int b) {
        return new int[] {Math.abs(a), Math.min(a, b), Math.max(a, b), Math.floorDiv(a, b), Math.floorMod(a, b),
            Math.absExact(a == Integer.MIN_VALUE ? 0 : a), Math.clamp(a, -5, 5), Math.addExact(a >> 1, b >> 1)};
    }

    @Jit
    static long[] mathLongs(long a, long b) {
        return new long[] {Math.abs(a), Math.min(a, b), Math.max(a, b), Math.floorDiv(a, b), Math.floorMod(a, b),
            Math.multiplyHigh(a, b), Math.unsignedMultiplyHigh(a, b), Math.floorMod(a, (int) b)};
    }

    @Jit
    static long exactOps(int a, long b) {
        return Math.addExact(a, a) + Math.multiplyExact(b, 3L) + Math.negateExact(a) + Math.toIntExact(b >> 8);
    }

    @Jit
    static float[] mathFloats(float a, float b) {
        return new float[] {Math.abs(a), Math.min(a, b), Math.max(a, b), Math.fma(a, b, a), Math.signum(a),
            Math.ulp(a), Math.copySign(a, b), Math.nextUp(a), Math.scalb(a, 3), (float) Math.sqrt(a)};
    }

    @Jit
    static long[] rounding(double x) {
        return new long[] {Math.round(x), Math.round((float) x), (long) Math.floor(x), (long) Math.ceil(x),
            Double.doubleToRawLongBits(Math.rint(x)), Math.round(x * 0.5)};
    }

    @Jit
    static double[] strictOps(double x, double y) {
        return new double[] {StrictMath.sin(x), StrictMath.cos(y), StrictMath.pow(x, y), StrictMath.exp(x),
            StrictMath.log(y), StrictMath.sqrt(x), StrictMath.cbrt(y), StrictMath.hypot(x, y),
            StrictMath.max(x, y), StrictMath.abs(y), StrictMath.floorMod((long) x, 7L)};
    }

    @Jit
    static void mathLoop(double[] a, double[] out) {
        for (int i = 0; i < a.length; i++) {
            out[i] = Math.sqrt(Math.abs(a[i])) + Math.max(a[i], 0.0) + Math.fma(a[i], a[i], 1.0) - Math.min(a[i], -0.0);
        }
    }

    @Jit
    static double transcendentalLoop(double[] a) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += Math.exp(-Math.abs(a[i])) * Math.sin(a[i]) + Math.log(1 + a[i] * a[i]);
        return s;
    }

    @Jit
    static int intMinMaxLoop(int[] a, long[] b) {
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (int i = 0; i < a.length; i++) {
            lo = Math.min(lo, a[i]);
            hi = Math.max(hi, Math.abs(a[i]));
        }
        long m = 0;
        for (int i = 0; i < b.length; i++) m = Math.max(m, Math.floorMod(b[i], 1000L));
        return lo ^ hi ^ (int) m;
    }
}
