package dev.hotloop.compiler.ir;

import java.util.Objects;

/**
 * The type of an IR value or of a kernel parameter.
 *
 * <p>Values compute in the JVM's computational types ({@code i32 i64 f32 f64}, arrays, and
 * {@code bool} for comparison results); the small types {@code bool i8 i16 u16} also appear
 * as array element types and in signatures (a Java {@code boolean} parameter is an {@code i32}
 * value inside the function).
 * <pre>double[] ==> f64[]     char ==> u16     int[][] ==> i32[][]</pre>
 */
public final class Type {
    /** Scalar kinds, plus {@code ARRAY} for arrays of any element type and {@code NULL} for the null constant. */
    public enum Kind { VOID, BOOL, I8, I16, U16, I32, I64, F32, F64, NULL, ARRAY }

    public static final Type VOID = new Type(Kind.VOID, null);
    public static final Type BOOL = new Type(Kind.BOOL, null);
    public static final Type I8 = new Type(Kind.I8, null);
    public static final Type I16 = new Type(Kind.I16, null);
    public static final Type U16 = new Type(Kind.U16, null);
    public static final Type I32 = new Type(Kind.I32, null);
    public static final Type I64 = new Type(Kind.I64, null);
    public static final Type F32 = new Type(Kind.F32, null);
    public static final Type F64 = new Type(Kind.F64, null);
    /** The type of the {@code null} constant; assignable to every array type. */
    public static final Type NULL = new Type(Kind.NULL, null);

    private final Kind kind;
    private final Type elem;

    private Type(Kind kind, Type elem) {
        this.kind = kind;
        this.elem = elem;
    }

    public static Type array(Type elem) {
        if (elem.kind == Kind.VOID || elem.kind == Kind.NULL) {
            throw new IllegalArgumentException("no array of " + elem);
        }
        return new Type(Kind.ARRAY, elem);
    }

    public Kind kind() { return kind; }

    /** Element type of an array type. */
    public Type elem() {
        if (elem == null) throw new IllegalStateException(this + " is not an array");
        return elem;
    }

    public boolean isArray() { return kind == Kind.ARRAY; }
    public boolean isRef() { return kind == Kind.ARRAY || kind == Kind.NULL; }
    public boolean isVoid() { return kind == Kind.VOID; }
    public boolean isFloat() { return kind == Kind.F32 || kind == Kind.F64; }
    /** Integer kinds, including bool and the small types. */
    public boolean isInt() {
        return switch (kind) { case BOOL, I8, I16, U16, I32, I64 -> true; default -> false; };
    }
    public boolean isPrimitive() { return isInt() || isFloat(); }

    /** Number of array dimensions (0 for scalars). */
    public int dims() { return kind == Kind.ARRAY ? 1 + elem.dims() : 0; }

    /** The innermost element type of an array, or this type. */
    public Type base() { return kind == Kind.ARRAY ? elem.base() : this; }

    /** The type the JVM computes in: {@code bool i8 i16 u16} become {@code i32}. */
    public Type computational() {
        return switch (kind) { case BOOL, I8, I16, U16 -> I32; default -> this; };
    }

    /** JVM local-variable slots this type occupies. */
    public int slots() { return kind == Kind.I64 || kind == Kind.F64 ? 2 : kind == Kind.VOID ? 0 : 1; }

    /** JVM descriptor: {@code D}, {@code [I}, {@code Z}. */
    public String descriptor() {
        return switch (kind) {
            case VOID -> "V";
            case BOOL -> "Z";
            case I8 -> "B";
            case I16 -> "S";
            case U16 -> "C";
            case I32 -> "I";
            case I64 -> "J";
            case F32 -> "F";
            case F64 -> "D";
            case NULL -> "Ljava/lang/Object;";
            case ARRAY -> "[" + elem.descriptor();
        };
    }

    /** The Java spelling: {@code double}, {@code float[][]}. */
    public String javaName() {
        return switch (kind) {
            case VOID -> "void";
            case BOOL -> "boolean";
            case I8 -> "byte";
            case I16 -> "short";
            case U16 -> "char";
            case I32 -> "int";
            case I64 -> "long";
            case F32 -> "float";
            case F64 -> "double";
            case NULL -> "null";
            case ARRAY -> elem.javaName() + "[]";
        };
    }

    /** Parses a JVM descriptor of one type, e.g. {@code [[D}. */
    public static Type fromDescriptor(String d) {
        if (d.startsWith("[")) return array(fromDescriptor(d.substring(1)));
        if (d.length() != 1) throw new IllegalArgumentException("not a primitive or primitive array descriptor: " + d);
        return switch (d.charAt(0)) {
            case 'V' -> VOID;
            case 'Z' -> BOOL;
            case 'B' -> I8;
            case 'S' -> I16;
            case 'C' -> U16;
            case 'I' -> I32;
            case 'J' -> I64;
            case 'F' -> F32;
            case 'D' -> F64;
            default -> throw new IllegalArgumentException("not a primitive descriptor: " + d);
        };
    }

    /** Parses a Java type name ({@code double[]}) or an IR type name ({@code f64[]}). */
    public static Type parse(String s) {
        String t = s.strip();
        if (t.endsWith("[]")) return array(parse(t.substring(0, t.length() - 2)));
        return switch (t) {
            case "void" -> VOID;
            case "boolean", "bool" -> BOOL;
            case "byte", "i8" -> I8;
            case "short", "i16" -> I16;
            case "char", "u16" -> U16;
            case "int", "i32" -> I32;
            case "long", "i64" -> I64;
            case "float", "f32" -> F32;
            case "double", "f64" -> F64;
            case "null" -> NULL;
            default -> throw new IllegalArgumentException("unknown type '" + t + "'");
        };
    }

    /** Maps a Java class ({@code double.class}, {@code int[].class}) to a type. */
    public static Type of(Class<?> c) {
        if (c.isArray()) return array(of(c.getComponentType()));
        if (!c.isPrimitive()) throw new IllegalArgumentException("not a primitive or primitive array type: " + c.getName());
        return fromDescriptor(c.descriptorString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Type t && t.kind == kind && Objects.equals(t.elem, elem);
    }

    @Override
    public int hashCode() { return kind.hashCode() * 31 + Objects.hashCode(elem); }

    /** The IR spelling: {@code f64}, {@code i32[][]}. */
    @Override
    public String toString() {
        return kind == Kind.ARRAY ? elem + "[]" : kind.name().toLowerCase();
    }
}
