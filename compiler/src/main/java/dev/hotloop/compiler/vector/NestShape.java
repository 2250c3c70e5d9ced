package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Rpo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An outer loop's body cut around its one inner loop, as {@link OuterLegality} needs it: the blocks
 * before the inner loop ({@code pre}, from the outer header), the inner loop's own, and the blocks
 * after it ({@code post}, from the one block it leaves to, {@code exit}), each in reverse
 * postorder. The inner loop is entered from one block ({@code preheader}); with a break it leaves
 * through several blocks ({@code leaves}), all but one empty jumps on to {@code exit}. Any other
 * shape (a second way in or out, code reached around the inner loop) is refused, with the reason.
 * <pre>
 * for (i...) { s = 0; for (j...) { if (x[j] &lt; 0) break; s += x[j]; } f[i] = s; }
 *   pre = [i's header, s = 0]; inner = j's blocks; leaves = [j's test, the break]; post = [f[i] = s; i++]
 * </pre>
 */
record NestShape(Block preheader, Block exit, List<Block> leaves, List<Block> pre, List<Block> innerOrder, List<Block> post) {

    /** The shape of {@code loop} around {@code inner}, its one child, or NotVectorisable. */
    static NestShape of(Loop loop, Loop inner) {
        Block header = loop.header();
        Block h = inner.header();
        List<Block> entries = h.preds().stream().filter(p -> !inner.contains(p)).toList();
        if (entries.size() != 1) throw new NotVectorisable(h.terminator(), "the inner loop has several entries");
        Block preheader = entries.getFirst();
        List<Block> leaves = new ArrayList<>(new LinkedHashSet<>(inner.exits()));
        Block exit = null; // with a break, some exits are empty blocks jumping on to the one block after the loop
        for (Block b : leaves) {
            Block to = b.instrs().size() == 1 && b.terminator().op() == Op.JUMP ? b.succs().getFirst() : b;
            if (leaves.size() > 1 && exit != null && to != exit) throw new NotVectorisable(h.terminator(), "the inner loop leaves to several places");
            if (exit == null || to != b) exit = to;
        }
        if (exit == header || !loop.contains(exit)) throw new NotVectorisable(h.terminator(), "the inner loop leaves the outer loop");
        if (!exit.phis().isEmpty()) throw new NotVectorisable(exit.phis().getFirst(), "a merge of values after the inner loop");
        for (Block p : exit.preds()) {
            if (!inner.contains(p) && !leaves.contains(p)) throw new NotVectorisable(h.terminator(), "the inner loop's exit is reached from elsewhere");
        }

        List<Block> pre = Rpo.of(header, b -> b.succs().stream().filter(s -> loop.contains(s) && s != header && !inner.contains(s)).toList());
        List<Block> innerOrder = Rpo.of(h, b -> b.succs().stream().filter(s -> inner.contains(s) && s != h).toList());
        List<Block> post = Rpo.of(exit, b -> b.succs().stream().filter(s -> loop.contains(s) && s != header).toList());
        // every block of the nest is in exactly one part, or in leaves (trampolines to exit)
        Set<Block> all = new HashSet<>(pre);
        all.addAll(innerOrder);
        all.addAll(post);
        final Block after = exit;
        int trampolines = (int) leaves.stream().filter(b -> b != after).count();
        all.addAll(leaves);
        if (!pre.contains(preheader) || innerOrder.size() != inner.blocks().size() || all.size() != loop.blocks().size()
                || pre.size() + innerOrder.size() + post.size() + trampolines != loop.blocks().size()) {
            throw new NotVectorisable(h.terminator(), "irregular control flow around the inner loop");
        }
        for (Block b : post) {
            if (b == exit) continue;
            for (Block p : b.preds()) if (!post.contains(p) && !leaves.contains(p)) throw new NotVectorisable(b.terminator(), "irregular control flow around the inner loop");
        }
        return new NestShape(preheader, exit, leaves, pre, innerOrder, post);
    }
}
