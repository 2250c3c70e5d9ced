package dev.hotloop.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.SplittableRandom;

/** The arrays the array kernels work on: {@code size} random doubles in [-1, 1), fixed seed. */
@State(Scope.Thread)
public class ArrayData {
    @Param({"1000", "1000000"})
    public int size;

    public double[] a;
    public double[] b;
    public double[] c;
    public double s = 1.5;

    @Setup(Level.Trial)
    public void fill() {
        SplittableRandom rnd = new SplittableRandom(42);
        a = new double[size];
        b = new double[size];
        c = new double[size];
        for (int i = 0; i < size; i++) {
            a[i] = rnd.nextDouble(-1, 1);
            b[i] = rnd.nextDouble(-1, 1);
            c[i] = rnd.nextDouble(-1, 1);
        }
    }
}
