package dev.hotloop.runtime;

import dev.hotloop.compiler.ir.Type;

import java.util.Arrays;

/**
 * One argument of a ufunc or gufunc call, classified: a boxed scalar, or a primitive array of one
 * or two dimensions with its shape. Two-dimensional arrays must be rectangular.
 * <pre>
 * of("parameter 0 (x)", new double[][] {{1, 2}, {3, 4}, {5, 6}}) ==> type f64[][], shape [3, 2]
 * of("parameter 1 (y)", 2.5f)                                   ==> type f32, scalar
 * of("out", new double[][] {{1}, {2, 3}})                        ==> IllegalArgumentException: out is ragged: row 0 has 1 element, row 1 has 2
 * </pre>
 *
 * @param what  how messages name the argument: {@code parameter 1 (y)}, {@code out}
 * @param type  the scalar type or the array type
 * @param shape null for a scalar; {@code [n]} or {@code [rows, cols]} ({@code [0, 0]} for no rows)
 */
public record UfuncArg(String what, Object value, Type type, int[] shape) {
    /** @throws NullPointerException naming the argument (or its row) when it is null */
    public static UfuncArg of(String what, Object value) {
        if (value == null) throw new NullPointerException(what + " is null");
        Type scalar = Scalars.typeOf(value);
        if (scalar != null) return new UfuncArg(what, value, scalar, null);
        Class<?> c = value.getClass();
        if (!ArgTypes.isKernelClass(c) || !c.isArray()) {
            throw new IllegalArgumentException(what + " is a " + c.getTypeName()
                    + ": expected a primitive scalar or a 1-D or 2-D primitive array");
        }
        Type t = Type.of(c);
        if (t.dims() == 1) return new UfuncArg(what, value, t, new int[] {java.lang.reflect.Array.getLength(value)});
        Object[] rows = (Object[]) value;
        int cols = 0;
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) throw new NullPointerException(what + " row " + r + " is null");
            int n = java.lang.reflect.Array.getLength(rows[r]);
            if (r == 0) cols = n;
            else if (n != cols) {
                throw new IllegalArgumentException(what + " is ragged: row 0 has " + cols + " element" + (cols == 1 ? "" : "s")
                        + ", row " + r + " has " + n + "; ufuncs take rectangular 2-D arrays");
            }
        }
        return new UfuncArg(what, value, t, new int[] {rows.length, cols});
    }

    public boolean isArray() { return shape != null; }

    /** The element type of an array, or the scalar's type. */
    public Type elem() { return type.isArray() ? type.base() : type; }

    /** Number of elements of an array (1 for a scalar). */
    public long size() {
        long n = 1;
        if (shape != null) for (int d : shape) n *= d;
        return n;
    }

    public String shapeText() { return shape == null ? "scalar" : Arrays.toString(shape); }

    /** The array shape of a call: every array argument's, which must agree; null when all are scalars. */
    static int[] commonShape(UfuncArg[] args) {
        UfuncArg first = null;
        for (UfuncArg a : args) {
            if (!a.isArray()) continue;
            if (first == null) first = a;
            else if (!Arrays.equals(first.shape, a.shape)) {
                throw new IllegalArgumentException(a.what + " has shape " + a.shapeText() + " but " + first.what
                        + " has shape " + first.shapeText() + ": arrays of a ufunc call must have one shape "
                        + "(scalars broadcast)");
            }
        }
        return first == null ? null : first.shape;
    }
}
