package dev.hotloop.vector;

import dev.hotloop.corpus.Differential;
import dev.hotloop.corpus.Same;
import java.lang.reflect.Array;
import java.util.function.Function;

/**
 * How a compiled result must agree with plain Java. Without fastmath: bit for bit ({@link #EXACT}).
 * With it, DESIGN.md allows two things, each with its documented bound:
 * <ul>
 * <li>{@link #ulps}: transcendentals from the Vector API. {@code Math.exp/log/sin/tanh} are within
 *     1 ulp of the exact result and so are the Vector API's versions, so the two are within
 *     2 ulps of each other (of the plain result's ulp), element by element.</li>
 * <li>{@link #sum}: reassociated (and FMA-contracted) sums. Summing n terms in any order errs by
 *     at most n·u·Σ|term| (u = 2^-53 for double, 2^-24 for float; Higham, <i>Accuracy and
 *     Stability of Numerical Algorithms</i>, §4.2), so two orders differ by at most
 *     2(n+1)·u·Σ|term|. A NaN result must be NaN in both. When Σ|term| overflows, partial sums
 *     may overflow in one order and not another, and the result is not compared.</li>
 * </ul>
 * <pre>Tolerance.sum(args -> abs((double[]) args[0]))   // fastSum(double[] a)</pre>
 */
interface Tolerance {
    /** The comparison for one argument set (a sum's bound depends on its terms). */
    Differential.Diff forCase(Object[] args);

    Tolerance EXACT = args -> Same::diff;

    /** Floating-point results and array elements within {@code k} ulps of plain Java's. */
    static Tolerance ulps(int k) {
        return args -> (e, a, where) -> ulpDiff(e, a, where, k);
    }

    /** A sum of the terms {@code terms(args)} (as doubles), in any order. */
    static Tolerance sum(Function<Object[], double[]> terms) {
        return args -> {
            double[] t = terms.apply(args);
            double scale = 0;
            for (double x : t) scale += Math.abs(x);
            double scaleTimesN = 2.0 * (t.length + 1) * scale;
            return (e, a, where) -> sumDiff(e, a, where, scaleTimesN);
        };
    }

    private static String ulpDiff(Object e, Object a, String where, int k) {
        if (e != null && a != null && e.getClass().isArray() && e.getClass() == a.getClass()
                && !(e instanceof Object[]) && Array.getLength(e) == Array.getLength(a)) {
            for (int i = 0; i < Array.getLength(e); i++) {
                String d = ulpDiff(Array.get(e, i), Array.get(a, i), where + "[" + i + "]", k);
                if (d != null) return d;
            }
            return null;
        }
        if (e instanceof Double x && a instanceof Double y) {
            if (Double.compare(x, y) == 0 || Double.isNaN(x) && Double.isNaN(y)) return null;
            if (Double.isFinite(x) && Math.abs(x - y) <= k * Math.ulp(x)) return null;
            return where + ": expected " + x + " but was " + y + ", more than " + k + " ulps apart";
        }
        if (e instanceof Float x && a instanceof Float y) {
            if (Float.compare(x, y) == 0 || Float.isNaN(x) && Float.isNaN(y)) return null;
            if (Float.isFinite(x) && Math.abs(x - y) <= k * Math.ulp(x)) return null;
            return where + ": expected " + x + "f but was " + y + "f, more than " + k + " ulps apart";
        }
        return Same.diff(e, a, where);
    }

    /** {@code scaleTimesN} is 2(n+1)·Σ|term|; the unit roundoff depends on the result's type. */
    private static String sumDiff(Object e, Object a, String where, double scaleTimesN) {
        double x, y, u;
        if (e instanceof Double d && a instanceof Double f) {
            x = d; y = f; u = 0x1p-53;
        } else if (e instanceof Float d && a instanceof Float f) {
            x = d; y = f; u = 0x1p-24;
        } else {
            return Same.diff(e, a, where);
        }
        if (Double.compare(x, y) == 0) return null;
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.isNaN(x) && Double.isNaN(y) ? null : where + ": expected " + x + " but was " + y + " (NaN in one order only)";
        }
        if (!Double.isFinite(scaleTimesN)) return null; // the terms overflow: any order may overflow differently
        double bound = scaleTimesN * u;
        if (Math.abs(x - y) <= bound) return null;
        return where + ": expected " + x + " but was " + y + ", apart by " + Math.abs(x - y) + " > bound " + bound;
    }
}
