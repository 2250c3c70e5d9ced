package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vectoriser's verdicts for one program, by function and loop header: what the back end
 * emits and what {@code explain()} reports. Empty when vector code is off ({@code vectorBits == 0}).
 * <pre>verdicts.of(kernel, b1) ==> LoopVerdict(loop b1, plan, null)</pre>
 */
public final class VectorVerdicts {
    public static final VectorVerdicts NONE = new VectorVerdicts();

    private final Map<Function, Map<Block, LoopVerdict>> byFunction = new IdentityHashMap<>();

    void put(Function f, LoopVerdict v) {
        byFunction.computeIfAbsent(f, x -> new LinkedHashMap<>()).put(v.loop().header(), v);
    }

    /** The verdict on the loop headed by {@code header} in {@code f}, or null. */
    public LoopVerdict of(Function f, Block header) {
        Map<Block, LoopVerdict> m = byFunction.get(f);
        return m == null ? null : m.get(header);
    }

    /** The plan for the loop headed by {@code header}, or null when it stays scalar. */
    public VectorPlan plan(Function f, Block header) {
        LoopVerdict v = of(f, header);
        return v == null ? null : v.plan();
    }

    /** True when some loop of {@code f} is vectorised. */
    public boolean any(Function f) {
        Map<Block, LoopVerdict> m = byFunction.get(f);
        return m != null && m.values().stream().anyMatch(LoopVerdict::vectorised);
    }
}
