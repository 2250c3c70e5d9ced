package dev.hotloop.compiler;

import dev.hotloop.compiler.backend.ClassEmitter;
import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Verifier;
import dev.hotloop.compiler.report.LoopReports;
import dev.hotloop.compiler.transform.Pass;
import dev.hotloop.compiler.vector.VectorVerdicts;
import dev.hotloop.compiler.vector.VectorizeLoops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        boolean verify = Boolean.getBoolean("hotloop.verify");
        Map<String, String> dumps = r.keepIr() ? new LinkedHashMap<>() : null;
        after("built", program, verify, dumps);
        List<Pass> passes = KernelCompiler.standard(r);
        for (Pass pass : passes) {
            timer.time("passes", () -> pass.run(program));
            after(pass.name(), program, verify, dumps);
        }
        // as KernelCompiler.compile does after its passes: keep the two in step
        VectorVerdicts vectors = VectorizeLoops.verdictsOf(passes);
        List<LoopReport> loops = timer.time("passes", () -> LoopReports.describe(program, r.options(), vectors));
        byte[] bytes = timer.time("codegen", () -> ClassEmitter.emit(program, r.className(), r.meterClass(), r.randomClass(), vectors));
        Signature sig = program.kernel().signature();
        return new CompiledKernel(r.className(), bytes, sig, CompiledKernel.ENTRY, CompiledKernel.RAW,
                timer.nanos(), loops, dumps == null ? Map.of() : dumps);
    }

    private static void after(String step, Program program, boolean verify, Map<String, String> dumps) {
        if (verify) {
            try {
                Verifier.verify(program);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("IR invalid after " + step + ":\n" + e.getMessage()
                        + "\n" + IrPrinter.print(program, true), e);
            }
        }
        if (dumps != null) dumps.put(dumps.size() + "-" + step, IrPrinter.print(program, true));
    }
}
