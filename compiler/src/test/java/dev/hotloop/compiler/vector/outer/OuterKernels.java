package dev.hotloop.compiler.vector.outer;

/** Loop nests whose inner loop the inner-loop vectoriser refuses: the outer loop is the one to vectorise. */
final class OuterKernels {
    private OuterKernels() {}

    /** Escape counts of one row: the inner loop's trip count depends on the pixel. */
    static long mandelRow(int[] counts, int width, int maxIter, double ci) {
        long total = 0;
        for (int x = 0; x < width; x++) {
            double cr = -2.0 + 3.0 * x / width;
            double zr = 0.0, zi = 0.0;
            int k = 0;
            while (k < maxIter && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                k++;
            }
            counts[x] = k;
            total += k;
        }
        return total;
    }

    /** All-pairs accelerations: per body, a floating-point sum over j in order. */
    static void forces(double[] x, double[] y, double[] m, double[] ax, double[] ay, double eps2) {
        for (int i = 0; i < x.length; i++) {
            double sx = 0.0, sy = 0.0;
            for (int j = 0; j < x.length; j++) {
                double dx = x[j] - x[i], dy = y[j] - y[i];
                double inv = 1.0 / Math.sqrt(dx * dx + dy * dy + eps2);
                double s = m[j] * inv * inv * inv;
                sx += dx * s;
                sy += dy * s;
            }
            ax[i] = sx;
            ay[i] = sy;
        }
    }

    /** Per element, the first j with table[j] above it (n when none): an early-exit search per lane. */
    static void firstAbove(double[] values, double[] table, int[] out) {
        for (int i = 0; i < out.length; i++) {
            double v = values[i];
            int j = 0;
            while (j < table.length && table[j] <= v) j++;
            out[i] = j;
        }
    }

    /** Per element, the number of j (from 0) while table[j] stays below a cap; stops early past it. */
    static long clampedSearch(double[] values, double[] table, int[] out, int cap) {
        long sum = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i] * 0.5;
            int j = 0;
            double acc = 0.0;
            while (j < cap && j < table.length && acc <= v) {
                acc += table[j] * table[j];
                j++;
            }
            out[i] = j;
            sum += j;
        }
        return sum;
    }

    /** Iterates x = x*x*0.5 + c per element until it leaves [-4, 4] or maxIter: a pure data-dependent trip. */
    static void stepsUntil(double[] c, double[] result, int[] steps, int maxIter) {
        for (int i = 0; i < c.length; i++) {
            double x = 0.0;
            int k = 0;
            while (k < maxIter) {
                if (x > 4.0 || x < -4.0) break;
                x = x * x * 0.5 + c[i];
                k++;
            }
            result[i] = x;
            steps[i] = k;
        }
    }

    /**
     * An exit on a shared counter after a diamond, then an exit per lane: at maxIter every lane
     * still running leaves at once (a scalar branch), before that one by one; y is no header phi.
     */
    static void uniformThenLane(double[] c, double[] result, int[] steps, int maxIter) {
        for (int i = 0; i < c.length; i++) {
            double x = c[i];
            int k = 0;
            double y;
            while (true) {
                if (x > 0) x = x * 0.5;
                else x = 0.25 - x;
                y = x * x + c[i];
                k++;
                if (k >= maxIter) break;
                if (y > 2.0) break;
                x = y - 1.0;
            }
            result[i] = y * 2.0;
            steps[i] = k;
        }
    }

    /**
     * A store before an inner loop without shared loads (no vector iteration is ever abandoned
     * there), and a byte counter over the nest: a narrow reduction, truncated as Java does.
     */
    static byte storeBefore(double[] c, double[] start, int[] steps, int maxIter) {
        byte count = 0;
        for (int i = 0; i < c.length; i++) {
            double x = c[i] * 0.5;
            if (x < 0) start[i] = x;
            int k = 0;
            while (k < maxIter && x * x < 9.0) {
                x = x * x - 1.5 + c[i];
                k++;
            }
            steps[i] = k;
            count += k;
        }
        return count;
    }

    /** A draw before the inner loop: one vector of numbers per vector iteration (so not plain Java's numbers). */
    static void randomStart(int[] steps, int maxIter) {
        for (int i = 0; i < steps.length; i++) {
            double u = Math.random();
            int k = 0;
            while (k < maxIter && u < 0.9) {
                u = u * 1.1 + 0.01;
                k++;
            }
            steps[i] = k;
        }
    }

    /** Not vectorised: the inner loop reads table[idx] with an index that differs per lane. */
    static double gatherInside(double[] a, double[] table, int n) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double t = 0;
            for (int j = 0; j < n; j++) t += table[(i * j) & 7];
            a[i] = t;
        }
        return s;
    }

    /** Not vectorised: the inner loop stores. */
    static void storeInside(double[] a, int n) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < n; j++) a[i] = a[i] * 0.5 + j;
        }
    }

    /** Not vectorised: the array read at j is the one written at i. */
    static void readsWhatItWrites(double[] a) {
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < a.length; j++) s += a[j];
            a[i] = s;
        }
    }

    /** Left alone: two inner loops. */
    static void twoInner(double[] a, double[] b, int n) {
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += b[j];
            for (int j = 0; j < n; j++) s -= b[j] * 0.5;
            a[i] = s;
        }
    }

    /** Left alone: the inner loop vectorises by itself (an integer sum). */
    static void innerSums(long[] out, int[] b) {
        for (int i = 0; i < out.length; i++) {
            long s = 0;
            for (int j = 0; j < b.length; j++) s += b[j];
            out[i] = s + i;
        }
    }
}
