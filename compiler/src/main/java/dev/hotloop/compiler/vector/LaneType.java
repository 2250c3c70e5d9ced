package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.ir.Type;

/**
 * The element kinds of the Java Vector API, each with its vector class and its width.
 * IR values compute in {@code int long float double}; {@code byte short char boolean} arrays
 * are read and written through the narrow kinds and widened to {@code int} lanes.
 * <pre>LaneType.of(Type.F64) == DOUBLE   DOUBLE.vectorClass() == "jdk/incubator/vector/DoubleVector"
 *LaneType.element(Type.U16) == SHORT  (a char[] goes through ShortVector.fromCharArray)</pre>
 */
public enum LaneType {
    BYTE(8, "Byte", "B"), SHORT(16, "Short", "S"), INT(32, "Int", "I"), LONG(64, "Long", "J"),
    FLOAT(32, "Float", "F"), DOUBLE(64, "Double", "D");

    /** Bits of one lane. */
    public final int bits;
    private final String name;
    /** JVM descriptor of one lane as a scalar. */
    public final String scalarDesc;

    LaneType(int bits, String name, String scalarDesc) {
        this.bits = bits;
        this.name = name;
        this.scalarDesc = scalarDesc;
    }

    /** The lane type a value of (computational) type {@code t} computes in, or null for none (arrays, bool). */
    public static LaneType of(Type t) {
        return switch (t.kind()) {
            case I8, I16, U16, I32 -> INT;
            case I64 -> LONG;
            case F32 -> FLOAT;
            case F64 -> DOUBLE;
            default -> null;
        };
    }

    /** The lane type an array element of type {@code elem} is loaded and stored with. */
    public static LaneType element(Type elem) {
        return switch (elem.kind()) {
            case BOOL, I8 -> BYTE;
            case I16, U16 -> SHORT;
            default -> of(elem);
        };
    }

    public boolean isFloat() { return this == FLOAT || this == DOUBLE; }

    /** Internal name of the vector class: {@code jdk/incubator/vector/DoubleVector}. */
    public String vectorClass() { return "jdk/incubator/vector/" + name + "Vector"; }

    /** Simple name for reports: {@code DoubleVector}. */
    public String vectorName() { return name + "Vector"; }

    /** The conversion operator's prefix letter: {@code D} in {@code D2I}. */
    public char letter() { return name.charAt(0); }
}
