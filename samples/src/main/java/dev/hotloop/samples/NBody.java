package dev.hotloop.samples;

import dev.hotloop.Hotloop;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * An all-pairs n-body simulation: {@code n} bodies in a cube, at rest, falling together under
 * gravity, one {@link NBodyKernels#step} per time step ({@code n^2} pair interactions each).
 *
 * <p>Run it from the repository root:
 * <pre>
 * mvn -q -B -pl samples -am package -DskipTests -Dsample=NBody
 * </pre>
 * or {@code java --add-modules jdk.incubator.vector -cp ... dev.hotloop.samples.NBody [bodies steps]}
 * (default 4,096 bodies, 10 steps). It prints the time of the first step (compiling, then running
 * while HotSpot still interprets the new code), of the second, and the mean of the remaining steps
 * (steady state); a checksum (the sum of all coordinates after the last step), the total momentum
 * (zero at the start, and it should stay near zero), {@link Hotloop#report()} and {@code explain()}.
 */
public final class NBody {
    static final double DT = 1e-4;
    static final double EPS2 = 1e-3;

    private NBody() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 4096;
        int steps = Math.max(2, args.length > 1 ? Integer.parseInt(args[1]) : 10);
        Bodies b = new Bodies(n, 42);

        long t0 = System.nanoTime();
        b.step();
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "Elapsed (with compilation) = %.6fs%n", (t1 - t0) / 1e9);

        t0 = System.nanoTime();
        b.step();
        t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "Elapsed (after compilation) = %.6fs%n", (t1 - t0) / 1e9);

        if (steps > 2) {
            t0 = System.nanoTime();
            for (int s = 2; s < steps; s++) b.step();
            t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "Elapsed (steady state, mean of %d steps) = %.6fs%n", steps - 2,
                    (t1 - t0) / 1e9 / (steps - 2));
        }

        System.out.printf(Locale.ROOT, "checksum = %.9f, momentum = (%.3g, %.3g, %.3g) (%d bodies, %d steps, %d threads)%n",
                b.checksum(), b.momentum(b.vx), b.momentum(b.vy), b.momentum(b.vz), n, steps, Hotloop.threads());
        System.out.println(Hotloop.report());
        System.out.println(NBodyKernelsJit.stepFunction().explain());
    }

    /** The state of the simulation: positions in [-1, 1)^3, masses in [0.5, 1.5) / n, velocities zero. */
    static final class Bodies {
        final double[] x, y, z, vx, vy, vz, m, ax, ay, az;

        Bodies(int n, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            x = r.doubles(n, -1, 1).toArray();
            y = r.doubles(n, -1, 1).toArray();
            z = r.doubles(n, -1, 1).toArray();
            m = r.doubles(n, 0.5, 1.5).map(v -> v / n).toArray();
            vx = new double[n];
            vy = new double[n];
            vz = new double[n];
            ax = new double[n];
            ay = new double[n];
            az = new double[n];
        }

        /** One step compiled by Hotloop. */
        void step() {
            NBodyKernelsJit.step(x, y, z, vx, vy, vz, m, ax, ay, az, DT, EPS2);
        }

        /** One step in plain Java (the method called directly). */
        void stepPlain() {
            NBodyKernels.step(x, y, z, vx, vy, vz, m, ax, ay, az, DT, EPS2);
        }

        double checksum() {
            double s = 0;
            for (int i = 0; i < x.length; i++) s += x[i] + y[i] + z[i];
            return s;
        }

        double momentum(double[] v) {
            double p = 0;
            for (int i = 0; i < v.length; i++) p += m[i] * v[i];
            return p;
        }
    }
}
