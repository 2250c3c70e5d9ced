/**
 * Vectorisation, the emitting half: turns a {@link dev.hotloop.compiler.vector.VectorPlan}
 * into bytecode calling {@code jdk.incubator.vector} (named, never loaded by the compiler).
 *
 * <p>{@link dev.hotloop.compiler.backend.vector.VectorContext#enter} is called by the method emitter
 * after the phi copies of every edge; on a planned loop's entry edge
 * {@link dev.hotloop.compiler.backend.vector.VectorLoopEmitter} emits guards ({@code VectorGuards}), hoisted
 * broadcasts, the vector loop (body lowered by {@code LaneCode}, with {@code LaneMasks} and
 * {@code LaneMemory}, into one straight line, then replayed inside the loop)
 * and the folds of the reductions, then falls into the scalar loop, which runs what is left, or
 * everything when a guard failed. On the entry edge of an outer-loop plan
 * ({@link dev.hotloop.compiler.vector.OuterPlan}) {@link dev.hotloop.compiler.backend.vector.OuterLoopEmitter}
 * emits the same guards, then one lane per outer iteration with the inner loop run in lockstep
 * under the mask of lanes still in it ({@code LockstepLoop}, with {@code LockstepBackEdge} and
 * {@code SharedExitBranch}). The emitters reach the scalar world only through
 * {@link dev.hotloop.compiler.backend.ScalarCode}.
 */
package dev.hotloop.compiler.backend.vector;
