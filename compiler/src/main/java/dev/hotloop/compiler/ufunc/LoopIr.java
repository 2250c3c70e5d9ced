package dev.hotloop.compiler.ufunc;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

/**
 * A few building steps shared by the ufunc and gufunc loop builders: counted loops shaped as the
 * front end builds Java's {@code for (int i = lo; i < n; i++)}, Java casts, loads and stores.
 * <pre>
 * LoopIr.Counted l = ir.loop(entry, Const.i32(0), n, parallel);   // l.body(): i = l.index()
 * ... code in l.body() ...
 * ir.close(l, bodyEnd);                                           // i + 1, back edge; continue in l.exit()
 * </pre>
 */
final class LoopIr {
    final Function f;

    LoopIr(Function f) {
        this.f = f;
    }

    /** An open loop: {@code index} runs from the start value while {@code index < bound}. */
    record Counted(Block header, Instr index, Block body, Block exit) {}

    Counted loop(Block from, Value start, Value bound, boolean parallel) {
        Block header = f.newBlock(), body = f.newBlock(), exit = f.newBlock();
        f.jump(from, header);
        Instr i = header.add(f.newInstr(Op.PHI, Type.I32));
        i.addArg(start);
        if (parallel) f.parallelPhis().add(i);
        Instr c = header.add(f.newInstr(Op.CMP, Type.BOOL, i, bound).setAux(Cond.LT));
        f.branch(header, c, body, exit);
        return new Counted(header, i, body, exit);
    }

    /** Steps the index at the end of {@code latch} (the last block of the body) and jumps back. */
    void close(Counted l, Block latch) {
        Instr next = add(latch, Op.ADD, Type.I32, l.index(), Const.i32(1));
        f.jump(latch, l.header());
        l.index().addArg(next);
    }

    Instr add(Block b, Op op, Type t, Value... args) {
        return b.add(f.newInstr(op, t, args));
    }

    Instr len(Block b, Value array) {
        return add(b, Op.ALEN, Type.I32, array);
    }

    Instr load(Block b, Value array, Value index) {
        return add(b, Op.ALOAD, array.type().elem().computational(), array, index);
    }

    void store(Block b, Value array, Value index, Value v) {
        add(b, Op.ASTORE, Type.VOID, array, index, v);
    }

    /** {@code v}, of Java type {@code from}, cast to {@code to} as Java would; no instruction when nothing changes. */
    Value cast(Block b, Value v, Type from, Type to) {
        if (from.equals(to)) return v;
        boolean small = !to.computational().equals(to);
        if (!small && from.computational().equals(to)) return v;
        return b.add(f.newInstr(Op.CONV, to.computational(), v).setAux(to));
    }
}
