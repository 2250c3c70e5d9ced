package dev.hotloop.compiler.frontend;

import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.PhaseTimer;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Class file to SSA: reads the kernel method (and every kernel-language static method it
 * calls) and builds a {@link Program}. Time goes to the phases {@code read} and {@code ssa}.
 * <pre>Program p = FrontEnd.read(classes, new MethodRef("p/Kernels", "sum", "([D)D"), timer);</pre>
 * Each helper is read once, whatever the call graph (recursion included); a call to the
 * kernel itself refers to {@code p.kernel()}.
 */
public final class FrontEnd {
    private FrontEnd() {}

    public static Program read(ClassSource classes, MethodRef kernel, PhaseTimer timer) {
        ClassFiles files = new ClassFiles(classes);
        Set<MethodRef> seen = new HashSet<>(Set.of(kernel));
        Deque<MethodRef> work = new ArrayDeque<>();
        work.add(kernel);
        Program program = null;
        while (!work.isEmpty()) {
            MethodRef ref = work.poll();
            Set<MethodRef> calls = new LinkedHashSet<>();
            MethodTranslator reader = timer.time("read", () -> {
                ClassFiles.Found found = files.method(ref);
                String file = ClassFiles.sourceFile(found.declaring());
                MethodChecks.check(file, ref.owner(), found.method());
                return new MethodTranslator(ref, found.method(), file, calls).analyse();
            });
            Function f = timer.time("ssa", () -> build(reader));
            if (program == null) program = new Program(f);
            else program.helpers().put(ref, f);
            for (MethodRef c : calls) if (seen.add(c)) work.add(c);
        }
        return program;
    }

    private static Function build(MethodTranslator reader) {
        MethodTranslator.Translation t = reader.translate();
        RefTypes.resolve(t.function());
        CfgCleanup.run(t.function(), t.ssa(), t.randomSource());
        LocalVariables.apply(t);
        return t.function();
    }
}
