package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Program;

/** One step of the pipeline: rewrites the program in place. Passes are timed and, in tests, verified after. */
public interface Pass {
    /** Short name used in dumps and phase timings, e.g. {@code inline}. */
    String name();

    void run(Program program);
}
