package dev.hotloop.compiler.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An instruction: an {@link Op} over operand values, with a result type ({@code void}
 * for stores and terminators), an optional {@code aux} payload (a {@link Cond}, a
 * {@link MethodRef}, a {@link FieldRef}, a {@link RandomKind}, switch keys as {@code int[]},
 * the NaN result of a {@code cmp3}), branch targets for terminators, and the source line
 * it came from (0 when unknown).
 *
 * <p>A {@code phi}'s operands are in the order of its block's predecessors.
 */
public final class Instr extends Value {
    private final Op op;
    private final List<Value> args = new ArrayList<>();
    private final List<Block> targets = new ArrayList<>();
    private Object aux;
    private Block block;
    private int line;
    int id;

    public Instr(Op op, Type type, List<? extends Value> args) {
        super(type);
        this.op = op;
        for (Value v : args) addArg(v);
    }

    public Op op() { return op; }

    public List<Value> args() { return Collections.unmodifiableList(args); }

    public Value arg(int i) { return args.get(i); }

    public void setArg(int i, Value v) {
        Value old = args.set(i, v);
        if (!(old instanceof Const)) old.users.remove(this);
        if (!(v instanceof Const)) v.users.add(this);
    }

    public void addArg(Value v) {
        args.add(v);
        if (!(v instanceof Const)) v.users.add(this);
    }

    public void removeArg(int i) {
        Value old = args.remove(i);
        if (!(old instanceof Const)) old.users.remove(this);
    }

    /** Drops all operands (and this instruction from their user lists). */
    public void clearArgs() {
        while (!args.isEmpty()) removeArg(args.size() - 1);
    }

    /** Successor blocks of a terminator: {@code jump [t]}, {@code branch [then, else]}, {@code switch [default, cases...]}. */
    public List<Block> targets() { return targets; }

    public Object aux() { return aux; }

    public Instr setAux(Object aux) {
        this.aux = aux;
        return this;
    }

    public Cond cond() { return (Cond) aux; }

    public Block block() { return block; }

    void setBlock(Block b) { this.block = b; }

    public int line() { return line; }

    public Instr setLine(int line) {
        this.line = line;
        return this;
    }

    public boolean isPhi() { return op == Op.PHI; }

    public boolean isTerminator() { return op.terminator; }

    /** The phi operand coming from predecessor {@code pred}. */
    public Value phiArg(Block pred) {
        return args.get(block.preds().indexOf(pred));
    }

    /** Removes this instruction from its block and drops its operands. It must have no users. */
    public void remove() {
        if (!users.isEmpty()) throw new IllegalStateException(ref() + " still has users " + users);
        clearArgs();
        if (block != null) block.instrs().remove(this);
        block = null;
    }

    public int id() { return id; }

    @Override
    public String ref() { return "v" + id; }
}
