package dev.hotloop.compiler.ir;

import dev.hotloop.compiler.ir.IrParser.ParseError;
import dev.hotloop.compiler.ir.IrParser.Pending;
import dev.hotloop.compiler.ir.IrParser.Ref;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one {@code func ... { ... }} for {@link IrParser}: first the syntax of every line,
 * then the values, in dependency order so that types can be inferred from operands.
 */
final class FunctionReader {
    private final IrParser src;
    private Function f;
    private final List<Ref> paramNames = new ArrayList<>();
    private final List<Ref> labels = new ArrayList<>();
    private final List<List<Pending>> bodies = new ArrayList<>();
    private final Map<Integer, Value> values = new HashMap<>();
    private final Map<Integer, Pending> defs = new HashMap<>();
    private final Map<Integer, Block> blocks = new HashMap<>();

    FunctionReader(IrParser src) {
        this.src = src;
    }

    Function read() {
        header(src.nextLine());
        while (true) {
            IrCursor c = src.nextLine();
            if (c == null) throw src.lastLine().error("missing '}' at the end of @" + f.name());
            if (c.tryChar('}')) {
                c.expectEnd();
                break;
            }
            if (c.atLabel()) {
                labels.add(IrParser.ref(c, "block label"));
                c.expect(':');
                bodies.add(new ArrayList<>());
                if (c.atEnd()) continue;
            }
            if (bodies.isEmpty()) throw c.error("expected a block label like b0:");
            bodies.getLast().add(InstrSyntax.read(c));
        }
        if (labels.isEmpty()) throw src.lastLine().error("@" + f.name() + " has no blocks");
        build();
        return f;
    }

    private void header(IrCursor c) {
        if (!c.word("'func'").equals("func")) throw new ParseError(c.line(), 1, "expected 'func'");
        c.expect('@');
        String name = c.until('(', "function name");
        c.expect('(');
        List<Type> types = new ArrayList<>();
        if (!c.tryChar(')')) {
            do {
                types.add(c.type());
                paramNames.add(IrParser.ref(c, "parameter name"));
            } while (c.tryChar(','));
            c.expect(')');
        }
        c.expect('-');
        c.expect('>');
        Type result = c.type();
        c.expect('{');
        c.expectEnd();
        f = new Function(name, new Signature(result, types));
    }

    private void build() {
        // Blocks keep their text numbers; new ones are numbered after the largest.
        int maxBlock = 0;
        for (Ref l : labels) {
            Block b = new Block(IrParser.number(l, 'b'));
            if (blocks.put(b.id(), b) != null) throw l.error(l.text() + " defined twice");
            f.blocks().add(b);
            maxBlock = Math.max(maxBlock, b.id());
        }
        // Values keep their text numbers too; fresh ids (for void instructions) come after the largest.
        int maxValue = -1;
        for (int k = 0; k < paramNames.size(); k++) {
            Ref r = paramNames.get(k);
            int id = IrParser.number(r, 'v');
            if (values.put(id, f.params().get(k)) != null) throw r.error(r.text() + " defined twice");
            maxValue = Math.max(maxValue, id);
        }
        for (List<Pending> body : bodies) {
            for (Pending p : body) {
                if (p.def == null) continue;
                Ref r = new Ref(p.def, p.line, p.column);
                int id = IrParser.number(r, 'v');
                if (values.containsKey(id) || defs.put(id, p) != null) throw r.error(p.def + " defined twice");
                maxValue = Math.max(maxValue, id);
            }
        }
        for (int k = 0; k < paramNames.size(); k++) f.params().get(k).id = IrParser.number(paramNames.get(k), 'v');
        f.reserveIds(maxValue + 1, maxBlock + 1);
        // Phis first, so that every cycle through the text has a typed value to stop at.
        for (List<Pending> body : bodies) for (Pending p : body) if (p.op == Op.PHI) create(p, p.spelled, List.of());
        for (List<Pending> body : bodies) for (Pending p : body) materialize(p);
        for (List<Pending> body : bodies) {
            for (Pending p : body) for (Ref a : p.args) if (p.op == Op.PHI) p.instr.addArg(resolve(a));
        }
        for (int k = 0; k < labels.size(); k++) {
            Block b = f.blocks().get(k);
            for (Pending p : bodies.get(k)) {
                p.instr.setBlock(b);
                b.instrs().add(p.instr);
            }
        }
        for (Block b : f.blocks()) for (Block s : b.succs()) b.addEdgeTo(s);
        for (int k = 0; k < labels.size(); k++) orderPreds(f.blocks().get(k), bodies.get(k));
    }

    /** Resolves an instruction after its operands, so its type can follow from theirs. */
    private Value materialize(Pending p) {
        if (p.instr != null) return p.instr;
        if (p.visiting) throw new ParseError(p.line, p.column, p.def + " is defined in terms of itself");
        p.visiting = true;
        List<Value> args = new ArrayList<>();
        for (Ref a : p.args) args.add(resolve(a));
        Type type = InstrSyntax.resultType(p, args);
        if (type.isVoid() && p.def != null) throw new ParseError(p.line, p.column, p.op.text + " has no result to name");
        if (!type.isVoid() && p.def == null) throw new ParseError(p.line, p.column, p.op.text + " needs a result name (vN = ...)");
        create(p, type, args);
        return p.instr;
    }

    private void create(Pending p, Type type, List<Value> args) {
        Instr i = f.newInstr(p.op, type, args);
        if (p.def != null) i.id = IrParser.number(new Ref(p.def, p.line, p.column), 'v');
        i.setAux(p.aux);
        i.setLine(p.srcLine);
        for (Ref t : p.targets) i.targets().add(block(t));
        if (p.parallel) f.parallelPhis().add(i);
        p.instr = i;
    }

    private Value resolve(Ref r) {
        String t = r.text();
        if (t.startsWith("v")) {
            int id = IrParser.number(r, 'v');
            Value v = values.get(id);
            if (v != null) return v;
            Pending p = defs.get(id);
            if (p == null) throw r.error(t + " is not defined");
            return materialize(p);
        }
        try {
            return Const.parse(t);
        } catch (NumberFormatException e) {
            throw r.error("expected a value or a literal, found '" + t + "'");
        }
    }

    private Block block(Ref r) {
        Block b = blocks.get(IrParser.number(r, 'b'));
        if (b == null) throw r.error(r.text() + " is not a block of @" + f.name());
        return b;
    }

    /** Puts a block's predecessors in the order its phis list them (with repeats for repeated edges). */
    private void orderPreds(Block b, List<Pending> body) {
        List<Block> order = null;
        for (Pending p : body) {
            if (p.op != Op.PHI) continue;
            List<Block> listed = new ArrayList<>();
            for (Ref r : p.phiPreds) listed.add(block(r));
            if (order == null) {
                List<Block> rest = new ArrayList<>(b.preds());
                for (Block x : listed) {
                    if (!rest.remove(x)) throw new ParseError(p.line, p.column, "phi lists " + x + ", which is not a predecessor of " + b + " (or is listed too often)");
                }
                if (!rest.isEmpty()) throw new ParseError(p.line, p.column, "phi has no operand for predecessor " + rest.getFirst() + " of " + b);
                order = listed;
            } else if (!order.equals(listed)) {
                throw new ParseError(p.line, p.column, "phis of " + b + " list predecessors in different orders");
            }
        }
        if (order != null) {
            b.preds().clear();
            b.preds().addAll(order);
        }
    }

    static Cond cond(Ref r) {
        try {
            return Cond.valueOf(r.text().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw r.error("unknown condition '" + r.text() + "'");
        }
    }
}
