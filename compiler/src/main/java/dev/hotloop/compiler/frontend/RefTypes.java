package dev.hotloop.compiler.frontend;

import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

/**
 * Gives reference-typed phis and row loads their array types. The analyzer only says
 * "reference", and a loop-header phi gets its operands after its users were translated, so
 * the types are settled at the end, to a fixpoint: a phi takes the first array type among its
 * operands (null constants have type {@code null}), an {@code aload} of a row takes its array's
 * element type.
 * <pre>v3 = phi null [b0: v0, b2: v3]  (v0: f64[][])  ==>  v3 = phi f64[][] [...]</pre>
 */
final class RefTypes {
    private RefTypes() {}

    static void resolve(Function f) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Instr i : f.instrs()) {
                if (i.type().kind() != Type.Kind.NULL) continue;
                Type t = null;
                if (i.op() == Op.PHI) {
                    for (Value a : i.args()) {
                        if (a.type().isArray()) {
                            t = a.type();
                            break;
                        }
                    }
                } else if (i.op() == Op.ALOAD && i.arg(0).type().isArray()) {
                    t = i.arg(0).type().elem().computational();
                }
                if (t != null) {
                    i.setType(t);
                    changed = true;
                }
            }
        }
    }
}
