package dev.hotloop.compiler.ir;

/**
 * A constant of a scalar type or the null array. Literals print like Java's:
 * <pre>7  7L  1.5f  1.5  NaN  -Infinityf  null  true</pre>
 * Float and double constants compare by bits, so {@code -0.0} and {@code 0.0} differ.
 */
public final class Const extends Value {
    private final Object value;

    private Const(Type type, Object value) {
        super(type);
        this.value = value;
    }

    public static Const i32(int v) { return new Const(Type.I32, v); }
    public static Const i64(long v) { return new Const(Type.I64, v); }
    public static Const f32(float v) { return new Const(Type.F32, v); }
    public static Const f64(double v) { return new Const(Type.F64, v); }
    public static Const bool(boolean v) { return new Const(Type.BOOL, v); }
    public static Const nul() { return new Const(Type.NULL, null); }

    /** The boxed value: Integer, Long, Float, Double, Boolean, or null. */
    public Object value() { return value; }

    public long longValue() {
        return switch (value) {
            case Integer i -> i;
            case Long l -> l;
            case Boolean b -> b ? 1 : 0;
            default -> throw new IllegalStateException("not an integer constant: " + ref());
        };
    }

    public double doubleValue() { return ((Number) value).doubleValue(); }

    public boolean isZero() {
        return switch (value) {
            case Integer i -> i == 0;
            case Long l -> l == 0;
            case Float f -> Float.floatToRawIntBits(f) == 0;
            case Double d -> Double.doubleToRawLongBits(d) == 0;
            case null, default -> false;
        };
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Const c) || !c.type.equals(type)) return false;
        return switch (value) {
            case Float f -> Float.floatToRawIntBits(f) == Float.floatToRawIntBits((Float) c.value);
            case Double d -> Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits((Double) c.value);
            case null -> c.value == null;
            default -> value.equals(c.value);
        };
    }

    @Override
    public int hashCode() { return type.hashCode() * 31 + (value == null ? 0 : value.hashCode()); }

    @Override
    public String ref() {
        return switch (value) {
            case null -> "null";
            case Boolean b -> b.toString();
            case Integer i -> i.toString();
            case Long l -> l + "L";
            case Float f -> f + "f";
            case Double d -> d.toString();
            default -> throw new IllegalStateException();
        };
    }

    /** Parses a literal as {@link #ref()} prints it. */
    public static Const parse(String s) {
        if (s.equals("null")) return nul();
        if (s.equals("true") || s.equals("false")) return bool(Boolean.parseBoolean(s));
        if (s.endsWith("L")) return i64(Long.parseLong(s.substring(0, s.length() - 1)));
        if (s.endsWith("f")) return f32(Float.parseFloat(s.substring(0, s.length() - 1)));
        if (s.contains(".") || s.contains("NaN") || s.contains("Infinity") || s.contains("E")) return f64(Double.parseDouble(s));
        return i32(Integer.parseInt(s));
    }
}
