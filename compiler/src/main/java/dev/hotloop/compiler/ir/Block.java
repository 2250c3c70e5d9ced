package dev.hotloop.compiler.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: phis first, then ordinary instructions, then exactly one terminator.
 * Predecessors are kept in a list whose order gives the order of phi operands.
 */
public final class Block {
    final int id;
    private final List<Instr> instrs = new ArrayList<>();
    private final List<Block> preds = new ArrayList<>();

    Block(int id) {
        this.id = id;
    }

    public int id() { return id; }

    public List<Instr> instrs() { return instrs; }

    public List<Block> preds() { return preds; }

    /** The successors, from the terminator (empty until one is added). */
    public List<Block> succs() {
        Instr t = terminator();
        return t == null ? List.of() : t.targets();
    }

    public Instr terminator() {
        if (instrs.isEmpty()) return null;
        Instr last = instrs.getLast();
        return last.isTerminator() ? last : null;
    }

    public List<Instr> phis() {
        List<Instr> out = new ArrayList<>();
        for (Instr i : instrs) {
            if (!i.isPhi()) break;
            out.add(i);
        }
        return out;
    }

    /** Appends {@code i} (a phi goes after the existing phis). */
    public Instr add(Instr i) {
        i.setBlock(this);
        if (i.isPhi()) {
            int at = 0;
            while (at < instrs.size() && instrs.get(at).isPhi()) at++;
            instrs.add(at, i);
        } else {
            instrs.add(i);
        }
        return i;
    }

    /** Inserts {@code i} before {@code before}, which must be in this block. */
    public Instr insertBefore(Instr before, Instr i) {
        i.setBlock(this);
        instrs.add(instrs.indexOf(before), i);
        return i;
    }

    /** Adds the edge from this block's terminator bookkeeping: records {@code this} as a predecessor of {@code to}. */
    public void addEdgeTo(Block to) {
        to.preds.add(this);
    }

    public String label() { return "b" + id; }

    @Override
    public String toString() { return label(); }
}
