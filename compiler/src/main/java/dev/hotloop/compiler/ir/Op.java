package dev.hotloop.compiler.ir;

/**
 * Every IR operation and its properties, in one table (like QBE's op table).
 *
 * <ul>
 *   <li>{@code pure}: no side effect and no exception; may be removed when unused, moved, or duplicated.</li>
 *   <li>{@code traps}: may throw (null array, index out of bounds, division by zero,
 *       negative array size); never removed or reordered against other effects.</li>
 *   <li>{@code effect}: writes memory or draws random numbers.</li>
 *   <li>{@code commutative}, {@code associative}: algebraic laws that hold bit for bit for
 *       integer types; for floating-point types associativity holds only under fastmath.</li>
 * </ul>
 */
public enum Op {
    //            name          pure   traps  effect comm   assoc  term
    ADD(         "add",        true,  false, false, true,  true,  false),
    SUB(         "sub",        true,  false, false, false, false, false),
    MUL(         "mul",        true,  false, false, true,  true,  false),
    /** Division; traps with {@code ArithmeticException} for integer division by zero. */
    DIV(         "div",        false, true,  false, false, false, false),
    REM(         "rem",        false, true,  false, false, false, false),
    NEG(         "neg",        true,  false, false, false, false, false),
    AND(         "and",        true,  false, false, true,  true,  false),
    OR(          "or",         true,  false, false, true,  true,  false),
    XOR(         "xor",        true,  false, false, true,  true,  false),
    /** Shifts take an {@code i32} count, masked as the JVM masks it. */
    SHL(         "shl",        true,  false, false, false, false, false),
    SHR(         "shr",        true,  false, false, false, false, false),
    USHR(        "ushr",       true,  false, false, false, false, false),
    /** Conversion with Java's rules (i2d, d2i, i2b, ...); aux is the target {@link Type}, which may be i8/i16/u16 (then the result is i32, truncated and extended as i2b/i2s/i2c do). */
    CONV(        "conv",       true,  false, false, false, false, false),
    /** Comparison with a {@link Cond}; result {@code bool}. */
    CMP(         "cmp",        true,  false, false, false, false, false),
    /** Three-way compare as lcmp / fcmpl / fcmpg: -1, 0, 1; aux is the NaN result (-1 or 1) for floats. */
    CMP3(        "cmp3",       true,  false, false, false, false, false),
    /** {@code select c, a, b}: a if c else b. */
    SELECT(      "select",     true,  false, false, false, false, false),
    PHI(         "phi",        true,  false, false, false, false, false),
    /** {@code aload a, i}: element i of array a (small element types widen to i32). */
    ALOAD(       "aload",      false, true,  false, false, false, false),
    /** {@code astore a, i, v}: small element types truncate v as the JVM does. */
    ASTORE(      "astore",     false, true,  true,  false, false, false),
    ALEN(        "alen",       false, true,  false, false, false, false),
    /** {@code newarray T, n [, m]}: a new array of the instruction's type; one length per given dimension. */
    NEWARRAY(    "newarray",   false, true,  false, false, false, false),
    /** Read of a static final field of primitive or primitive-array type; aux is a {@link FieldRef}. */
    GETSTATIC(   "getstatic",  true,  false, false, false, false, false),
    /** Static call; aux is a {@link MethodRef}. Library calls are pure, kernel helpers are not known to be. */
    CALL(        "call",       false, true,  true,  false, false, false),
    /** A random draw from Hotloop's generator; aux is a {@link RandomKind}. */
    RANDOM(      "random",     false, false, true,  false, false, false),
    JUMP(        "jump",       false, false, false, false, false, true),
    BRANCH(      "branch",     false, false, false, false, false, true),
    /** {@code switch v, default, [k: b, ...]}; aux holds the int keys in target order after the default. */
    SWITCH(      "switch",     false, false, false, false, false, true),
    RETURN(      "return",     false, false, false, false, false, true);

    public final String text;
    public final boolean pure;
    public final boolean traps;
    public final boolean effect;
    public final boolean commutative;
    public final boolean associative;
    public final boolean terminator;

    Op(String text, boolean pure, boolean traps, boolean effect, boolean commutative, boolean associative, boolean terminator) {
        this.text = text;
        this.pure = pure;
        this.traps = traps;
        this.effect = effect;
        this.commutative = commutative;
        this.associative = associative;
        this.terminator = terminator;
    }

    public static Op byText(String s) {
        for (Op op : values()) if (op.text.equals(s)) return op;
        throw new IllegalArgumentException("unknown op '" + s + "'");
    }
}
