package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Value;

/**
 * JVM local slots for SSA values, without reuse: parameters sit where the calling convention
 * puts them, every phi and every other stored value gets slots of its own (two for i64/f64).
 * <pre>(f64[] v0, i32 v1): v0 -> 0, v1 -> 1, then v2 (phi i32) -> 2, v3 (f64) -> 3..4</pre>
 * Because each slot holds one value of one type, and SSA definitions dominate their uses,
 * ASM's frame computation sees every slot initialised wherever it is read.
 */
final class SlotAllocator {
    private final int[] slotOf;
    private int next;

    SlotAllocator(Function f, FusedCompares fused) {
        slotOf = new int[f.valueCount()];
        java.util.Arrays.fill(slotOf, -1);
        for (Param p : f.params()) {
            slotOf[p.id()] = next;
            next += f.signature().params().get(p.index()).slots();
        }
        for (Block b : f.blocks()) {
            for (Instr i : b.instrs()) {
                if (needsSlot(i, fused)) {
                    slotOf[i.id()] = next;
                    next += i.type().slots();
                }
            }
        }
    }

    /** Phis always have a slot (the edge copies write it); other results only when something reads them. */
    private static boolean needsSlot(Instr i, FusedCompares fused) {
        if (i.type().isVoid() || fused.isFused(i)) return false;
        return i.isPhi() || !i.users().isEmpty();
    }

    boolean hasSlot(Value v) {
        return switch (v) {
            case Param p -> true;
            case Instr i -> slotOf[i.id()] >= 0;
            default -> false;
        };
    }

    int slot(Value v) {
        int s = switch (v) {
            case Param p -> slotOf[p.id()];
            case Instr i -> slotOf[i.id()];
            default -> -1;
        };
        if (s < 0) throw new IllegalStateException(v.ref() + " has no local slot");
        return s;
    }

    /** A fresh temporary of {@code slots} slots past all values (used by the measured entry). */
    int fresh(int slots) {
        int s = next;
        next += slots;
        return s;
    }
}
