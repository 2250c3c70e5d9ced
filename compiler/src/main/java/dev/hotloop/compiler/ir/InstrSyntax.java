package dev.hotloop.compiler.ir;

import dev.hotloop.compiler.ir.IrParser.ParseError;
import dev.hotloop.compiler.ir.IrParser.Pending;
import dev.hotloop.compiler.ir.IrParser.Ref;
import java.util.List;
import java.util.Locale;

/**
 * The text of one instruction, for {@link IrParser}: {@link #read} splits a line into op,
 * payload, operands and targets; {@link #resultType} infers the type the printer leaves out.
 * <pre>v4 = cmp lt v2, v1  ; line 7   ==>  op CMP, aux LT, args [v2, v1], line 7</pre>
 */
final class InstrSyntax {
    private InstrSyntax() {}

    static Pending read(IrCursor c) {
        Pending p = new Pending();
        c.skipWs();
        p.line = c.line();
        p.column = c.column();
        Ref first = IrParser.ref(c, "an instruction");
        Ref opWord = first;
        if (c.tryChar('=')) {
            p.def = first.text();
            IrParser.number(first, 'v');
            opWord = IrParser.ref(c, "an op");
        }
        p.op = op(opWord, p);
        switch (p.op) {
            case PHI -> {
                p.spelled = c.type();
                if (c.tryChar('@')) {
                    Ref flag = IrParser.ref(c, "'parallel'");
                    if (!flag.text().equals("parallel")) throw flag.error("expected '@parallel'");
                    p.parallel = true;
                }
                c.expect('[');
                if (!c.tryChar(']')) {
                    do {
                        p.phiPreds.add(IrParser.ref(c, "a predecessor block"));
                        c.expect(':');
                        p.args.add(IrParser.ref(c, "a value"));
                    } while (c.tryChar(','));
                    c.expect(']');
                }
            }
            case CONV -> {
                p.spelled = c.type();
                p.aux = p.spelled;
                operands(c, p);
            }
            case NEWARRAY -> {
                p.spelled = c.type();
                if (!p.spelled.isArray()) throw c.error("newarray needs an array type, not " + p.spelled);
                operands(c, p);
            }
            case CMP -> {
                p.aux = FunctionReader.cond(IrParser.ref(c, "a condition"));
                operands(c, p);
            }
            case GETSTATIC -> {
                p.aux = reference(c, true);
                operands(c, p);
            }
            case CALL -> {
                p.aux = reference(c, false);
                operands(c, p);
            }
            case RANDOM -> {
                Ref k = IrParser.ref(c, "a random kind");
                try {
                    p.aux = RandomKind.valueOf(k.text().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw k.error("unknown random kind '" + k.text() + "'");
                }
                operands(c, p);
            }
            case JUMP -> p.targets.add(IrParser.ref(c, "a block"));
            case BRANCH -> {
                p.args.add(IrParser.ref(c, "a condition value"));
                c.expect(',');
                p.targets.add(IrParser.ref(c, "a block"));
                c.expect(',');
                p.targets.add(IrParser.ref(c, "a block"));
            }
            case SWITCH -> switchBody(c, p);
            default -> operands(c, p);
        }
        if (!c.atEnd()) throw c.error("unexpected text after the instruction");
        String comment = c.comment();
        if (comment != null && comment.matches("line \\d+")) p.srcLine = Integer.parseInt(comment.substring(5));
        checkArity(p);
        return p;
    }

    private static Op op(Ref w, Pending p) {
        // cmp3 prints its NaN result as a suffix: cmp3l (fcmpl, NaN -> -1), cmp3g (NaN -> 1)
        if (w.text().equals("cmp3l") || w.text().equals("cmp3g")) {
            p.aux = w.text().endsWith("l") ? -1 : 1;
            return Op.CMP3;
        }
        try {
            return Op.byText(w.text());
        } catch (IllegalArgumentException e) {
            throw w.error("unknown op '" + w.text() + "'");
        }
    }

    private static Object reference(IrCursor c, boolean field) {
        c.skipWs();
        int col = c.column();
        String s = c.raw(field ? "a field like p/K.T:[D" : "a method like java/lang/Math.sqrt(D)D");
        if (s.endsWith(",")) throw new ParseError(c.line(), col, "expected a blank after '" + s + "'");
        try {
            if (field) {
                FieldRef r = FieldRef.parse(s);
                r.type();
                return r;
            }
            MethodRef m = MethodRef.parse(s);
            m.signature();
            return m;
        } catch (RuntimeException e) {
            throw new ParseError(c.line(), col, "malformed " + (field ? "field" : "method") + " '" + s + "'");
        }
    }

    private static void operands(IrCursor c, Pending p) {
        if (c.atEnd()) return;
        do {
            p.args.add(IrParser.ref(c, "an operand"));
        } while (c.tryChar(','));
    }

    private static void switchBody(IrCursor c, Pending p) {
        p.args.add(IrParser.ref(c, "a value"));
        c.expect(',');
        p.targets.add(IrParser.ref(c, "a default block"));
        c.expect('[');
        List<Integer> keys = new java.util.ArrayList<>();
        if (!c.tryChar(']')) {
            do {
                Ref k = IrParser.ref(c, "a case key");
                try {
                    keys.add(Integer.parseInt(k.text()));
                } catch (NumberFormatException e) {
                    throw k.error("expected an int case key, found '" + k.text() + "'");
                }
                c.expect(':');
                p.targets.add(IrParser.ref(c, "a block"));
            } while (c.tryChar(','));
            c.expect(']');
        }
        p.aux = keys.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void checkArity(Pending p) {
        int n = p.args.size();
        int min, max;
        switch (p.op) {
            case ADD, SUB, MUL, DIV, REM, AND, OR, XOR, SHL, SHR, USHR, CMP, CMP3, ALOAD -> min = max = 2;
            case NEG, CONV, ALEN -> min = max = 1;
            case SELECT, ASTORE -> min = max = 3;
            case NEWARRAY -> { min = 1; max = p.spelled.dims(); }
            case GETSTATIC -> min = max = 0;
            case CALL -> min = max = ((MethodRef) p.aux).signature().params().size();
            case RANDOM -> min = max = p.aux == RandomKind.INT_BOUNDED ? 1 : 0;
            case RETURN -> { min = 0; max = 1; }
            default -> { return; } // phi, jump, branch, switch: fixed by their syntax
        }
        if (n < min || n > max) {
            String want = min == max ? String.valueOf(min) : min + " to " + max;
            throw new ParseError(p.line, p.column, p.op.text + " takes " + want + " operand" + (max == 1 ? "" : "s") + ", found " + n);
        }
    }

    /** The result type the printer does not spell, from the op and the operands. */
    static Type resultType(Pending p, List<Value> args) {
        return switch (p.op) {
            case ADD, SUB, MUL, DIV, REM, NEG, AND, OR, XOR, SHL, SHR, USHR -> args.getFirst().type();
            case CMP -> Type.BOOL;
            case CMP3, ALEN -> Type.I32;
            case SELECT -> args.get(1).type().kind() == Type.Kind.NULL ? args.get(2).type() : args.get(1).type();
            case ALOAD -> {
                Type a = args.getFirst().type();
                if (!a.isArray()) {
                    Ref r = p.args.getFirst();
                    throw r.error("aload of " + r.text() + ", which is " + a + ", not an array");
                }
                yield a.elem().computational();
            }
            case CONV, NEWARRAY, PHI -> p.spelled.computational();
            case GETSTATIC -> ((FieldRef) p.aux).type().computational();
            case CALL -> ((MethodRef) p.aux).signature().result().computational();
            case RANDOM -> ((RandomKind) p.aux).type;
            case ASTORE, JUMP, BRANCH, SWITCH, RETURN -> Type.VOID;
        };
    }
}
