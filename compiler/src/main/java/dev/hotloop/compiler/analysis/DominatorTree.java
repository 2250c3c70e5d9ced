package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Rpo;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dominator tree of a function's control-flow graph, by Cooper, Harvey and Kennedy,
 * "A Simple, Fast Dominance Algorithm" (2001): iterate {@code idom(b) = intersect(processed
 * preds)} over reverse postorder until nothing changes.
 * <pre>
 * b0 -> b1 -> b2 -> b1, b1 -> b3      idom(b1) = b0, idom(b2) = b1, idom(b3) = b1
 *                                     dominates(b1, b3) == true, dominates(b2, b3) == false
 * </pre>
 * Blocks unreachable from the entry have no number, no idom, and dominate nothing.
 * The tree is a snapshot: it does not follow later edits of the function.
 */
public final class DominatorTree {
    private final List<Block> rpo;
    private final int[] number;   // block id -> RPO number, -1 if unreachable
    private final Block[] idom;   // block id -> immediate dominator
    private final List<List<Block>> children = new ArrayList<>();
    private final int[] enter;    // block id -> preorder interval in the dominator tree
    private final int[] exit;

    private DominatorTree(Function f) {
        int n = f.blockCount();
        number = new int[n];
        Arrays.fill(number, -1);
        rpo = reversePostorder(f.entry(), number);
        idom = new Block[n];
        computeIdoms();
        for (int k = 0; k < n; k++) children.add(new ArrayList<>());
        for (Block b : rpo) if (idom[b.id()] != null) children.get(idom[b.id()].id()).add(b);
        enter = new int[n];
        exit = new int[n];
        number(f.entry(), 0);
    }

    public static DominatorTree of(Function f) {
        return new DominatorTree(f);
    }

    /** Reachable blocks in reverse postorder of a depth-first walk that visits successors in order. */
    public List<Block> rpo() { return rpo; }

    /** The block's position in {@link #rpo()}, or -1 when it is unreachable. */
    public int rpoNumber(Block b) { return b.id() < number.length ? number[b.id()] : -1; }

    public boolean isReachable(Block b) { return rpoNumber(b) >= 0; }

    /** The immediate dominator; null for the entry and for unreachable blocks. */
    public Block idom(Block b) { return isReachable(b) ? idom[b.id()] : null; }

    /** Blocks whose immediate dominator is {@code b}, in reverse postorder. */
    public List<Block> children(Block b) { return isReachable(b) ? List.copyOf(children.get(b.id())) : List.of(); }

    /** True when every path from the entry to {@code b} passes through {@code a} (reflexive). */
    public boolean dominates(Block a, Block b) {
        if (!isReachable(a) || !isReachable(b)) return false;
        return enter[a.id()] <= enter[b.id()] && exit[b.id()] <= exit[a.id()];
    }

    public boolean strictlyDominates(Block a, Block b) { return a != b && dominates(a, b); }

    private static List<Block> reversePostorder(Block entry, int[] number) {
        List<Block> rpo = Rpo.of(entry);
        for (int i = 0; i < rpo.size(); i++) number[rpo.get(i).id()] = i;
        return List.copyOf(rpo);
    }

    private void computeIdoms() {
        Block entry = rpo.getFirst();
        idom[entry.id()] = entry;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : rpo.subList(1, rpo.size())) {
                Block newIdom = null;
                for (Block p : b.preds()) {
                    if (rpoNumber(p) < 0 || idom[p.id()] == null) continue;  // unreachable or not yet processed
                    newIdom = newIdom == null ? p : intersect(p, newIdom);
                }
                if (newIdom != idom[b.id()]) {
                    idom[b.id()] = newIdom;
                    changed = true;
                }
            }
        }
        idom[entry.id()] = null;
    }

    /** Walks both fingers up the tree, always moving the one later in RPO, until they meet. */
    private Block intersect(Block a, Block b) {
        while (a != b) {
            while (number[a.id()] > number[b.id()]) a = idom[a.id()];
            while (number[b.id()] > number[a.id()]) b = idom[b.id()];
        }
        return a;
    }

    private int number(Block b, int counter) {
        // preorder/postorder intervals make dominates() O(1); iterative to survive deep trees
        List<Block> stack = new ArrayList<>(List.of(b));
        List<Integer> next = new ArrayList<>(List.of(0));
        enter[b.id()] = counter++;
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Block x = stack.get(top);
            List<Block> kids = children.get(x.id());
            int k = next.get(top);
            if (k < kids.size()) {
                next.set(top, k + 1);
                Block c = kids.get(k);
                enter[c.id()] = counter++;
                stack.add(c);
                next.add(0);
            } else {
                exit[x.id()] = counter++;
                stack.removeLast();
                next.removeLast();
            }
        }
        return counter;
    }
}
