package dev.hotloop.compiler;

import dev.hotloop.compiler.backend.ClassEmitter;
import dev.hotloop.compiler.frontend.FrontEnd;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.transform.DeadCode;
import dev.hotloop.compiler.transform.InlineCalls;
import dev.hotloop.compiler.transform.Pass;
import dev.hotloop.compiler.transform.RetypeForSignature;
import dev.hotloop.compiler.transform.SimplifyCfg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline, bytes in and bytes out: front end, passes, back end. Pure: it reads
 * classes only through the request's {@link ClassSource}, holds no state and defines no class.
 */
public final class KernelCompiler {
    private KernelCompiler() {}

    /** The passes, in order. */
    static List<Pass> standard(KernelRequest r) {
        // inline first: a retyped array may not be passed to a call
        return List.of(new InlineCalls(), new SimplifyCfg(), new RetypeForSignature(r.argTypes()),
                new DeadCode(), new SimplifyCfg());
    }

    /** @throws dev.hotloop.compiler.diag.CompileError when the kernel is outside the kernel language */
    public static CompiledKernel compile(KernelRequest r) {
        PhaseTimer timer = new PhaseTimer();
        Program program = FrontEnd.read(r.classes(), r.kernel(), timer);
        Map<String, String> dumps = new LinkedHashMap<>();
        for (Pass pass : standard(r)) {
            timer.time("passes", () -> pass.run(program));
        }
        byte[] bytes = timer.time("codegen", () -> ClassEmitter.emit(program, r.className(), r.meterClass()));
        Signature sig = new Signature(program.kernel().signature().result(), r.argTypes());
        return new CompiledKernel(r.className(), bytes, sig, CompiledKernel.ENTRY, CompiledKernel.RAW,
                timer.nanos(), List.of(), dumps);
    }
}
