package dev.hotloop.compiler;

import dev.hotloop.compiler.backend.ClassEmitter;
import dev.hotloop.compiler.frontend.FrontEnd;
import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Verifier;
import dev.hotloop.compiler.report.LoopReports;
import dev.hotloop.compiler.transform.AllocateRowsInLoop;
import dev.hotloop.compiler.transform.DeadCode;
import dev.hotloop.compiler.transform.InlineCalls;
import dev.hotloop.compiler.transform.OutlineParallelLoops;
import dev.hotloop.compiler.transform.Pass;
import dev.hotloop.compiler.transform.RetypeForSignature;
import dev.hotloop.compiler.transform.SimplifyCfg;
import dev.hotloop.compiler.transform.StripMineVectorLoops;
import dev.hotloop.compiler.vector.VectorVerdicts;
import dev.hotloop.compiler.vector.VectorizeLoops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline, bytes in and bytes out: front end, passes, back end. Pure: it reads
 * classes only through the request's {@link ClassSource}, holds no state and defines no class.
 *
 * <p>With the system property {@code hotloop.verify=true} (set in the test suites) the IR
 * verifier runs after the front end and after every pass.
 */
public final class KernelCompiler {
    private KernelCompiler() {}

    /**
     * The passes, in order. Inlining comes first: a retyped array may not be passed to a call.
     * Rows of a 2-D result are moved into the loop that fills them before that loop is outlined.
     * Vectorised loops are strip-mined into block methods before the vectoriser plans the final IR.
     */
    static List<Pass> standard(KernelRequest r) {
        StripMineVectorLoops strip = new StripMineVectorLoops(r.options());
        return List.of(new InlineCalls(), new SimplifyCfg(), new RetypeForSignature(r.argTypes()),
                new AllocateRowsInLoop(), new OutlineParallelLoops(r.options()), new DeadCode(), new SimplifyCfg(),
                strip, new VectorizeLoops(r.options(), strip::enclosingVerdicts));
    }

    /** @throws dev.hotloop.compiler.diag.CompileError when the kernel is outside the kernel language */
    public static CompiledKernel compile(KernelRequest r) {
        PhaseTimer timer = new PhaseTimer();
        Program program = FrontEnd.read(r.classes(), r.kernel(), timer);
        return pipeline(program, r, timer, "ssa");
    }

    /**
     * The passes, the loop reports and the back end on {@code program} (rewritten in place), read
     * from a class file or built in memory ({@link ProgramCompiler}); {@code first} names the IR
     * the dumps start from.
     */
    static CompiledKernel pipeline(Program program, KernelRequest r, PhaseTimer timer, String first) {
        boolean verify = Boolean.getBoolean("hotloop.verify");
        Map<String, String> dumps = new LinkedHashMap<>();
        after(first, program, verify, r.keepIr() ? dumps : null);
        List<Pass> passes = standard(r);
        for (Pass pass : passes) {
            timer.time("passes", () -> pass.run(program));
            after(pass.name(), program, verify, r.keepIr() ? dumps : null);
        }
        VectorVerdicts vectors = VectorizeLoops.verdictsOf(passes);
        List<LoopReport> loops = timer.time("passes", () -> LoopReports.describe(program, r.options(), vectors));
        byte[] bytes = timer.time("codegen", () -> ClassEmitter.emit(program, r.className(), r.meterClass(), r.randomClass(), vectors));
        Signature sig = new Signature(program.kernel().signature().result(), r.argTypes());
        return new CompiledKernel(r.className(), bytes, sig, CompiledKernel.ENTRY, CompiledKernel.RAW,
                timer.nanos(), loops, dumps);
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
        if (dumps != null) {
            String key = dumps.size() + "-" + step;
            dumps.put(key, IrPrinter.print(program, true));
        }
    }
}
