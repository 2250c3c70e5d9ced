package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.backend.ScalarCode;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.vector.VectorPlan;
import dev.hotloop.compiler.vector.VectorVerdicts;

/**
 * What the class emitter hands each method emitter about vector code: the class name and the
 * vectoriser's plans. {@link #enter} is called after the phi copies of every edge; on the edge
 * into a planned loop's header from outside the loop it emits the vector loop.
 */
public final class VectorContext {
    private final String className;
    private final VectorVerdicts verdicts;

    public VectorContext(String className, VectorVerdicts verdicts) {
        this.className = className;
        this.verdicts = verdicts;
    }

    public String className() { return className; }

    public void enter(ScalarCode code, Function f, Block from, Block to) {
        VectorPlan p = verdicts.plan(f, to);
        if (p == null || p.loop().contains(from)) return;
        VectorLoopEmitter.emit(p, code);
    }
}
