package dev.hotloop.vector;

import dev.hotloop.corpus.KernelSpec;

/**
 * One kernel of the vector corpus: where it is, its argument generators, what {@code explain()}
 * should say about vectorising it, and how its results compare with plain Java.
 * <pre>new VectorKernel(spec("triad", DOUBLES, DOUBLES, DOUBLES, DOUBLE), Expect.VECTOR, 128, "", Tolerance.EXACT, false)</pre>
 *
 * @param minBits  for {@link Expect#VECTOR}: the narrowest width at which it must vectorise (below it, either)
 * @param reason   for {@link Expect#SCALAR}: a piece of the compiler's "not vectorised: ..." reason, or empty
 * @param parallel a {@code @Jit(parallel = true)} kernel: stores after an exception are not compared
 *                 (other chunks may have run on), and lengths include a few chunks' worth
 */
record VectorKernel(KernelSpec spec, Expect expect, int minBits, String reason, Tolerance tolerance, boolean parallel) {
    /** What the compiler should do with the kernel's loops when vector code is on. */
    enum Expect {
        /** At least one loop vectorised (the inner one of a nest), at {@code minBits} and wider. */
        VECTOR,
        /** No loop vectorised; some loop's reason contains {@code reason}. */
        SCALAR,
        /** The innermost loops are not vectorised (an outer loop may be, whole). */
        INNER_SCALAR,
        /** Either is right (say why where it is declared); only the results are checked. */
        EITHER
    }

    String title() { return spec.title(); }
}
