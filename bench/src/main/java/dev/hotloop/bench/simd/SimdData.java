package dev.hotloop.bench.simd;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.SplittableRandom;

/**
 * The inputs of {@link SimdBench}'s fixed-size kernels (dot and triad take {@code ArrayData}'s two
 * sizes instead), filled from a fixed seed:
 * <ul>
 * <li>MonteCarloPi: {@value #PI_SAMPLES} samples;</li>
 * <li>Mandelbrot: {@value #WIDTH} x {@value #HEIGHT} pixels, at most {@value #MAX_ITER} steps;</li>
 * <li>n-body: {@value #BODIES} bodies, positions in [-1, 1)^3, masses in [0.5, 1.5);</li>
 * <li>Black-Scholes: {@value #OPTIONS} options, Numba's ranges (price 5-30, strike 1-100, 0.25-10 years);</li>
 * <li>go_fast and the stencil: {@value #GRID} x {@value #GRID} matrices.</li>
 * </ul>
 */
@State(Scope.Thread)
public class SimdData {
    public static final long PI_SAMPLES = 10_000_000L;
    public static final int WIDTH = 800;
    public static final int HEIGHT = 600;
    public static final int MAX_ITER = 256;
    public static final int BODIES = 2_000;
    public static final int OPTIONS = 1_000_000;
    public static final int GRID = 1_000;
    public static final double RATE = 0.02;
    public static final double VOL = 0.30;

    public int[] counts;
    public double[] x, y, z, m, ax, ay, az;
    public double[] price, strike, years, call, put;
    public double[][] grid, out;

    @Setup(Level.Trial)
    public void fill() {
        fill(BODIES, OPTIONS, GRID);
    }

    /** Fills every array at the given sizes (tests use small ones). */
    public void fill(int bodies, int options, int gridSize) {
        SplittableRandom rnd = new SplittableRandom(42);
        counts = new int[WIDTH * HEIGHT];
        x = rnd.doubles(bodies, -1, 1).toArray();
        y = rnd.doubles(bodies, -1, 1).toArray();
        z = rnd.doubles(bodies, -1, 1).toArray();
        m = rnd.doubles(bodies, 0.5, 1.5).toArray();
        ax = new double[bodies];
        ay = new double[bodies];
        az = new double[bodies];
        price = rnd.doubles(options, 5, 30).toArray();
        strike = rnd.doubles(options, 1, 100).toArray();
        years = rnd.doubles(options, 0.25, 10).toArray();
        call = new double[options];
        put = new double[options];
        grid = new double[gridSize][];
        for (int i = 0; i < gridSize; i++) grid[i] = rnd.doubles(gridSize, -1, 1).toArray();
        out = new double[gridSize][gridSize];
    }
}
