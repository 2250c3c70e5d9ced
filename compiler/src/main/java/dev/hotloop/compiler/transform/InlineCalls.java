package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inlines calls to kernel helpers, callees first, so that a helper is fully expanded before
 * it is copied into its callers. Helpers on a call cycle stay calls (the back end emits them
 * as static methods of the generated class), and so does every call whose copy would grow
 * its caller past {@link #MAX_INSTRS} (so no chain of helpers can blow up the kernel). Helpers the kernel no longer reaches are dropped.
 * Copied instructions keep their source lines when the helper comes from the caller's source
 * file, and take the call's line otherwise (a line number is only meaningful with its file).
 * Loop phis marked {@code @Parallel} in a helper stay marked in the copy.
 * <pre>
 * kernel: v3 = call p/K.sq(D)D v1    ==>  kernel: v5 = mul v1, v1     (helpers: none)
 * </pre>
 */
public final class InlineCalls implements Pass {
    /** No inlining makes a function larger than this: compile time and the 64 KB method limit stay in check. */
    public static final int MAX_INSTRS = 5000;

    private final int maxInstrs;

    public InlineCalls() {
        this(MAX_INSTRS);
    }

    /** With a custom growth cap (tests). */
    public InlineCalls(int maxInstrs) {
        this.maxInstrs = maxInstrs;
    }

    @Override
    public String name() { return "inline"; }

    @Override
    public void run(Program program) {
        CallGraph graph = CallGraph.of(program);
        for (Function f : graph.bottomUp()) inlineInto(program, graph, f);
        dropUnreachableHelpers(program);
    }

    private void inlineInto(Program program, CallGraph graph, Function f) {
        boolean changed = false;
        int size = f.instrs().size();
        // a worklist of call sites: code copied in is already expanded, so it needs no second look
        List<Instr> sites = new ArrayList<>();
        for (Instr i : f.instrs()) {
            Function callee = CallGraph.calleeOf(program, i);
            if (callee != null && callee != f && !graph.isRecursive(callee)) sites.add(i);
        }
        for (Instr call : sites) {
            Function callee = CallGraph.calleeOf(program, call);
            int grown = size + callee.instrs().size() + 1;
            // skip a copy that would pass the cap; a smaller helper further on may still fit
            if (grown > maxInstrs) continue;
            size = grown;
            InlineSite.inline(f, call, callee);
            changed = true;
        }
        if (changed) CfgEdits.sortReversePostorder(f);
    }

    private static void dropUnreachableHelpers(Program program) {
        Set<Function> used = CallGraph.reachableFrom(program, program.kernel());
        Map<MethodRef, Function> helpers = program.helpers();
        helpers.values().removeIf(h -> !used.contains(h));
    }
}
