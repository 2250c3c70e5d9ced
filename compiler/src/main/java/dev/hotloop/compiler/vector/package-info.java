/**
 * Inner-loop vectorisation, the planning half: which innermost loops can run several iterations
 * at once with the Java Vector API and exactly the results of the scalar loop.
 *
 * <p>{@link dev.hotloop.compiler.vector.VectorizeLoops} (the last pass) asks
 * {@link dev.hotloop.compiler.vector.VectorLegality} about every loop of every function (kernel,
 * helpers, parallel chunks) and keeps a {@link dev.hotloop.compiler.vector.LoopVerdict} per loop in
 * {@link dev.hotloop.compiler.vector.VectorVerdicts}: a {@link dev.hotloop.compiler.vector.VectorPlan}
 * or one reason ({@code Kernels.java:31: loop not vectorised: Math.exp needs fastmath}). The IR is
 * not changed: {@code backend.vector} emits each plan's vector loop on the edge into the loop's
 * header and the scalar loop finishes the remainder.
 *
 * <p>If-conversion: {@link dev.hotloop.compiler.vector.BlockMasks} gives each block of an acyclic
 * region a {@link dev.hotloop.compiler.vector.Mask} from an entry mask; phis at joins become blends
 * under edge masks, stores become masked stores. An outer-loop vectoriser would reuse it with the
 * inner loop's body as the region and "lanes still running" as the entry mask.
 *
 * <p>Outer loops: a loop around one arithmetic inner loop (Mandelbrot's escape loop) runs one
 * outer iteration per lane, the inner loop in lockstep under {@link dev.hotloop.compiler.vector.Mask.Running}
 * until no lane runs ({@link dev.hotloop.compiler.vector.VectorPlan.InnerLoop}).
 *
 * <p>Adding an operation: give it a {@link dev.hotloop.compiler.vector.LaneOp} in
 * {@link dev.hotloop.compiler.vector.VectorOps} (or a case in {@code VectorLegality.instruction}
 * when it needs more than a lane-wise operator), and its lowering in
 * {@code backend.vector.LaneCode.compute}, which returns the local holding the op's vector. A
 * {@code random} draw, for instance, would be accepted in {@code instruction} (today: "random draws
 * (lane-parallel generator not built yet)"), its generator created once among
 * {@code LaneCode.hoisted()} from the function's scalar stream, and one vector drawn per iteration in
 * {@code compute}.
 */
package dev.hotloop.compiler.vector;
