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
 * under edge masks, stores become masked stores.
 *
 * <p>Outer loops: a loop around one innermost loop that does not vectorise by itself (Mandelbrot's
 * escape loop, n-body's inner sums) runs one outer iteration per lane, the inner loop in lockstep
 * under the mask of lanes still in it until none is left: {@link dev.hotloop.compiler.vector.OuterLegality}
 * plans it ({@link dev.hotloop.compiler.vector.OuterPlan}), with the inner loop's body as one more
 * if-converted region whose entry mask is "lanes still running" (its parts: {@code NestShape},
 * {@code SharedScalars}, {@code AddressOnly}, {@code UniformExits}).
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
