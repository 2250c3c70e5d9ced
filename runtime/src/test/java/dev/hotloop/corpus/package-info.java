/**
 * The differential test corpus: kernels covering every construct of the kernel language
 * (DESIGN.md section 1), each run as plain Java and compiled on the same seeded random and
 * edge-case arguments, and required to agree bit for bit.
 *
 * <ul>
 *   <li>Kernels, by theme: {@link dev.hotloop.corpus.ArithmeticKernels}, {@code BitKernels},
 *       {@code CompareKernels}, {@code ConversionKernels}, {@code SmallTypeKernels},
 *       {@code ControlKernels}, {@code ArrayKernels}, {@code GridKernels}, {@code LoopKernels}, {@code ParallelKernels}, {@code MathKernels},
 *       {@code NumericHelperKernels}, {@code HelperKernels}; registered with their argument
 *       generators in {@link dev.hotloop.corpus.Corpus}.</li>
 *   <li>Harness: {@code Gen} and {@code Values} make arguments, {@code ArgSets} the named cases,
 *       {@code DeepCopy} keeps aliasing, {@code Same} compares bit for bit,
 *       {@code Differential} runs one case both ways.</li>
 *   <li>Contract tests beyond the corpus: {@code PerTypeVariantTest}, {@code UnsupportedConstructTest}
 *       (with {@code UnsupportedKernels}, {@code FallbackKernels}), {@code ConcurrentFirstCallTest}.</li>
 * </ul>
 */
package dev.hotloop.corpus;
