package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who calls which kernel helper, with the helpers that sit on a call cycle (Tarjan's strongly
 * connected components) and a callees-first order of all functions.
 * <pre>
 * kernel -> f -> g,  h -> h      recursive = {h},  bottomUp = [g, f, h, kernel]
 * </pre>
 * Library calls (methods not in {@link Program#helpers()}) are not edges; a call to the kernel's
 * own method is an edge to the kernel.
 */
public final class CallGraph {
    private final Program program;
    private final Map<Function, Set<Function>> callees = new LinkedHashMap<>();
    private final Set<Function> recursive = new LinkedHashSet<>();
    private final List<Function> bottomUp = new ArrayList<>();

    private CallGraph(Program program) {
        this.program = program;
    }

    public static CallGraph of(Program program) {
        CallGraph g = new CallGraph(program);
        g.collectEdges(program.kernel());
        for (Function h : program.helpers().values()) g.collectEdges(h);
        new Tarjan(g).run();
        return g;
    }

    /** The helper (or the kernel itself) a call targets, or null for a library call or another op. */
    public static Function calleeOf(Program program, Instr i) {
        if (i.op() != Op.CALL || !(i.aux() instanceof MethodRef m)) return null;
        Function h = program.helpers().get(m);
        if (h == null && m.equals(program.kernel().origin())) return program.kernel();
        return h;
    }

    /** True when {@code f} can reach itself through calls (directly or through other helpers). */
    public boolean isRecursive(Function f) { return recursive.contains(f); }

    /** Every function, each after all the functions it calls (cycles in some order). */
    public List<Function> bottomUp() { return bottomUp; }

    /** The helpers {@code root} calls directly or transitively, in discovery order. */
    public static Set<Function> reachableFrom(Program program, Function root) {
        Set<Function> seen = new LinkedHashSet<>();
        List<Function> work = new ArrayList<>(List.of(root));
        while (!work.isEmpty()) {
            Function f = work.removeLast();
            for (Instr i : f.instrs()) {
                Function c = calleeOf(program, i);
                if (c != null && seen.add(c)) work.add(c);
            }
        }
        return seen;
    }

    private void collectEdges(Function f) {
        Set<Function> out = new LinkedHashSet<>();
        for (Instr i : f.instrs()) {
            Function c = calleeOf(program, i);
            if (c != null) out.add(c);
        }
        callees.put(f, out);
    }

    /** Tarjan's SCC algorithm; components come out callees first, which is the order we want. */
    private static final class Tarjan {
        private final CallGraph g;
        private final Map<Function, Integer> index = new HashMap<>();
        private final Map<Function, Integer> low = new HashMap<>();
        private final List<Function> stack = new ArrayList<>();
        private final Set<Function> onStack = new LinkedHashSet<>();
        private int counter;

        Tarjan(CallGraph g) { this.g = g; }

        void run() {
            for (Function f : g.callees.keySet()) if (!index.containsKey(f)) visit(f);
        }

        // recursion depth is bounded by the helper nesting depth, which is small
        private void visit(Function f) {
            index.put(f, counter);
            low.put(f, counter);
            counter++;
            stack.add(f);
            onStack.add(f);
            for (Function c : g.callees.getOrDefault(f, Set.of())) {
                if (!index.containsKey(c)) {
                    visit(c);
                    low.put(f, Math.min(low.get(f), low.get(c)));
                } else if (onStack.contains(c)) {
                    low.put(f, Math.min(low.get(f), index.get(c)));
                }
            }
            if (low.get(f).equals(index.get(f))) {
                List<Function> scc = new ArrayList<>();
                Function x;
                do {
                    x = stack.removeLast();
                    onStack.remove(x);
                    scc.add(x);
                } while (x != f);
                boolean cycle = scc.size() > 1 || g.callees.getOrDefault(f, Set.of()).contains(f);
                if (cycle) g.recursive.addAll(scc);
                g.bottomUp.addAll(scc);
            }
        }
    }
}
