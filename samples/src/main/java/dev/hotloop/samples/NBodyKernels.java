package dev.hotloop.samples;

import dev.hotloop.annotations.Jit;
import dev.hotloop.annotations.Parallel;

/**
 * The kernel of the {@link NBody} sample: one time step of {@code n} bodies under gravity, all
 * pairs. Two {@code @Parallel} loops: accelerations (each body sums the pull of all bodies in
 * order of {@code j}), then velocities and positions (symplectic Euler: kick, then drift). The
 * inner sums are floating-point reductions without fastmath, so Hotloop keeps their order: the
 * loop to vectorise is the one over bodies {@code i} (a lane per body), which gives the bits of
 * plain Java. The annotation processor generates {@code NBodyKernelsJit.step(...)}.
 */
public final class NBodyKernels {
    private NBodyKernels() {}

    /**
     * Advances positions {@code x, y, z} and velocities {@code vx, vy, vz} by {@code dt}; {@code m}
     * holds the masses (with G = 1), {@code eps2} softens close encounters, {@code ax, ay, az} receive
     * the accelerations of this step.
     */
    @Jit(parallel = true)
    public static void step(double[] x, double[] y, double[] z, double[] vx, double[] vy, double[] vz,
                            double[] m, double[] ax, double[] ay, double[] az, double dt, double eps2) {
        for (@Parallel int i = 0; i < x.length; i++) {
            double sx = 0.0, sy = 0.0, sz = 0.0;
            for (int j = 0; j < x.length; j++) {
                double dx = x[j] - x[i], dy = y[j] - y[i], dz = z[j] - z[i];
                double inv = 1.0 / Math.sqrt(dx * dx + dy * dy + dz * dz + eps2);
                double s = m[j] * inv * inv * inv;
                sx += dx * s;
                sy += dy * s;
                sz += dz * s;
            }
            ax[i] = sx;
            ay[i] = sy;
            az[i] = sz;
        }
        for (@Parallel int i = 0; i < x.length; i++) {
            vx[i] += ax[i] * dt;
            vy[i] += ay[i] * dt;
            vz[i] += az[i] * dt;
            x[i] += vx[i] * dt;
            y[i] += vy[i] * dt;
            z[i] += vz[i] * dt;
        }
    }
}
