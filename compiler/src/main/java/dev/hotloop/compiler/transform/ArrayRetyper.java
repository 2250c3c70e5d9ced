package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.diag.SourcePos;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Uses an array argument of another element type in place of the declared one. The array
 * value takes its actual type, and so does everything it flows into (rows of a 2-D array,
 * phis, selects); each element load is followed by the Java conversion to the declared element
 * type (none when the loaded JVM value already is one: a byte read as an int), and each store is
 * preceded by the Java cast to the actual element type.
 * <pre>
 * double[] declared, float[] passed:
 *   v4 = aload v0, v2          ==>   v4 = aload v0, v2  (f32)   v9 = conv f64 v4
 *   astore v0, v2, v7          ==>   v10 = conv f32 v7          astore v0, v2, v10
 * </pre>
 * The array may not escape where its element type would be seen as the declared one: a
 * return, a call argument, a phi or select with an array of another type, or a store into
 * (or of) a row of another type. Each of those is a {@link CompileError}.
 */
final class ArrayRetyper {
    /** What each retyped value was declared as, and which parameter it came from. */
    private record Origin(Type declared, Param param, Type paramDeclared, Type paramActual) {}

    private final Function f;
    private final Map<Value, Origin> retyped = new LinkedHashMap<>();
    private final Deque<Value> work = new ArrayDeque<>();

    ArrayRetyper(Function f) {
        this.f = f;
    }

    void retypeParam(Param p, Type declared, Type actual) {
        p.setType(actual);
        mark(p, new Origin(declared, p, declared, actual));
    }

    private void mark(Value v, Origin o) {
        retyped.put(v, o);
        work.add(v);
    }

    /** Follows every retyped value to its users, rewriting loads and stores, then checks the merges. */
    void propagate() {
        while (!work.isEmpty()) {
            Value v = work.poll();
            Origin o = retyped.get(v);
            for (Instr u : new ArrayList<>(new LinkedHashSet<>(v.users()))) visit(v, o, u);
        }
        for (Map.Entry<Value, Origin> e : retyped.entrySet()) checkMerge(e.getKey(), e.getValue());
        for (Instr s : rowStores) checkRowStore(s);
    }

    private void visit(Value v, Origin o, Instr u) {
        Type declared = o.declared();
        Type actual = v.type();
        switch (u.op()) {
            case ALOAD -> {
                if (declared.elem().isArray()) {
                    u.setType(actual.elem());
                    mark(u, new Origin(declared.elem(), o.param(), o.paramDeclared(), o.paramActual()));
                } else {
                    convertLoad(u, declared.elem(), actual.elem());
                }
            }
            case ASTORE -> {
                if (u.arg(0) == v && !declared.elem().isArray()) convertStore(u, actual.elem());
                // a row stored into a 2-D array, or a retyped array stored as a row: checked below
                boolean rowStore = u.arg(0) == v && declared.elem().isArray() || u.arg(2) == v;
                if (rowStore && !rowStores.contains(u)) rowStores.add(u);
            }
            case ALEN, CMP -> { }
            case PHI, SELECT -> {
                if (!retyped.containsKey(u)) {
                    u.setType(actual);
                    mark(u, new Origin(declared, o.param(), o.paramDeclared(), o.paramActual()));
                }
            }
            case RETURN -> throw error(o, u, "is returned", "return an array the kernel allocates, or pass a " + o.paramDeclared().javaName());
            case CALL -> throw error(o, u, "is passed to " + calleeName(u),
                    "inline the code, or pass a " + o.paramDeclared().javaName());
            default -> throw error(o, u, "is used by '" + u.op().text + "'", "pass a " + o.paramDeclared().javaName());
        }
    }

    private static String calleeName(Instr call) {
        return call.aux() instanceof MethodRef m ? m.owner().replace('/', '.') + "." + m.name() : "a call";
    }

    /** {@code x = a[i]} reads the actual element; convert it to what the code expects. */
    private void convertLoad(Instr load, Type declaredElem, Type actualElem) {
        Type have = actualElem.computational();
        load.setType(have);
        Type to;
        if (!have.equals(declaredElem.computational())) to = declaredElem.computational(); // f2d, i2l, ...
        else if (!fitsIn(actualElem, declaredElem)) to = declaredElem;                     // i2b, i2s, i2c
        else return;                                                                         // byte for int: same value
        Instr conv = f.newInstr(Op.CONV, to.computational());
        conv.setAux(to);
        conv.setLine(load.line());
        load.replaceAllUsesWith(conv);
        conv.addArg(load);
        List<Instr> instrs = load.block().instrs();
        load.block().insertBefore(instrs.get(instrs.indexOf(load) + 1), conv);
    }

    /** Whether every value of the small-or-int type {@code a} is a value of {@code d} (both computing in i32). */
    private static boolean fitsIn(Type a, Type d) {
        if (a.equals(d) || d.kind() == Type.Kind.I32 || a.kind() == Type.Kind.BOOL) return true;
        return a.kind() == Type.Kind.I8 && d.kind() == Type.Kind.I16;
    }

    /** {@code a[i] = x} stores {@code (actual) x}, as the Java cast would. */
    private void convertStore(Instr store, Type actualElem) {
        Value x = store.arg(2);
        Instr conv = f.newInstr(Op.CONV, actualElem.computational(), x);
        conv.setAux(actualElem);
        conv.setLine(store.line());
        store.block().insertBefore(store, conv);
        store.setArg(2, conv);
    }

    private final List<Instr> rowStores = new ArrayList<>();

    /** Every operand of a retyped phi or select must be an array of the same actual type (or null). */
    private void checkMerge(Value v, Origin o) {
        if (v instanceof Instr i && (i.op() == Op.PHI || i.op() == Op.SELECT)) {
            for (int k = i.op() == Op.SELECT ? 1 : 0; k < i.args().size(); k++) {
                Value a = i.arg(k);
                if (!agrees(a, v.type())) {
                    throw error(o, i, "meets a " + a.type().javaName() + " at a " + (i.op() == Op.PHI ? "merge of control flow" : "conditional"),
                            "use one array type on both sides, or pass a " + o.paramDeclared().javaName());
                }
            }
        }
    }

    /** {@code a[i] = row} with either side retyped: both must be retyped alike. */
    private void checkRowStore(Instr s) {
        Value array = s.arg(0);
        Value row = s.arg(2);
        if (retyped.containsKey(array) && agrees(row, array.type().elem())) return;
        Origin which = retyped.containsKey(array) ? retyped.get(array) : retyped.get(row);
        String why = retyped.containsKey(array) ? "has a row of type " + row.type().javaName() + " stored into it"
                : "is stored as a row of an array of type " + array.type().javaName();
        throw error(which, s, why, "keep the rows of one array type");
    }

    private boolean agrees(Value a, Type t) {
        if (a instanceof Const c) return c.type().kind() == Type.Kind.NULL;
        return retyped.containsKey(a) && a.type().equals(t);
    }

    private CompileError error(Origin o, Instr at, String why, String hint) {
        String construct = "parameter " + (o.param().index() + 1) + " (declared " + o.paramDeclared().javaName()
                + ", passed " + o.paramActual().javaName() + ")";
        return new CompileError(new SourcePos(f.sourceFile(), at.line()), construct,
                "cannot be used in place: the array " + why, hint);
    }
}
