package dev.hotloop.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.Hotloop;
import dev.hotloop.JitFunction;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per-type variants (DESIGN.md section 1, Semantics): a float[], int[] or long[] passed for a
 * double[] parameter is read converted and written back with a cast, in place; a scalar widens
 * as in Java; anything else is an IllegalArgumentException naming the parameter and both types.
 */
class PerTypeVariantTest {
    private static final JitFunction SCALE = Hotloop.jit(VariantKernels.class, "scaleInPlace");
    private static final JitFunction MISMATCH = Hotloop.jit(VariantKernels.class, "mismatch");

    static Stream<Arguments> lengths() {
        return IntStream.of(ArgSets.LENGTHS).boxed().flatMap(n -> Stream.of(
                Arguments.of(n, 2.0), Arguments.of(n, -0.75), Arguments.of(n, 1e10)));
    }

    @ParameterizedTest(name = "float[] into double[]: len={0} s={1}")
    @MethodSource("lengths")
    void floatArrayIntoDoubleArray(int n, double s) {
        float[] data = Values.floats(new Random(n * 31L + 1), n);
        float[] expected = data.clone(), actual = data.clone();
        double want = VariantKernels.scaleInPlaceFloat(expected, s);
        Object got = SCALE.invoke(actual, s);
        assertNull(Same.diff(want, got, "result"));
        assertNull(Same.diff(expected, actual, "array"));
    }

    @ParameterizedTest(name = "int[] into double[]: len={0} s={1}")
    @MethodSource("lengths")
    void intArrayIntoDoubleArray(int n, double s) {
        int[] data = Values.ints(new Random(n * 31L + 2), n);
        int[] expected = data.clone(), actual = data.clone();
        double want = VariantKernels.scaleInPlaceInt(expected, s);
        Object got = SCALE.invoke(actual, s);
        assertNull(Same.diff(want, got, "result"));
        assertNull(Same.diff(expected, actual, "array"));
    }

    @ParameterizedTest(name = "long[] into double[]: len={0} s={1}")
    @MethodSource("lengths")
    void longArrayIntoDoubleArray(int n, double s) {
        long[] data = Values.longs(new Random(n * 31L + 3), n);
        long[] expected = data.clone(), actual = data.clone();
        double want = VariantKernels.scaleInPlaceLong(expected, s);
        Object got = SCALE.invoke(actual, s);
        assertNull(Same.diff(want, got, "result"));
        assertNull(Same.diff(expected, actual, "array"));
    }

    static Stream<Arguments> scalars() {
        return Stream.of(Arguments.of(3, 3.0), Arguments.of(-7, -7.0), Arguments.of(Integer.MIN_VALUE, (double) Integer.MIN_VALUE),
                Arguments.of(Long.MAX_VALUE, (double) Long.MAX_VALUE), Arguments.of(0.1f, (double) 0.1f),
                Arguments.of((short) -2, -2.0), Arguments.of('x', (double) 'x'), Arguments.of((byte) 5, 5.0));
    }

    @ParameterizedTest(name = "scalar {0} widens to double {1}")
    @MethodSource("scalars")
    void scalarWidensToDouble(Object scalar, double widened) {
        double[] data = Values.doubles(new Random(99), 17);
        double[] expected = data.clone(), actual = data.clone();
        double want = VariantKernels.scaleInPlace(expected, widened);
        Object got = SCALE.invoke(actual, scalar);
        assertNull(Same.diff(want, got, "result"));
        assertNull(Same.diff(expected, actual, "array"));
    }

    static Stream<Arguments> mismatches() {
        return Stream.of(
                Arguments.of("boolean[] for double[]", new Object[] {new boolean[3], 1}, 0, "xs", "double[]", "boolean[]"),
                Arguments.of("double[][] for double[]", new Object[] {new double[2][2], 1}, 0, "xs", "double[]", "double[][]"),
                Arguments.of("String for double[]", new Object[] {"abc", 1}, 0, "xs", "double[]", "String"),
                Arguments.of("double for int", new Object[] {new double[3], 2.5}, 1, "count", "int", "double"),
                Arguments.of("long for int", new Object[] {new double[3], 2L}, 1, "count", "int", "long"),
                Arguments.of("int[] for int", new Object[] {new double[3], new int[1]}, 1, "count", "int", "int[]"));
    }

    @ParameterizedTest(name = "{0} -> IllegalArgumentException")
    @MethodSource("mismatches")
    void incompatibleArgumentIsRejected(String title, Object[] args, int index, String name, String declared, String given) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MISMATCH.invoke(args));
        String m = e.getMessage();
        assertTrue(m != null && namesParameter(m, index, name), "message should name parameter " + index + " (" + name + "): " + m);
        assertTrue(mentionsType(m, declared), "message should name the declared type " + declared + ": " + m);
        assertTrue(mentionsType(m, given), "message should name the given type " + given + ": " + m);
    }

    @ParameterizedTest(name = "wrong argument count {0}")
    @MethodSource("counts")
    void wrongArgumentCountIsRejected(int count) {
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) args[i] = i == 0 ? new double[1] : 1;
        assertThrows(IllegalArgumentException.class, () -> MISMATCH.invoke(args));
    }

    static IntStream counts() { return IntStream.of(0, 1, 3); }

    /** The parameter by its source name (kept in the class file by -g or -parameters) or its position. */
    private static boolean namesParameter(String m, int index, String name) {
        String l = m.toLowerCase(Locale.ROOT);
        return m.contains(name) || l.contains("parameter " + index) || l.contains("parameter " + (index + 1))
                || l.contains("argument " + index) || l.contains("argument " + (index + 1)) || l.contains("#" + index)
                || l.contains("arg" + index);
    }

    /**
     * A Java type by its source name ({@code double[]}), qualified or boxed ({@code java.lang.Double},
     * case-insensitive) or as a descriptor ({@code [D}); {@code double[]} inside {@code double[][]} does not count.
     */
    private static boolean mentionsType(String message, String type) {
        String m = message.toLowerCase(Locale.ROOT), t = type.toLowerCase(Locale.ROOT);
        for (int at = m.indexOf(t); at >= 0; at = m.indexOf(t, at + 1)) {
            int end = at + t.length();
            boolean longer = end < m.length() && (m.charAt(end) == '[' || Character.isLetterOrDigit(m.charAt(end)));
            boolean prefixed = at > 0 && Character.isLetterOrDigit(m.charAt(at - 1));
            if (!longer && !prefixed) return true;
        }
        String desc = switch (type) {
            case "double[]" -> "[D";
            case "boolean[]" -> "[Z";
            case "double[][]" -> "[[D";
            case "int[]" -> "[I";
            default -> null;
        };
        return desc != null && message.contains(desc) && !message.contains("[" + desc);
    }

    @ParameterizedTest(name = "variants are cached per argument type: {0}")
    @MethodSource("arrays")
    void eachArgumentTypeGetsItsVariant(Object array) {
        SCALE.invoke(array, 1.0);
        SCALE.invoke(array, 1.0);
        String elem = array.getClass().getComponentType().getName();
        assertTrue(SCALE.signatures().stream().anyMatch(s -> s.contains(elem + "[]")),
                "signatures should list a " + elem + "[] variant: " + SCALE.signatures());
        assertEquals(SCALE.signatures().size(), SCALE.stats().size());
    }

    static Stream<Object> arrays() { return Stream.of(new double[4], new float[4], new int[4], new long[4]); }
}
