package dev.hotloop.compiler.ir;

/** The random draws a kernel may make, each replaced by Hotloop's generator. */
public enum RandomKind {
    /** {@code Math.random()}, {@code ThreadLocalRandom.current().nextDouble()}: uniform in [0, 1). */
    DOUBLE(Type.F64),
    /** {@code nextFloat()}: uniform in [0, 1). */
    FLOAT(Type.F32),
    /** {@code nextInt()}: all 2^32 values. */
    INT(Type.I32),
    /** {@code nextInt(bound)}: uniform in [0, bound); one i32 operand. */
    INT_BOUNDED(Type.I32),
    /** {@code nextLong()}. */
    LONG(Type.I64);

    public final Type type;

    RandomKind(Type type) { this.type = type; }

    public String text() { return name().toLowerCase(); }
}
