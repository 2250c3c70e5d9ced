package dev.hotloop.compiler.frontend;

import dev.hotloop.compiler.diag.SourcePos;
import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The translator's position inside one block: the IR block being filled, the JVM operand
 * stack as IR values, and the current source line. Stack entries are values, so a long or
 * double takes one entry (but two "words" for the DUP/POP family).
 */
final class BlockState {
    final Function function;
    final SsaBuilder ssa;
    final String file;
    final int maxLocals;
    Block block;
    int line;
    final List<Value> stack = new ArrayList<>();

    BlockState(Function function, SsaBuilder ssa, String file, int maxLocals) {
        this.function = function;
        this.ssa = ssa;
        this.file = file;
        this.maxLocals = maxLocals;
    }

    /** Starts filling {@code b}: the operand stack on entry is read from the stack variables. */
    void enter(Block b, int stackSize, int line) {
        block = b;
        this.line = line;
        stack.clear();
        for (int k = 0; k < stackSize; k++) stack.add(ssa.read(stackVar(k), b));
    }

    /** Writes the operand stack to the stack variables, before the block's terminator. */
    void leave() {
        for (int k = 0; k < stack.size(); k++) ssa.write(stackVar(k), block, stack.get(k));
    }

    int stackVar(int k) { return maxLocals + k; }

    SourcePos pos() { return new SourcePos(file, line); }

    void push(Value v) { stack.add(v); }

    Value pop() { return ssa.resolve(stack.removeLast()); }

    Value peek() { return ssa.resolve(stack.getLast()); }

    /** Pops values covering {@code words} JVM stack words, returned bottom first. */
    List<Value> popWords(int words) {
        List<Value> out = new ArrayList<>();
        int got = 0;
        while (got < words) {
            Value v = pop();
            out.addFirst(v);
            got += v.type().slots();
        }
        if (got != words) throw new IllegalStateException("stack words split a long or double");
        return out;
    }

    Value local(int slot) { return ssa.read(slot, block); }

    void setLocal(int slot, Value v) { ssa.write(slot, block, v); }

    /** Creates an instruction with the current line and appends it to the block. */
    Instr emit(Op op, Type type, Value... args) {
        Instr i = function.newInstr(op, type, args);
        i.setLine(line);
        block.add(i);
        return i;
    }

    Instr emit(Op op, Type type, List<Value> args) {
        Instr i = function.newInstr(op, type, args);
        i.setLine(line);
        block.add(i);
        return i;
    }
}
