package dev.hotloop.compiler.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * An SSA value: a constant, a function parameter, or the result of an instruction.
 * Parameters and instructions know their users (one entry per use), so a value can be
 * replaced everywhere in one call.
 */
public abstract sealed class Value permits Const, Param, Instr {
    protected Type type;
    final List<Instr> users = new ArrayList<>();

    protected Value(Type type) {
        this.type = type;
    }

    public Type type() { return type; }

    public void setType(Type type) { this.type = type; }

    /** The instructions using this value, once per use (empty for constants, which are not tracked). */
    public List<Instr> users() { return users; }

    /** Replaces every use of this value by {@code v}. */
    public void replaceAllUsesWith(Value v) {
        if (v == this) return;
        for (Instr u : List.copyOf(users)) {
            for (int i = 0; i < u.args().size(); i++) {
                if (u.arg(i) == this) u.setArg(i, v);
            }
        }
    }

    /** How the value prints as an operand: {@code v12}, {@code 0}, {@code 1.5f}. */
    public abstract String ref();

    @Override
    public String toString() { return ref(); }
}
