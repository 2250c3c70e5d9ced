package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;
import org.objectweb.asm.Label;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Lowers {@code switch v, default, [k: b, ...]} to a {@code tableswitch} when the keys are
 * dense and to a {@code lookupswitch} (keys sorted, as the JVM requires) otherwise.
 * <pre>switch v1, b9, [1: b2, 2: b3, 4: b4] ==> tableswitch 1..4 {b2, b3, b9, b4} default b9</pre>
 * When a key repeats, its first case wins, as in the key order of the IR.
 */
final class Switches {
    private Switches() {}

    static void emit(MethodEmitter m, Block b, Instr sw) {
        int[] keys = (int[]) sw.aux();
        Label dflt = m.edgeLabel(b, 0);
        // Sort edges by key, keeping the first of equal keys.
        Integer[] order = new Integer[keys.length];
        for (int k = 0; k < keys.length; k++) order[k] = k;
        Arrays.sort(order, Comparator.comparingInt(k -> keys[k]));
        int n = 0;
        int[] sortedKeys = new int[keys.length];
        Label[] sortedLabels = new Label[keys.length];
        for (int k : order) {
            if (n > 0 && sortedKeys[n - 1] == keys[k]) continue;
            sortedKeys[n] = keys[k];
            sortedLabels[n] = m.edgeLabel(b, k + 1);
            n++;
        }
        sortedKeys = Arrays.copyOf(sortedKeys, n);
        sortedLabels = Arrays.copyOf(sortedLabels, n);
        m.load(sw.arg(0));
        if (n > 0 && isDense(sortedKeys)) {
            int lo = sortedKeys[0];
            int hi = sortedKeys[n - 1];
            Label[] table = new Label[hi - lo + 1];
            Arrays.fill(table, dflt);
            for (int k = 0; k < n; k++) table[sortedKeys[k] - lo] = sortedLabels[k];
            m.mv().visitTableSwitchInsn(lo, hi, dflt, table);
        } else {
            m.mv().visitLookupSwitchInsn(dflt, sortedKeys, sortedLabels);
        }
    }

    /** Dense enough that a table (at most twice as many entries as keys) beats a binary search. */
    private static boolean isDense(int[] sorted) {
        long range = (long) sorted[sorted.length - 1] - sorted[0] + 1;
        return range <= 2L * sorted.length + 2;
    }
}
