package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.transform.ParallelNames;
import dev.hotloop.compiler.transform.StripNames;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a {@code call} goes: a helper of the program becomes {@code h$<name>$<n>} in the
 * emitted class ({@code n} counts helpers in program order), a call of the kernel itself goes to
 * {@code kernel}, anything else is called as is.
 * <pre>p/K.dot([D[D)D (helper 0) ==> invokestatic Gen.h$dot$0([D[D)D
 *java/lang/Math.sqrt(D)D     ==> invokestatic java/lang/Math.sqrt(D)D</pre>
 * A block of a strip-mined loop that draws random numbers takes its caller's stream as one more
 * parameter, after those of its IR signature ({@link #passesStream}): blocks run in order on the
 * caller's thread, so they continue its stream.
 */
final class HelperNames {
    /** An invokestatic target. */
    record Target(String owner, String name, String desc) {}

    private final Map<MethodRef, Target> helpers = new LinkedHashMap<>();
    private final String className;
    private final Program program;
    private final String randomClass;

    HelperNames(Program program, String className) {
        this(program, className, null);
    }

    /** @param randomClass the kernel random class, or null (draws go to the JDK: no stream is passed) */
    HelperNames(Program program, String className, String randomClass) {
        this.className = className;
        this.program = program;
        this.randomClass = randomClass;
        int n = 0;
        for (Map.Entry<MethodRef, Function> e : program.helpers().entrySet()) {
            String name = "h$" + e.getKey().name() + "$" + n++;
            String desc = e.getValue().signature().descriptor();
            if (passesStream(e.getKey())) desc = desc.replace(")", "L" + randomClass + ";)");
            helpers.put(e.getKey(), new Target(className, name, desc));
        }
        // A kernel calling itself calls its compiled self, unless retyping changed its descriptor.
        Function kernel = program.kernel();
        MethodRef origin = kernel.origin();
        if (origin != null && origin.desc().equals(kernel.signature().descriptor())) {
            helpers.putIfAbsent(origin, new Target(className, "kernel", origin.desc()));
        }
    }

    /** A call of {@code ref} passes the caller's random stream last: a block that draws, with a random class. */
    boolean passesStream(MethodRef ref) {
        Function f = program.helpers().get(ref);
        return randomClass != null && f != null && StripNames.isBlock(ref) && draws(f);
    }

    /** {@code f} draws random numbers, itself or in the blocks it calls. */
    boolean draws(Function f) {
        for (Instr i : f.instrs()) {
            if (i.op() == Op.RANDOM) return true;
            if (i.op() == Op.CALL && i.aux() instanceof MethodRef m && StripNames.isBlock(m)) {
                Function b = program.helpers().get(m);
                if (b != null && b != f && draws(b)) return true;
            }
        }
        return false;
    }

    Target target(MethodRef ref) {
        Target t = helpers.get(ref);
        if (t != null) return t;
        // a parallel loop's launcher, emitted by ChunkLaunchers into this class
        if (ref.owner().equals(ParallelNames.CHUNK_OWNER)) return new Target(className, ref.name(), ref.desc());
        return new Target(ref.owner(), ref.name(), ref.desc());
    }
}
