/**
 * Facts about a function that passes and reports read; each is computed from scratch, is
 * immutable, and does not follow later edits of the function.
 * <pre>
 * LoopForest forest = LoopForest.of(f);                 // dominators, natural loops, nesting
 * InductionVariables ivs = InductionVariables.of(forest);
 * for (Loop l : forest.loops()) {                       // outer loops before inner ones
 *     Optional&lt;TripCount&gt; trip = TripCount.of(l, ivs, forest.dominators());
 *     List&lt;Reduction&gt; rs = Reductions.of(l, ivs);       // s += a[i]  ==>  v3 = add (fastmath)
 *     List&lt;String&gt; races = ArrayAccesses.of(l, ivs).conflicts();  // "v1[v2] written, v1[v2 - 1] read"
 *     LoopLines lines = LoopLines.of(l);                // Kernels.java:12-15
 * }
 * LoopSummary.describe(f);  // "loop b1 depth 1 blocks [b1, b2] exits [b3] iv v2 = {0, +1} trip v4 (lt) lines 6"
 * </pre>
 * Golden tests for these live in {@code compiler/src/test/resources/filetests}.
 */
package dev.hotloop.compiler.analysis;
