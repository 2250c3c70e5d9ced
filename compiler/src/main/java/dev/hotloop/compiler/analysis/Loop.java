package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A natural loop: a header that dominates the sources of its back edges, and every block that
 * reaches one of them without passing the header. Back edges to one header form one loop.
 * <pre>
 * for (int i = 0; i < n; i++) { if (a[i] < 0) break; s += a[i]; }
 *   ==>  loop b1 depth 1 blocks [b1, b2, b3] latches [b3] exits [b4] exiting [b1, b2]
 * </pre>
 * Block lists are in function block order, the header first. A loop is immutable once its
 * {@link LoopForest} is built; it is a class rather than a record because it links to its
 * parent and its children, which a record's generated equals and toString would chase forever.
 */
public final class Loop {
    private final Block header;
    private final List<Block> blocks;
    private final Set<Block> members;
    private final List<Block> latches;
    private final List<Block> exits;
    private final List<Block> exiting;
    private final Loop parent;
    private final int depth;
    final List<Loop> children = new ArrayList<>();

    Loop(Block header, List<Block> blocks, List<Block> latches, List<Block> exits, List<Block> exiting, Loop parent) {
        this.header = header;
        this.blocks = List.copyOf(blocks);
        this.members = Set.copyOf(blocks);
        this.latches = List.copyOf(latches);
        this.exits = List.copyOf(exits);
        this.exiting = List.copyOf(exiting);
        this.parent = parent;
        this.depth = parent == null ? 1 : parent.depth + 1;
    }

    public Block header() { return header; }

    /** Every block of the loop, inner loops' blocks included, header first, then in block order. */
    public List<Block> blocks() { return blocks; }

    public boolean contains(Block b) { return members.contains(b); }

    /** Sources of the back edges to the header. */
    public List<Block> latches() { return latches; }

    /** Blocks outside the loop that an edge from inside leads to. */
    public List<Block> exits() { return exits; }

    /** Blocks inside the loop with an edge leaving it. */
    public List<Block> exiting() { return exiting; }

    /** The innermost enclosing loop, or null for an outermost loop. */
    public Loop parent() { return parent; }

    /** 1 for an outermost loop. */
    public int depth() { return depth; }

    /** Directly nested loops, in block order of their headers. */
    public List<Loop> children() { return Collections.unmodifiableList(children); }

    public boolean isInnermost() { return children.isEmpty(); }

    /** Whether a block of the loop (inner loops included) draws a random number. */
    public boolean draws() {
        for (Block b : blocks) for (Instr i : b.instrs()) if (i.op() == Op.RANDOM) return true;
        return false;
    }

    @Override
    public String toString() { return "loop " + header; }
}
