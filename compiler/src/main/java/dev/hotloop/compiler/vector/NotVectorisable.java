package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.ir.Instr;

/**
 * Thrown inside {@link VectorLegality} at the first construct that keeps a loop scalar; carries
 * the source line (0 when unknown: the loop's first line is used) and the reason.
 */
final class NotVectorisable extends RuntimeException {
    final int line;

    NotVectorisable(Instr at, String why) {
        this(at == null ? 0 : at.line(), why);
    }

    NotVectorisable(int line, String why) {
        super(why, null, false, false);
        this.line = line;
    }
}
