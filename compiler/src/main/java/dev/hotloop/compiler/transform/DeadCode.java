package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes pure instructions whose results nothing needs, including cycles of phis and
 * arithmetic that only feed each other (an unused loop counter). Anything that may throw or
 * has an effect stays, even unused: a dropped {@code aload} would lose its
 * {@code ArrayIndexOutOfBoundsException}. Marks what is live from the instructions that must
 * stay, then sweeps the rest, so one run reaches the fixpoint.
 * <pre>
 * b1: v2 = phi i32 [b0: 0, b2: v5]      (v2 used only by v5, v5 only by v2)
 * b2: v5 = add v2, 1                 ==>  both removed
 * </pre>
 */
public final class DeadCode implements Pass {
    @Override
    public String name() { return "dce"; }

    @Override
    public void run(Program program) {
        run(program.kernel());
        for (Function h : program.helpers().values()) run(h);
    }

    /** Returns whether anything was removed. */
    public static boolean run(Function f) {
        Set<Instr> live = new HashSet<>();
        Deque<Instr> work = new ArrayDeque<>();
        for (Block b : f.blocks()) {
            for (Instr i : b.instrs()) {
                if (!i.op().pure && live.add(i)) work.add(i);
            }
        }
        while (!work.isEmpty()) {
            for (Value a : work.poll().args()) {
                if (a instanceof Instr d && live.add(d)) work.add(d);
            }
        }
        List<Instr> dead = new ArrayList<>();
        for (Block b : f.blocks()) {
            for (Instr i : b.instrs()) if (!live.contains(i)) dead.add(i);
        }
        // dead instructions may use each other: unlink all before removing any
        for (Instr i : dead) i.clearArgs();
        for (Instr i : dead) {
            f.parallelPhis().remove(i);
            i.remove();
        }
        return !dead.isEmpty();
    }
}
