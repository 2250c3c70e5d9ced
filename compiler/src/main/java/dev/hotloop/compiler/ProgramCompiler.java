package dev.hotloop.compiler;

import dev.hotloop.compiler.ir.Program;

/**
 * The pipeline after the front end, for a {@link Program} built in memory rather than read from a
 * class file: a ufunc's element loop, a gufunc's row loop (see {@code dev.hotloop.compiler.ufunc}).
 * It runs exactly {@link KernelCompiler#standard}'s passes and back end, so whatever the pipeline
 * learns (vectorising, outlining parallel loops) applies to these loops too.
 * <pre>
 * Program p = UfuncLoops.map(...);                    // void loop(f64[] x, f64[] y, f64[] out)
 * CompiledKernel ck = ProgramCompiler.compile(p, request, timer);
 * </pre>
 * The request's {@code kernel} only names the program (its class source is not read); its
 * {@code argTypes} must be the program kernel's parameter types.
 */
public final class ProgramCompiler {
    private ProgramCompiler() {}

    /** Compiles {@code program} in place (the passes rewrite it); {@code timer} may already hold front-end phases. */
    public static CompiledKernel compile(Program program, KernelRequest r, PhaseTimer timer) {
        if (!program.kernel().signature().params().equals(r.argTypes())) {
            throw new IllegalArgumentException("request types " + r.argTypes() + " are not the program's "
                    + program.kernel().signature());
        }
        return KernelCompiler.pipeline(program, r, timer, "built");
    }
}
