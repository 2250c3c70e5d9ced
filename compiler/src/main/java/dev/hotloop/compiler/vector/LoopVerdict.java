package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.analysis.Loop;

/**
 * What the vectoriser decided for one loop: a plan, or the one construct that blocked it.
 * <pre>LoopVerdict(loop b1, plan, null)
 *LoopVerdict(loop b4, null, "Kernels.java:31: loop not vectorised: Math.exp needs fastmath")</pre>
 */
public record LoopVerdict(Loop loop, VectorPlan plan, String reason) {
    public boolean vectorised() { return plan != null; }
}
