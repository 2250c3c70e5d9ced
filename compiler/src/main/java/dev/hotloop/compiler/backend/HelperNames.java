package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.transform.ParallelNames;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a {@code call} goes: a helper of the program becomes {@code h$<name>$<n>} in the
 * emitted class ({@code n} counts helpers in program order), a call of the kernel itself goes to
 * {@code kernel}, anything else is called as is.
 * <pre>p/K.dot([D[D)D (helper 0) ==> invokestatic Gen.h$dot$0([D[D)D
 *java/lang/Math.sqrt(D)D     ==> invokestatic java/lang/Math.sqrt(D)D</pre>
 */
final class HelperNames {
    /** An invokestatic target. */
    record Target(String owner, String name, String desc) {}

    private final Map<MethodRef, Target> helpers = new LinkedHashMap<>();
    private final String className;

    HelperNames(Program program, String className) {
        this.className = className;
        int n = 0;
        for (Map.Entry<MethodRef, Function> e : program.helpers().entrySet()) {
            String name = "h$" + e.getKey().name() + "$" + n++;
            helpers.put(e.getKey(), new Target(className, name, e.getValue().signature().descriptor()));
        }
        // A kernel calling itself calls its compiled self, unless retyping changed its descriptor.
        Function kernel = program.kernel();
        MethodRef origin = kernel.origin();
        if (origin != null && origin.desc().equals(kernel.signature().descriptor())) {
            helpers.putIfAbsent(origin, new Target(className, "kernel", origin.desc()));
        }
    }

    Target target(MethodRef ref) {
        Target t = helpers.get(ref);
        if (t != null) return t;
        // a parallel loop's launcher, emitted by ChunkLaunchers into this class
        if (ref.owner().equals(ParallelNames.CHUNK_OWNER)) return new Target(className, ref.name(), ref.desc());
        return new Target(ref.owner(), ref.name(), ref.desc());
    }
}
