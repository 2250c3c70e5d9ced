package dev.hotloop.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds the argument sets of one kernel: seeded random ones, every edge length around the
 * vector widths, special array contents, scalar edge values (all pairs when there are few),
 * a null for each array parameter, and aliasing (one array passed for two parameters).
 * <pre>List&lt;Case&gt; cases = ArgSets.of(spec);   // "random #0 len=9", "len=64", "null p1", "alias p2=p1", ...</pre>
 * The seed comes from the kernel's name, so every run draws the same values.
 */
public final class ArgSets {
    /** Lengths around the vector widths (2, 4, 8, 16 lanes) and the unrolled tails. */
    static final int[] LENGTHS = {0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65};
    private static final int RANDOM_CASES = 8;
    private static final int MAX_CROSS = 300;

    private ArgSets() {}

    public static List<Case> of(KernelSpec k) {
        return of(k, LENGTHS, new int[] {9, 17});
    }

    /**
     * The argument sets of {@code k} with other array lengths: random cases draw their length from
     * {@code lengths} (or up to 200), one case per length, and arrays of special values at each of
     * {@code specialLengths}.
     */
    public static List<Case> of(KernelSpec k, int[] lengths, int[] specialLengths) {
        Random r = new Random(k.title().hashCode() * 0x9E3779B97F4A7C15L);
        List<Gen> g = k.params();
        List<Case> out = new ArrayList<>();
        for (int c = 0; c < RANDOM_CASES; c++) {
            int len = r.nextInt(3) == 0 ? r.nextInt(200) : lengths[r.nextInt(lengths.length)];
            out.add(new Case("random #" + c + " len=" + len, draw(g, r, len)));
        }
        if (sized(g)) {
            for (int len : lengths) out.add(new Case("len=" + len, draw(g, r, len)));
            specials(g, r, specialLengths, out);
            nulls(g, r, out);
            aliases(g, r, out);
        }
        edges(g, r, out);
        return out;
    }

    private static boolean sized(List<Gen> g) {
        return g.stream().anyMatch(x -> x.array() || x == Gen.LEN || x == Gen.LONG_LEN || x == Gen.INDEX);
    }

    private static Object[] draw(List<Gen> g, Random r, int len) {
        Object[] a = new Object[g.size()];
        for (int i = 0; i < a.length; i++) a[i] = g.get(i).next(r, len);
        return a;
    }

    private static void specials(List<Gen> g, Random r, int[] lengths, List<Case> out) {
        for (int len : lengths) {
            Object[] a = draw(g, r, len);
            boolean any = false;
            for (int i = 0; i < a.length; i++) {
                Object s = a[i] == null ? null : Values.specials(a[i], len);
                if (s != null) { a[i] = s; any = true; }
            }
            if (any) out.add(new Case("special values len=" + len, a));
        }
    }

    private static void nulls(List<Gen> g, Random r, List<Case> out) {
        for (int i = 0; i < g.size(); i++) {
            if (!g.get(i).array()) continue;
            Object[] a = draw(g, r, 8);
            a[i] = null;
            out.add(new Case("null p" + i, a));
        }
        // a null row inside a 2-D argument
        for (int i = 0; i < g.size(); i++) {
            if (!g.get(i).array()) continue;
            Object[] a = draw(g, r, 9);
            if (a[i] instanceof Object[] rows && rows.length > 1) {
                rows[rows.length / 2] = null;
                out.add(new Case("null row in p" + i, a));
            }
        }
    }

    private static void aliases(List<Gen> g, Random r, List<Case> out) {
        for (int len : new int[] {1, 17, 64}) {
            Object[] a = draw(g, r, len);
            for (int i = 0; i < a.length; i++) {
                for (int j = i + 1; j < a.length; j++) {
                    if (g.get(i).array() && g.get(j).array() && a[i].getClass() == a[j].getClass()) {
                        Object[] b = a.clone();
                        b[j] = b[i];
                        out.add(new Case("alias p" + j + "=p" + i + " len=" + len, b));
                    }
                }
            }
        }
    }

    /** Scalar edges: every combination when there are few, else the edges of each parameter in step. */
    private static void edges(List<Gen> g, Random r, List<Case> out) {
        int len = 9;
        List<List<Object>> e = new ArrayList<>();
        long cross = 1;
        int widest = 0;
        for (Gen x : g) {
            List<Object> v = x.edgesFor(len);
            e.add(v);
            if (!v.isEmpty()) { cross *= v.size(); widest = Math.max(widest, v.size()); }
        }
        if (widest == 0) return;
        if (cross <= MAX_CROSS) {
            int[] idx = new int[g.size()];
            for (long c = 0; c < cross; c++) {
                Object[] a = draw(g, r, len);
                StringBuilder name = new StringBuilder("edge");
                long rest = c;
                for (int i = 0; i < a.length; i++) {
                    if (e.get(i).isEmpty()) continue;
                    idx[i] = (int) (rest % e.get(i).size());
                    rest /= e.get(i).size();
                    a[i] = e.get(i).get(idx[i]);
                    name.append(" p").append(i).append('=').append(Same.show(a[i]));
                }
                out.add(new Case(name.toString(), a));
            }
        } else {
            for (int c = 0; c < widest; c++) {
                Object[] a = draw(g, r, len);
                StringBuilder name = new StringBuilder("edge-zip");
                for (int i = 0; i < a.length; i++) {
                    List<Object> v = e.get(i);
                    if (v.isEmpty()) continue;
                    a[i] = v.get((c + i) % v.size());
                    name.append(" p").append(i).append('=').append(Same.show(a[i]));
                }
                out.add(new Case(name.toString(), a));
            }
        }
    }
}
