package dev.hotloop.compiler.analysis;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The natural loops of a function and how they nest. A back edge is an edge {@code t -> h}
 * where {@code h} dominates {@code t}; all back edges to one header make one {@link Loop}.
 * Retreating edges to a block that does not dominate their source (irreducible control flow,
 * which javac never produces) make no loop.
 * <pre>
 * for (i...) { for (j...) {...} }   ==>  loops() = [loop b1 depth 1, loop b3 depth 2]
 *                                        loopOf(inner body) = loop b3
 * </pre>
 */
public final class LoopForest {
    private final Function function;
    private final DominatorTree dom;
    private final List<Loop> loops;
    private final Map<Block, Loop> innermost = new HashMap<>();
    private boolean irreducible;

    private LoopForest(Function f, DominatorTree dom) {
        this.function = f;
        this.dom = dom;
        Map<Block, Integer> order = new HashMap<>();
        for (Block b : f.blocks()) order.put(b, order.size());
        Comparator<Block> byOrder = Comparator.comparingInt(b -> order.getOrDefault(b, Integer.MAX_VALUE));

        Map<Block, List<Block>> latches = new LinkedHashMap<>();
        for (Block b : f.blocks()) {
            if (!dom.isReachable(b)) continue;
            for (Block h : b.succs()) {
                if (dom.dominates(h, b)) {
                    List<Block> ls = latches.computeIfAbsent(h, x -> new ArrayList<>());
                    if (!ls.contains(b)) ls.add(b);
                } else if (dom.rpoNumber(h) <= dom.rpoNumber(b)) {
                    irreducible = true; // a retreating edge that is no back edge: a cycle with two entries
                }
            }
        }
        Map<Block, Set<Block>> bodies = new HashMap<>();
        for (var e : latches.entrySet()) bodies.put(e.getKey(), body(e.getKey(), e.getValue()));

        // Outer loops first (fewer enclosing loops), so each parent exists before its children.
        List<Block> headers = new ArrayList<>(latches.keySet());
        Map<Block, Integer> nesting = new HashMap<>();
        for (Block h : headers) nesting.put(h, (int) headers.stream().filter(o -> o != h && bodies.get(o).contains(h)).count());
        headers.sort(Comparator.<Block>comparingInt(nesting::get).thenComparing(byOrder));
        Map<Block, Loop> byHeader = new HashMap<>();
        for (Block h : headers) {
            Loop parent = null;
            for (Block o : headers) {
                Loop candidate = byHeader.get(o);
                if (candidate != null && bodies.get(o).contains(h) && (parent == null || candidate.depth() > parent.depth())) parent = candidate;
            }
            List<Block> blocks = new ArrayList<>(bodies.get(h));
            blocks.remove(h);
            blocks.sort(byOrder);
            blocks.addFirst(h);
            Set<Block> exits = new LinkedHashSet<>();
            Set<Block> exiting = new LinkedHashSet<>();
            for (Block b : blocks) {
                for (Block s : b.succs()) {
                    if (!bodies.get(h).contains(s)) {
                        exits.add(s);
                        exiting.add(b);
                    }
                }
            }
            List<Block> ls = new ArrayList<>(latches.get(h));
            ls.sort(byOrder);
            List<Block> ex = new ArrayList<>(exits);
            ex.sort(byOrder);
            Loop loop = new Loop(h, blocks, ls, ex, new ArrayList<>(exiting), parent);
            if (parent != null) parent.children.add(loop);
            byHeader.put(h, loop);
        }
        List<Loop> all = new ArrayList<>(byHeader.values());
        all.sort(Comparator.comparing(Loop::header, byOrder));
        for (Loop l : byHeader.values()) l.children.sort(Comparator.comparing(Loop::header, byOrder));
        this.loops = List.copyOf(all);
        // innermost loop of each block: visit outer loops first so inner ones overwrite
        List<Loop> byDepth = new ArrayList<>(all);
        byDepth.sort(Comparator.comparingInt(Loop::depth));
        for (Loop l : byDepth) for (Block b : l.blocks()) innermost.put(b, l);
    }

    public static LoopForest of(Function f) {
        return new LoopForest(f, DominatorTree.of(f));
    }

    public static LoopForest of(Function f, DominatorTree dom) {
        return new LoopForest(f, dom);
    }

    public Function function() { return function; }

    public DominatorTree dominators() { return dom; }

    /** Every loop, in block order of the headers: a parent comes before its children. */
    public List<Loop> loops() { return loops; }

    /** True when some cycle has more than one entry; its blocks then belong to no loop here. */
    public boolean irreducible() { return irreducible; }

    /** Loops not nested in another. */
    public List<Loop> roots() { return loops.stream().filter(l -> l.parent() == null).toList(); }

    /** The innermost loop containing {@code b}, or null. */
    public Loop loopOf(Block b) { return innermost.get(b); }

    /** Number of loops containing {@code b}: 0 outside any loop. */
    public int depth(Block b) {
        Loop l = loopOf(b);
        return l == null ? 0 : l.depth();
    }

    /** The header, plus every reachable block that reaches a latch without passing the header. */
    private Set<Block> body(Block header, List<Block> latches) {
        Set<Block> body = new LinkedHashSet<>(List.of(header));
        Deque<Block> work = new ArrayDeque<>();
        for (Block l : latches) if (body.add(l)) work.add(l);
        while (!work.isEmpty()) {
            Block b = work.poll();
            for (Block p : b.preds()) if (dom.isReachable(p) && body.add(p)) work.add(p);
        }
        return body;
    }
}
