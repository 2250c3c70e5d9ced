package dev.hotloop.bench.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The kernels of {@link SimdKernels} written by hand the way an expert would, with ForkJoin
 * ({@link Chunks}: a {@code RecursiveAction} on a pool of one worker per core) and the Vector API
 * at {@code SPECIES_PREFERRED} (512 bits, 8 doubles, on this AVX-512 machine). These are what
 * Hotloop's generated code is measured against ({@link SimdBench}); issue 4 asks for at least
 * 0.9x their speed.
 * <pre>
 * double[] a = ..., b = ...;
 * double s = HandKernels.dot(a, b);          // same signature and meaning as SimdKernels.dot
 * </pre>
 * Every kernel computes what its {@link SimdKernels} twin computes, with the same operations in
 * the same order per element, so the results are bit-identical to plain Java except where the
 * contract allows otherwise: {@link #blackScholes} and {@link #dot} (fastmath: lanewise
 * {@code EXP}/{@code LOG}, fused multiply-adds, lanes summed in any order) and
 * {@link #monteCarloPi} (its own random numbers, {@link LaneRandom}). Full vectors run unmasked;
 * the last partial vector of a range runs under an {@code indexInRange} mask. Arrays are assumed
 * rectangular and long enough, as the plain kernels would otherwise throw.
 */
public final class HandKernels {
    static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    static final VectorSpecies<Long> L = D.withLanes(long.class);
    /** Ints with as many lanes as {@link #D}: half its width. */
    static final VectorSpecies<Integer> I = VectorSpecies.of(int.class, VectorShape.forBitSize(D.vectorBitSize() / 2));
    private static final int VL = D.length();

    /** Samples per chunk of {@link #monteCarloPi}: ~100 us of work, far above the cost of a task. */
    private static final long PI_GRAIN = 1 << 16;
    /** Elements per chunk of the streaming kernels (dot, triad): 1,000 elements run inline. */
    private static final long STREAM_GRAIN = 1 << 15;
    /** Options per chunk of {@link #blackScholes} (two EXP and a LOG each: heavier than a stream). */
    private static final long OPTION_GRAIN = 1 << 12;
    /** Rows per chunk of the row kernels ({@link #goFast}, {@link #stencil}). */
    private static final long ROW_GRAIN = 8;
    /** Blocks of {@code VL} bodies per chunk of {@link #nbody}: each block costs {@code n} pair steps. */
    private static final long BODY_BLOCK_GRAIN = 2;

    /** Calls of {@link #monteCarloPi} so far: each call draws fresh numbers. */
    private static final AtomicLong PI_CALLS = new AtomicLong();

    private HandKernels() {}

    /**
     * Four times the share of {@code nsamples} random points in [0,1)^2 inside the unit circle.
     * Each chunk counts with its own {@link LaneRandom} stream: one vector of x and one of y per
     * step, the points inside counted with a mask ({@code trueCount}).
     */
    public static double monteCarloPi(long nsamples) {
        long seed = LaneRandom.lea64(PI_CALLS.incrementAndGet() * LaneRandom.GAMMA);
        long[] inside = new long[Chunks.count(nsamples, PI_GRAIN)];
        Chunks.run(nsamples, PI_GRAIN, (k, lo, hi) -> inside[k] = piChunk(seed, k, hi - lo));
        long acc = 0;
        for (long c : inside) acc += c;
        return 4.0 * acc / nsamples;
    }

    static long piChunk(long seed, int chunk, long n) {
        LongVector s = LaneRandom.start(L, seed, chunk);
        long acc = 0;
        long i = 0;
        for (long bound = n - n % VL; i < bound; i += VL) {
            DoubleVector x = LaneRandom.unit(s);
            s = LaneRandom.next(s);
            DoubleVector y = LaneRandom.unit(s);
            s = LaneRandom.next(s);
            acc += x.mul(x).add(y.mul(y)).compare(VectorOperators.LT, 1.0).trueCount();
        }
        if (i < n) {
            DoubleVector x = LaneRandom.unit(s);
            DoubleVector y = LaneRandom.unit(LaneRandom.next(s));
            VectorMask<Double> live = D.indexInRange(0, (int) (n - i));
            acc += x.mul(x).add(y.mul(y)).compare(VectorOperators.LT, 1.0).and(live).trueCount();
        }
        return acc;
    }

    /**
     * {@link #monteCarloPi} with Hotloop's generator, L64X128 in lanes ({@link LaneLxm}), written by
     * hand: the same chunks, counting and tail, only the draws differ. Against {@link #monteCarloPi}
     * it prices the generator; against Hotloop's code, everything else.
     */
    public static double monteCarloPiLxm(long nsamples) {
        long seed = LaneRandom.lea64(PI_CALLS.incrementAndGet() * LaneRandom.GAMMA);
        long[] inside = new long[Chunks.count(nsamples, PI_GRAIN)];
        Chunks.run(nsamples, PI_GRAIN, (k, lo, hi) -> inside[k] = piChunkLxm(seed, k, hi - lo));
        long acc = 0;
        for (long c : inside) acc += c;
        return 4.0 * acc / nsamples;
    }

    static long piChunkLxm(long seed, int chunk, long n) {
        long[] st = LaneLxm.start(VL, seed, chunk);
        LongVector a = LongVector.fromArray(L, st, 0), s = LongVector.fromArray(L, st, VL);
        LongVector x0 = LongVector.fromArray(L, st, 2 * VL), x1 = LongVector.fromArray(L, st, 3 * VL);
        long acc = 0;
        long i = 0;
        for (long bound = n - n % VL; i < bound; i += VL) {
            // two L64X128 steps of every lane, as KernelRandom.nextLong(): the output from the old state
            LongVector zx = s.add(x0);
            s = s.mul(LaneLxm.M).add(a);
            LongVector q1 = x1.lanewise(VectorOperators.XOR, x0);
            x0 = LaneLxm.nextX0(x0, q1);
            x1 = LaneLxm.nextX1(q1);
            LongVector zy = s.add(x0);
            s = s.mul(LaneLxm.M).add(a);
            q1 = x1.lanewise(VectorOperators.XOR, x0);
            x0 = LaneLxm.nextX0(x0, q1);
            x1 = LaneLxm.nextX1(q1);
            DoubleVector x = LaneLxm.unit(LaneLxm.mix(zx));
            DoubleVector y = LaneLxm.unit(LaneLxm.mix(zy));
            acc += x.mul(x).add(y.mul(y)).compare(VectorOperators.LT, 1.0).trueCount();
        }
        if (i < n) {
            // the state is not needed after the last draws: the second output needs only the first step's s and x0
            DoubleVector x = LaneLxm.unit(LaneLxm.mix(s.add(x0)));
            LongVector sy = s.mul(LaneLxm.M).add(a);
            DoubleVector y = LaneLxm.unit(LaneLxm.mix(sy.add(LaneLxm.nextX0(x0, x1.lanewise(VectorOperators.XOR, x0)))));
            VectorMask<Double> live = D.indexInRange(0, (int) (n - i));
            acc += x.mul(x).add(y.mul(y)).compare(VectorOperators.LT, 1.0).and(live).trueCount();
        }
        return acc;
    }

    /**
     * Mandelbrot escape counts, outer-loop vectorised: rows split over the pool (one row a chunk
     * at least, uneven work balanced by many chunks), lanes = {@code VL} neighbouring pixels of a
     * row, the escape loop run in lockstep under a mask of the lanes still iterating.
     */
    public static long mandelbrot(int[] counts, int width, int height, int maxIter) {
        long[] totals = new long[Chunks.count(height, 1)];
        Chunks.run(height, 1, (k, lo, hi) -> {
            long t = 0;
            for (int y = (int) lo; y < hi; y++) t += mandelbrotRow(counts, width, height, maxIter, y);
            totals[k] = t;
        });
        long total = 0;
        for (long t : totals) total += t;
        return total;
    }

    static long mandelbrotRow(int[] counts, int width, int height, int maxIter, int y) {
        DoubleVector ci = DoubleVector.broadcast(D, -1.2 + 2.4 * y / height);
        long total = 0;
        for (int x = 0; x < width; x += VL) {
            VectorMask<Double> pixels = D.indexInRange(x, width);
            // -2.0 + 3.0 * x / width, per lane: x + lane is exact in a double
            DoubleVector cr = DoubleVector.broadcast(D, x).addIndex(1).mul(3.0).div(width).add(-2.0);
            DoubleVector zr = DoubleVector.zero(D), zi = zr, steps = zr;
            VectorMask<Double> live = pixels;
            for (int k = 0; k < maxIter; k++) {
                DoubleVector zr2 = zr.mul(zr), zi2 = zi.mul(zi);
                live = live.and(zr2.add(zi2).compare(VectorOperators.LE, 4.0));
                if (!live.anyTrue()) break;
                // finished lanes keep stepping: their count no longer moves, and nothing traps
                DoubleVector t = zr2.sub(zi2).add(cr);
                zi = zr.mul(2.0).mul(zi).add(ci);
                zr = t;
                steps = steps.add(1.0, live);
            }
            ((IntVector) steps.convertShape(VectorOperators.D2I, I, 0)).intoArray(counts, y * width + x, pixels.cast(I));
            total += (long) steps.reduceLanes(VectorOperators.ADD); // small integers: exact in any order
        }
        return total;
    }

    /**
     * All-pairs accelerations, outer-loop vectorised: lanes = {@code VL} bodies {@code i}, the
     * loop over {@code j} broadcasts body {@code j} to every lane. Each lane adds its terms in
     * the order of {@code j}, as plain Java does, so the result is bit-identical. Blocks of
     * bodies are split over the pool.
     */
    public static void nbody(double[] x, double[] y, double[] z, double[] m,
                             double[] ax, double[] ay, double[] az, double eps2) {
        int blocks = (x.length + VL - 1) / VL;
        Chunks.run(blocks, BODY_BLOCK_GRAIN, (k, lo, hi) -> {
            for (int b = (int) lo; b < hi; b++) nbodyBlock(x, y, z, m, ax, ay, az, eps2, b * VL);
        });
    }

    static void nbodyBlock(double[] x, double[] y, double[] z, double[] m,
                           double[] ax, double[] ay, double[] az, double eps2, int i) {
        int n = x.length;
        VectorMask<Double> bodies = D.indexInRange(i, n);
        DoubleVector xi = DoubleVector.fromArray(D, x, i, bodies);
        DoubleVector yi = DoubleVector.fromArray(D, y, i, bodies);
        DoubleVector zi = DoubleVector.fromArray(D, z, i, bodies);
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        DoubleVector sx = DoubleVector.zero(D), sy = sx, sz = sx;
        for (int j = 0; j < n; j++) {
            DoubleVector dx = DoubleVector.broadcast(D, x[j]).sub(xi);
            DoubleVector dy = DoubleVector.broadcast(D, y[j]).sub(yi);
            DoubleVector dz = DoubleVector.broadcast(D, z[j]).sub(zi);
            DoubleVector inv = one.div(dx.mul(dx).add(dy.mul(dy)).add(dz.mul(dz)).add(eps2).sqrt());
            DoubleVector s = DoubleVector.broadcast(D, m[j]).mul(inv).mul(inv).mul(inv);
            sx = sx.add(dx.mul(s));
            sy = sy.add(dy.mul(s));
            sz = sz.add(dz.mul(s));
        }
        sx.intoArray(ax, i, bodies);
        sy.intoArray(ay, i, bodies);
        sz.intoArray(az, i, bodies);
    }

    /**
     * Black-Scholes call and put prices with lanewise {@code LOG}, {@code EXP} and {@code SQRT},
     * the normal CDF polynomial in fused multiply-adds and its sign case as a blend. Fastmath:
     * within a few ulps of plain Java, not bit-identical.
     */
    public static void blackScholes(double[] price, double[] strike, double[] years, double rate, double vol,
                                    double[] call, double[] put) {
        Chunks.run(price.length, OPTION_GRAIN, (k, lo, hi) -> {
            int i = (int) lo;
            for (; i <= hi - VL; i += VL) blackScholesLanes(price, strike, years, rate, vol, call, put, i, null);
            if (i < hi) blackScholesLanes(price, strike, years, rate, vol, call, put, i, D.indexInRange(i, (int) hi));
        });
    }

    /** One vector of options from {@code i}; all lanes when {@code live} is null (a constant once inlined). */
    static void blackScholesLanes(double[] price, double[] strike, double[] years, double rate, double vol,
                                  double[] call, double[] put, int i, VectorMask<Double> live) {
        DoubleVector s = load(price, i, live), x = load(strike, i, live), t = load(years, i, live);
        DoubleVector sqrtT = t.sqrt();
        DoubleVector volSqrtT = sqrtT.mul(vol);
        DoubleVector d1 = s.div(x).lanewise(VectorOperators.LOG).add(t.mul(rate + 0.5 * vol * vol)).div(volSqrtT);
        DoubleVector d2 = d1.sub(volSqrtT);
        DoubleVector cndd1 = cnd(d1), cndd2 = cnd(d2);
        DoubleVector xExpRT = x.mul(t.mul(-rate).lanewise(VectorOperators.EXP));
        store(s.mul(cndd1).sub(xExpRT.mul(cndd2)), call, i, live);
        store(xExpRT.mul(cndd2.neg().add(1.0)).sub(s.mul(cndd1.neg().add(1.0))), put, i, live);
    }

    /** {@link SimdKernels#cnd(double)} on every lane: Horner's rule in FMAs, {@code d > 0} as a blend. */
    static DoubleVector cnd(DoubleVector d) {
        DoubleVector k = DoubleVector.broadcast(D, 1.0).div(d.abs().fma(0.2316419, 1.0));
        DoubleVector poly = k.fma(1.330274429, -1.821255978);
        poly = poly.fma(k, DoubleVector.broadcast(D, 1.781477937));
        poly = poly.fma(k, DoubleVector.broadcast(D, -0.356563782));
        poly = poly.fma(k, DoubleVector.broadcast(D, 0.31938153)).mul(k);
        DoubleVector ret = d.mul(-0.5).mul(d).lanewise(VectorOperators.EXP).mul(0.3989422804014327).mul(poly);
        return ret.blend(ret.neg().add(1.0), d.compare(VectorOperators.GT, 0.0));
    }

    /** Dot product (fastmath): four vector accumulators of FMAs per chunk, lanes summed at the end, chunks in order. */
    public static double dot(double[] a, double[] b) {
        int chunks = Chunks.count(a.length, STREAM_GRAIN);
        if (chunks <= 1) return dotRange(a, b, 0, a.length);
        double[] part = new double[chunks];
        Chunks.run(a.length, STREAM_GRAIN, (k, lo, hi) -> part[k] = dotRange(a, b, (int) lo, (int) hi));
        double s = 0.0;
        for (double p : part) s += p;
        return s;
    }

    static double dotRange(double[] a, double[] b, int lo, int hi) {
        DoubleVector s0 = DoubleVector.zero(D), s1 = s0, s2 = s0, s3 = s0;
        int i = lo;
        for (; i <= hi - 4 * VL; i += 4 * VL) { // four independent chains hide the FMA latency
            s0 = DoubleVector.fromArray(D, a, i).fma(DoubleVector.fromArray(D, b, i), s0);
            s1 = DoubleVector.fromArray(D, a, i + VL).fma(DoubleVector.fromArray(D, b, i + VL), s1);
            s2 = DoubleVector.fromArray(D, a, i + 2 * VL).fma(DoubleVector.fromArray(D, b, i + 2 * VL), s2);
            s3 = DoubleVector.fromArray(D, a, i + 3 * VL).fma(DoubleVector.fromArray(D, b, i + 3 * VL), s3);
        }
        for (; i <= hi - VL; i += VL) s0 = DoubleVector.fromArray(D, a, i).fma(DoubleVector.fromArray(D, b, i), s0);
        if (i < hi) {
            VectorMask<Double> live = D.indexInRange(i, hi);
            s1 = DoubleVector.fromArray(D, a, i, live).fma(DoubleVector.fromArray(D, b, i, live), s1);
        }
        return s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
    }

    /** STREAM triad {@code a = b + s*c}, exact (a multiply then an add, not an FMA), chunks over the pool. */
    public static void triad(double[] a, double[] b, double[] c, double s) {
        Chunks.run(a.length, STREAM_GRAIN, (k, lo, hi) -> triadRange(a, b, c, s, (int) lo, (int) hi));
    }

    static void triadRange(double[] a, double[] b, double[] c, double s, int lo, int hi) {
        int i = lo;
        for (; i <= hi - VL; i += VL) {
            DoubleVector.fromArray(D, c, i).mul(s).add(DoubleVector.fromArray(D, b, i)).intoArray(a, i);
        }
        if (i < hi) {
            VectorMask<Double> live = D.indexInRange(i, hi);
            DoubleVector.fromArray(D, c, i, live).mul(s).add(DoubleVector.fromArray(D, b, i, live)).intoArray(a, i, live);
        }
    }

    /**
     * {@code go_fast}: the trace of {@code tanh} over the diagonal in order on the caller ({@code n}
     * scalar {@code Math.tanh} calls, exact, small next to the {@code n*m} additions), then rows in
     * parallel, each allocated by the task that fills it (still in its cache) and added to with vectors.
     */
    public static double[][] goFast(double[][] a) {
        int n = a.length;
        double trace = 0.0;
        for (int i = 0; i < n; i++) trace += Math.tanh(a[i][i]);
        int m = n == 0 ? 0 : a[0].length;
        double[][] r = new double[n][];
        double tr = trace;
        Chunks.run(n, ROW_GRAIN, (k, lo, hi) -> {
            for (int i = (int) lo; i < hi; i++) r[i] = plusRow(a[i], m, tr);
        });
        return r;
    }

    static double[] plusRow(double[] row, int m, double trace) {
        double[] out = new double[m];
        int j = 0;
        for (; j <= m - VL; j += VL) DoubleVector.fromArray(D, row, j).add(trace).intoArray(out, j);
        if (j < m) {
            VectorMask<Double> live = D.indexInRange(j, m);
            DoubleVector.fromArray(D, row, j, live).add(trace).intoArray(out, j, live);
        }
        return out;
    }

    /** 5-point stencil: interior rows split over the pool, each row with unaligned vector loads at j-1, j, j+1. */
    public static void stencil(double[][] in, double[][] out) {
        Chunks.run(in.length - 2, ROW_GRAIN, (k, lo, hi) -> {
            for (int i = (int) lo + 1; i <= hi; i++) stencilRow(in[i - 1], in[i], in[i + 1], out[i]);
        });
    }

    static void stencilRow(double[] up, double[] row, double[] down, double[] out) {
        int hi = row.length - 1;
        int j = 1;
        for (; j <= hi - VL; j += VL) {
            DoubleVector.fromArray(D, row, j).add(DoubleVector.fromArray(D, up, j)).add(DoubleVector.fromArray(D, down, j))
                    .add(DoubleVector.fromArray(D, row, j - 1)).add(DoubleVector.fromArray(D, row, j + 1))
                    .mul(0.2).intoArray(out, j);
        }
        if (j < hi) {
            VectorMask<Double> live = D.indexInRange(j, hi);
            DoubleVector.fromArray(D, row, j, live).add(DoubleVector.fromArray(D, up, j, live))
                    .add(DoubleVector.fromArray(D, down, j, live)).add(DoubleVector.fromArray(D, row, j - 1, live))
                    .add(DoubleVector.fromArray(D, row, j + 1, live)).mul(0.2).intoArray(out, j, live);
        }
    }

    private static DoubleVector load(double[] a, int i, VectorMask<Double> live) {
        return live == null ? DoubleVector.fromArray(D, a, i) : DoubleVector.fromArray(D, a, i, live);
    }

    private static void store(DoubleVector v, double[] a, int i, VectorMask<Double> live) {
        if (live == null) v.intoArray(a, i);
        else v.intoArray(a, i, live);
    }
}
