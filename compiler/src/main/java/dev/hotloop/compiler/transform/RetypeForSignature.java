package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;

import java.util.List;

/**
 * Specialises the kernel for one variant's argument types (DESIGN.md, "Per-type variants").
 * A scalar argument keeps its own type and is widened once at entry, as Java would at the call;
 * an array of another element type is used in place: loads convert each element to the declared
 * type, stores convert back with a Java cast (see {@link ArrayRetyper}).
 * <pre>
 * func @k(f64[] v0, f64 v1) -> f64        retype [f32[], i32]     func @k(f32[] v0, i32 v1) -> f64
 * b0:                                      ==>                    b0:
 *   v2 = aload v0, 0                                                v5 = conv f64 v1
 *   v3 = add v2, v1                                                 v2 = aload v0, 0
 *   ...                                                             v6 = conv f64 v2
 *                                                                   v3 = add v6, v5
 * </pre>
 * The runtime has already checked that each argument type may stand for the declared one;
 * what only the compiler can see (a retyped array returned, passed to a call, or merged with
 * an array of another type) is a {@link dev.hotloop.compiler.diag.CompileError}.
 */
public final class RetypeForSignature implements Pass {
    private final List<Type> argTypes;

    public RetypeForSignature(List<Type> argTypes) {
        this.argTypes = List.copyOf(argTypes);
    }

    @Override
    public String name() { return "retype"; }

    @Override
    public void run(Program program) {
        retype(program.kernel());
    }

    /** Retypes {@code f} in place; its signature becomes {@code (argTypes) -> declared result}. */
    public void retype(Function f) {
        Signature declared = f.signature();
        if (declared.params().size() != argTypes.size()) {
            throw new IllegalArgumentException(f + " takes " + declared.params().size() + " arguments, variant has " + argTypes.size());
        }
        ArrayRetyper arrays = new ArrayRetyper(f);
        int convAt = 0;
        for (Param p : f.params()) {
            Type d = declared.params().get(p.index());
            Type a = argTypes.get(p.index());
            if (d.equals(a)) continue;
            if (d.isPrimitive() && a.isPrimitive()) {
                if (widenAtEntry(f, p, d, a, convAt)) convAt++;
            } else if (d.isArray() && a.isArray() && d.dims() == a.dims() && a.base().isPrimitive()) {
                arrays.retypeParam(p, d, a);
            } else {
                throw new IllegalArgumentException("parameter " + (p.index() + 1) + " of " + f + ": "
                        + a.javaName() + " cannot stand for " + d.javaName());
            }
        }
        arrays.propagate();
        f.setSignature(new Signature(declared.result(), argTypes));
    }

    /** {@code p} takes the actual type; a conversion at entry gives its users the declared one. */
    private static boolean widenAtEntry(Function f, Param p, Type declared, Type actual, int at) {
        Type from = actual.computational();
        Type to = declared.computational();
        p.setType(from);
        if (from.equals(to)) return false; // byte for int, char for int: same JVM value
        Instr conv = f.newInstr(Op.CONV, to);
        conv.setAux(to);
        p.replaceAllUsesWith(conv);
        conv.addArg(p);
        Block entry = f.entry();
        entry.insertBefore(entry.instrs().get(at), conv);
        return true;
    }
}
