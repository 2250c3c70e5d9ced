package dev.hotloop.compiler.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reverse postorder of the nodes reachable from an entry, by an iterative depth-first walk
 * that takes successors in their listed order (so the front end, the passes and the analyses
 * agree on one order). In reverse postorder every block comes after its dominators.
 * <pre>b0 -> b1, b1 -> [b2, b3], b2 -> b1   ==>   [b0, b1, b2, b3]</pre>
 */
public final class Rpo {
    private Rpo() {}

    /** The IR blocks reachable from {@code entry}. */
    public static List<Block> of(Block entry) {
        return of(entry, Block::succs);
    }

    /** Any graph: {@code succs} lists a node's successors in walk order. */
    public static <N> List<N> of(N entry, Function<N, List<N>> succs) {
        List<N> post = new ArrayList<>();
        Set<N> seen = new HashSet<>();
        // each frame remembers how many successors it has visited
        Deque<N> stack = new ArrayDeque<>();
        Deque<Integer> next = new ArrayDeque<>();
        seen.add(entry);
        stack.push(entry);
        next.push(0);
        while (!stack.isEmpty()) {
            N b = stack.peek();
            int k = next.pop();
            List<N> out = succs.apply(b);
            if (k < out.size()) {
                next.push(k + 1);
                N s = out.get(k);
                if (seen.add(s)) {
                    stack.push(s);
                    next.push(0);
                }
            } else {
                post.add(b);
                stack.pop();
            }
        }
        Collections.reverse(post);
        return post;
    }
}
