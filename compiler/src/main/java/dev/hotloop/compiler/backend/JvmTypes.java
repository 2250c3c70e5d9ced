package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Type;

/**
 * Maps IR types to ASM types so that ASM's {@code Type.getOpcode} picks the typed opcode.
 * <pre>f64 + IADD ==> DADD     i8 (array element) + IALOAD ==> BALOAD     bool value + ILOAD ==> ILOAD</pre>
 */
final class JvmTypes {
    private JvmTypes() {}

    /** The ASM type a value of IR type {@code t} has on the operand stack or in a local. */
    static org.objectweb.asm.Type value(Type t) {
        if (t.kind() == Type.Kind.NULL) return org.objectweb.asm.Type.getType(Object.class);
        return org.objectweb.asm.Type.getType(t.computational().descriptor());
    }

    /** The ASM type of array elements of IR type {@code elem} (keeps byte/char/short/boolean apart). */
    static org.objectweb.asm.Type element(Type elem) {
        return org.objectweb.asm.Type.getType(elem.descriptor());
    }

    /** The typed variant of an int-form opcode ({@code ILOAD, IADD, IRETURN, ...}) for values of type {@code t}. */
    static int op(Type t, int intOpcode) {
        return value(t).getOpcode(intOpcode);
    }
}
