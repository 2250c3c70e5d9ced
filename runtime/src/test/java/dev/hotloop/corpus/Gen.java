package dev.hotloop.corpus;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * How to make one argument of a kernel: a random value for a case of a given array length, and
 * the edge values worth trying on purpose. Array generators have no scalar edges; the harness
 * tries them at the edge lengths, as null, and aliased instead.
 * <pre>kernel(ArithmeticKernels.class, "intArith", Gen.INT, Gen.INT)</pre>
 */
public record Gen(String name, boolean array, BiFunction<Random, Integer, Object> random,
                  IntFunction<List<Object>> edges) {

    /** A random value for a case whose arrays have {@code len} elements. */
    public Object next(Random r, int len) { return random.apply(r, len); }

    /** Edge values for a case whose arrays have {@code len} elements (empty for arrays). */
    public List<Object> edgesFor(int len) { return edges.apply(len); }

    public static Gen scalar(String name, BiFunction<Random, Integer, Object> random, IntFunction<List<Object>> edges) {
        return new Gen(name, false, random, edges);
    }

    public static Gen scalar(String name, BiFunction<Random, Integer, Object> random, List<Object> edges) {
        return new Gen(name, false, random, len -> edges);
    }

    public static Gen array(String name, BiFunction<Random, Integer, Object> random) {
        return new Gen(name, true, random, len -> List.of());
    }

    // ---- scalars -------------------------------------------------------------------------

    public static final Gen INT = scalar("int", (r, n) -> Values.anInt(r),
            List.of(0, 1, -1, 2, -7, 31, 1 << 20, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE + 1));
    public static final Gen LONG = scalar("long", (r, n) -> Values.aLong(r),
            List.of(0L, 1L, -1L, 3L, -1L << 40, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1,
                    (long) Integer.MIN_VALUE, 0xFFFF_FFFFL));
    public static final Gen DOUBLE = scalar("double", (r, n) -> Values.aDouble(r), List.copyOf(Values.DOUBLE_EDGES));
    public static final Gen FLOAT = scalar("float", (r, n) -> Values.aFloat(r), List.copyOf(Values.FLOAT_EDGES));
    public static final Gen BYTE = scalar("byte", (r, n) -> (byte) r.nextInt(),
            List.of((byte) 0, (byte) 1, (byte) -1, Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0x55));
    public static final Gen SHORT = scalar("short", (r, n) -> (short) r.nextInt(),
            List.of((short) 0, (short) 1, (short) -1, Short.MIN_VALUE, Short.MAX_VALUE, (short) 0x5555));
    public static final Gen CHAR = scalar("char", (r, n) -> Values.aChar(r),
            List.of('\0', 'a', 'z', 'A', '\u7fff', '\u8000', '\uffff'));
    public static final Gen BOOLEAN = scalar("boolean", (r, n) -> r.nextBoolean(), List.of(false, true));
    /** Shift counts, including counts past the width and negative ones. */
    public static final Gen SHIFT = scalar("shift", (r, n) -> r.nextInt(200) - 70,
            List.of(0, 1, 7, 8, 31, 32, 33, 63, 64, 65, -1, -31, -32, -33, Integer.MIN_VALUE, Integer.MAX_VALUE));
    /** A size: usually the case's length; -1 as an edge (negative array size). */
    public static final Gen LEN = scalar("len", (r, n) -> n, n -> List.of(0, 1, 2, n, -1));
    /** A trip count near the array length: below it, at it, or past it (the loop must throw at the same element). */
    public static final Gen LEN_AROUND = scalar("len around", (r, n) -> Math.max(0, n + r.nextInt(5) - 2), n -> List.of(0, n - 1, n, n + 1, n + 9));
    /** A long trip count, like {@link #LEN}. */
    public static final Gen LONG_LEN = scalar("long len", (r, n) -> (long) n, n -> List.of(0L, 1L, (long) n, -5L));
    /** An index into an array of the case's length: in range at random, out of range at the edges. */
    public static final Gen INDEX = scalar("index", (r, n) -> n == 0 ? 0 : r.nextInt(n),
            n -> List.of(0, n - 1, n, -1, Integer.MIN_VALUE, Integer.MAX_VALUE));
    /** A row index for the small row counts of {@link #MATRIX}: usually in range, out of it at the edges. */
    public static final Gen ROW = scalar("row", (r, n) -> r.nextInt(4), List.of(0, 1, 4, 5, -1));
    /** Switch keys: the case labels of {@code ControlKernels.sparseSwitch}, their neighbours, and random ints. */
    public static final Gen INT_SWITCH = scalar("switch key", (r, n) -> r.nextBoolean() ? r.nextInt(9) - 2 : r.nextInt(),
            List.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1001, -1000, -999, -1, 0, 1, 2, 999, 1000, 65536, 65535,
                    Integer.MAX_VALUE - 1, Integer.MAX_VALUE));

    /** Every int in {@code [lo, hi]} as an edge (for dense switches). */
    public static Gen scalarRange(int lo, int hi) {
        List<Object> all = new java.util.ArrayList<>();
        for (int i = lo; i <= hi; i++) all.add(i);
        return scalar("int " + lo + ".." + hi, (r, n) -> lo + r.nextInt(hi - lo + 1), List.copyOf(all));
    }

    /** A small non-negative int for recursion depth and table sizes. */
    public static final Gen SMALL = scalar("small", (r, n) -> r.nextInt(24), List.of(-3, 0, 1, 2, 3, 20, 24));

    // ---- arrays ------------------------------------------------------------------------

    public static final Gen DOUBLES = array("double[]", Values::doubles);
    public static final Gen FLOATS = array("float[]", Values::floats);
    public static final Gen INTS = array("int[]", Values::ints);
    public static final Gen LONGS = array("long[]", Values::longs);
    public static final Gen BYTES = array("byte[]", Values::bytes);
    public static final Gen SHORTS = array("short[]", Values::shorts);
    public static final Gen CHARS = array("char[]", Values::chars);
    public static final Gen BOOLEANS = array("boolean[]", Values::booleans);
    /** A rectangular {@code double[rows][len]}, rows a small function of len. */
    public static final Gen MATRIX = array("double[][]", Values::matrix);
    /** A square {@code double[k][k]} with k = min(len, 12). */
    public static final Gen SQUARE = array("double[][] square", Values::square);
    /** A jagged {@code double[][]}: rows of different lengths. */
    public static final Gen JAGGED = array("double[][] jagged", Values::jagged);
    /** A jagged {@code int[][]}. */
    public static final Gen INT_JAGGED = array("int[][] jagged", Values::intJagged);
}
