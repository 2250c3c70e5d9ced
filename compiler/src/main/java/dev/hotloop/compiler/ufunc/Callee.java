package dev.hotloop.compiler.ufunc;

import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.transform.CfgEdits;

/**
 * The user's method that a generated loop calls once per element (a ufunc's scalar function) or
 * per row (a gufunc's body): the program the front end read for it, and the method reference the
 * loop's {@code call} names, under which it becomes a helper of the loop's program (and is then
 * inlined like any helper of a {@code @Jit} kernel).
 * <pre>new Callee(new MethodRef("p/K", "relDiff", "(FF)F"), programRetypedToFloat)</pre>
 */
public record Callee(MethodRef ref, Program program) {
    public Callee {
        if (!ref.desc().equals(program.kernel().signature().descriptor())) {
            throw new IllegalArgumentException(ref + " does not name " + program.kernel());
        }
    }

    public Function function() { return program.kernel(); }

    public Signature signature() { return program.kernel().signature(); }

    /** Makes this callee (and every helper it calls) a helper of {@code loop}'s program. */
    Program into(Function loop) {
        Program p = new Program(loop);
        loop.setSourceFile(function().sourceFile());
        p.helpers().put(ref, function());
        p.helpers().putAll(program.helpers());
        CfgEdits.sortReversePostorder(loop);
        return p;
    }
}
