package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Program;

/**
 * IR to a class file. The kernel becomes {@code static R kernel(P...)} (unmeasured) and
 * {@code static R invoke(P...)} (measured through the meter when one is given, otherwise
 * the same as {@code kernel}); helpers become private static methods of the same class.
 */
public final class ClassEmitter {
    private ClassEmitter() {}

    /**
     * @param className  internal name of the class to emit
     * @param meterClass internal name of the meter class (class data of the hidden class), or null
     */
    public static byte[] emit(Program program, String className, String meterClass) {
        throw new UnsupportedOperationException("back end not written yet");
    }
}
