package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Value;
import org.objectweb.asm.MethodVisitor;

/**
 * What the method emitter offers code placed inside a method it is writing (the vector loops of
 * {@code backend.vector}): the visitor, scalar values by IR value, phi slots, fresh locals, and
 * the scalar lowering of one instruction. {@link #bind} lets such code compute a value early into
 * a local of its own (an in-loop invariant) and have later {@link #load}s read it there.
 * <pre>code.load(n); code.mv().visitVarInsn(ISTORE, code.fresh(1));</pre>
 */
public interface ScalarCode {
    MethodVisitor mv();

    /** Internal name of the class being emitted. */
    String className();

    /** Pushes a scalar value (a constant, a bound local, or the value's own slot). */
    void load(Value v);

    /** Pops the top of the stack into the slot of phi {@code phi}. */
    void storePhi(Instr phi);

    /** A fresh local of {@code slots} slots that nothing else uses. */
    int fresh(int slots);

    /** Pushes the result of the non-terminator, non-phi instruction {@code i} (its operands through {@link #load}). */
    void lower(Instr i);

    /** Makes later {@link #load}s of {@code v} read local {@code slot} until {@link #unbindAll}. */
    void bind(Value v, int slot);

    void unbindAll();
}
