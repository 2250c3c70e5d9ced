package dev.hotloop.compiler.frontend;

import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.PhaseTimer;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;

/**
 * Class file to SSA: reads the kernel method (and every kernel-language static method it
 * calls) and builds a {@link Program}. Time goes to the phases {@code read} and {@code ssa}.
 */
public final class FrontEnd {
    private FrontEnd() {}

    public static Program read(ClassSource classes, MethodRef kernel, PhaseTimer timer) {
        throw new UnsupportedOperationException("front end not written yet");
    }
}
