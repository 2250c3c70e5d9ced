package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.analysis.InductionVariable;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Value;
import dev.hotloop.compiler.vector.Access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The locals a vector loop keeps besides its vectors: the lane counter {@code k} (0, lanes,
 * 2*lanes, ...), each int induction variable's start, each array, each access's first index
 * ({@code start + base + offset}) and each reduction's vector accumulator.
 */
final class LoopSlots {
    private int counter = -1;
    private final Map<Instr, Integer> starts = new HashMap<>();
    private final Map<Value, Integer> arrays = new HashMap<>();
    private final Map<List<Object>, Integer> offsets = new HashMap<>();
    private final Map<Instr, Integer> accumulators = new HashMap<>();

    int counter() { return counter; }

    /** The same arrays, starts and offsets, for a second copy of the body that sets its own counter and accumulators. */
    LoopSlots copy() {
        LoopSlots o = new LoopSlots();
        o.counter = counter;
        o.starts.putAll(starts);
        o.arrays.putAll(arrays);
        o.offsets.putAll(offsets);
        o.accumulators.putAll(accumulators);
        return o;
    }

    void setCounter(int slot) { counter = slot; }

    int start(InductionVariable iv) { return get(starts, iv.phi(), "start of"); }

    void setStart(InductionVariable iv, int slot) { starts.put(iv.phi(), slot); }

    int array(Value a) { return get(arrays, a, "array"); }

    void setArray(Value a, int slot) { arrays.put(a, slot); }

    boolean hasArray(Value a) { return arrays.containsKey(a); }

    static List<Object> key(Access a) {
        return java.util.Arrays.asList(a.iv().phi(), a.base(), a.offset());
    }

    int offset(Access a) { return get(offsets, key(a), "offset"); }

    Integer offsetOrNull(Access a) { return offsets.get(key(a)); }

    void setOffset(Access a, int slot) { offsets.put(key(a), slot); }

    int accumulator(Instr phi) { return get(accumulators, phi, "accumulator"); }

    void setAccumulator(Instr phi, int slot) { accumulators.put(phi, slot); }

    private static <K> int get(Map<K, Integer> m, K k, String what) {
        Integer s = m.get(k);
        if (s == null) throw new IllegalStateException("no " + what + " " + k);
        return s;
    }
}
