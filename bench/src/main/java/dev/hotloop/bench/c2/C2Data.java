package dev.hotloop.bench.c2;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.SplittableRandom;

/** The arrays of {@link C2Bench}: {@code size} elements of each type, from a fixed seed (divisors away from 0). */
@State(Scope.Thread)
public class C2Data {
    @Param({"1000", "100000"})
    public int size;

    public double[] da, db, dc;
    public float[] fa, fb;
    public int[] ia, ib, ic;
    public long[] la, lb, lc;
    /** 10 rows of {@code size / 10} doubles. */
    public double[][] ga, gr;

    @Setup(Level.Trial)
    public void fill() {
        SplittableRandom r = new SplittableRandom(42);
        da = r.doubles(size, 0.5, 2).toArray();
        db = r.doubles(size, 0.5, 2).toArray();
        dc = new double[size];
        fa = new float[size];
        fb = new float[size];
        for (int i = 0; i < size; i++) {
            fa[i] = (float) r.nextDouble(-1, 1);
            fb[i] = (float) r.nextDouble(-1, 1);
        }
        ia = r.ints(size, -1000, 1000).toArray();
        ib = r.ints(size, -1000, 1000).toArray();
        ic = new int[size];
        la = r.longs(size, -1000, 1000).toArray();
        lb = r.longs(size, -1000, 1000).toArray();
        lc = new long[size];
        ga = new double[10][];
        for (int i = 0; i < 10; i++) ga[i] = r.doubles(size / 10, -1, 1).toArray();
        gr = new double[10][size / 10];
    }
}
