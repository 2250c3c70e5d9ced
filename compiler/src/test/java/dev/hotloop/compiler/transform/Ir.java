package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Terse helpers for building IR by hand in pass tests, and printing it with stable numbers. */
final class Ir {
    private Ir() {}

    static Function func(String name, String sig) { return new Function(name, Signature.parse(sig)); }

    static MethodRef ref(String name, String desc) { return new MethodRef("p/K", name, desc); }

    static Instr op(Block b, Function f, Op op, Type t, Value... args) {
        return b.add(f.newInstr(op, t, args));
    }

    static Instr bin(Block b, Function f, Op op, Value x, Value y) { return op(b, f, op, x.type(), x, y); }

    static Instr cmp(Block b, Function f, Cond c, Value x, Value y) {
        return (Instr) op(b, f, Op.CMP, Type.BOOL, x, y).setAux(c);
    }

    static Instr conv(Block b, Function f, Type to, Value x) {
        return op(b, f, Op.CONV, to.computational(), x).setAux(to);
    }

    static Instr call(Block b, Function f, MethodRef m, Value... args) {
        Type r = m.signature().result().computational();
        return op(b, f, Op.CALL, r, args).setAux(m);
    }

    /** A phi whose operands are given later with {@link Instr#addArg}, in predecessor order. */
    static Instr phi(Block b, Function f, Type t, Value... args) { return op(b, f, Op.PHI, t, args); }

    /**
     * The printed IR with values and blocks renumbered in order of appearance (v0, v1, ... and
     * b0, b1, ...), after checking the {@link Invariants}.
     */
    static String text(Function f) {
        Invariants.check(f, false);
        return renumber(IrPrinter.print(f));
    }

    static String renumber(String s) {
        return renumber(renumber(s, "v"), "b");
    }

    private static String renumber(String s, String prefix) {
        Map<String, String> names = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\b" + prefix + "(\\d+)\\b").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = names.computeIfAbsent(m.group(), k -> prefix + names.size());
            m.appendReplacement(out, n);
        }
        m.appendTail(out);
        return out.toString();
    }
}
