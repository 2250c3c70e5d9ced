package dev.hotloop.compiler.ir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the textual IR that {@link IrPrinter} writes, so that {@code print(parse(text)) == text}.
 * <pre>
 * func @count(i32 v0) -> i32 {
 * b0:
 *   jump b1
 * b1:
 *   v2 = phi i32 [b0: 0, b2: v4]
 *   v3 = cmp lt v2, v0
 *   branch v3, b2, b3
 * b2:
 *   v4 = add v2, 1  ; line 7
 *   jump b1
 * b3:
 *   return v2
 * }
 * </pre>
 *
 * <p>Value and block numbers in the text are kept: {@code v4} above is the instruction whose
 * {@link Instr#id()} is 4, so analysis results and check lines use the names the text uses.
 * Numbers may have gaps; new values and blocks are numbered after the largest one.
 * Instructions without a result (stores, terminators) get fresh numbers, which never print.
 *
 * <p>Only phis, conversions and allocations spell their type; the others are inferred from
 * the operands as the printer assumes: arithmetic, shifts and {@code neg} take the type of
 * their first operand, {@code cmp} is {@code bool}, {@code cmp3} and {@code alen} are
 * {@code i32}, {@code aload} the computational element type, {@code select} the type of its
 * second operand, {@code call} and {@code getstatic} the computational type of the method
 * result or field, {@code random} the type of its {@link RandomKind}.
 *
 * <p>Operands may name values defined later in the text (the printer writes blocks in reverse
 * postorder, so only phis do). A block's predecessor order is the order its phis list them;
 * blocks without phis get their predecessors in text order. A trailing {@code ; line N}
 * restores {@link Instr#line()}; other comments, and lines that start with {@code ;}, are
 * ignored, so golden files can hold {@code ; check:} lines.
 *
 * <p>Errors are {@link ParseError}s naming the line and column.
 */
public final class IrParser {
    /** A syntax or naming error in IR text, with its 1-based line and column. */
    public static final class ParseError extends IllegalArgumentException {
        private final int line;
        private final int column;

        public ParseError(int line, int column, String message) {
            super("line " + line + ", column " + column + ": " + message);
            this.line = line;
            this.column = column;
        }

        public int line() { return line; }

        public int column() { return column; }
    }

    private final List<IrCursor> lines = new ArrayList<>();
    private int next;

    private IrParser(String text) {
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i].strip();
            if (!s.isEmpty() && !s.startsWith(";")) lines.add(new IrCursor(raw[i], i + 1));
        }
    }

    /** Parses text holding exactly one function. */
    public static Function parse(String text) {
        IrParser p = new IrParser(text);
        List<Function> fs = p.functions();
        if (fs.size() != 1) throw new ParseError(1, 1, "expected one function, found " + fs.size() + " (use parseProgram)");
        return fs.getFirst();
    }

    /**
     * Parses a kernel followed by its helpers. A helper {@code func @name(...)} is keyed by the
     * {@link MethodRef} of a call to it, found by name and descriptor in any of the functions;
     * when no call (or more than one owner) matches, by {@code MethodRef("", name, descriptor)}.
     */
    public static Program parseProgram(String text) {
        List<Function> fs = new IrParser(text).functions();
        if (fs.isEmpty()) throw new ParseError(1, 1, "expected a function");
        Program prog = new Program(fs.getFirst());
        Set<MethodRef> called = new LinkedHashSet<>();
        for (Function f : fs) {
            for (Instr i : f.instrs()) if (i.op() == Op.CALL && i.aux() instanceof MethodRef m) called.add(m);
        }
        for (Function h : fs.subList(1, fs.size())) {
            String desc = h.signature().descriptor();
            List<MethodRef> matches = called.stream().filter(m -> m.name().equals(h.name()) && m.desc().equals(desc)).toList();
            MethodRef key = matches.size() == 1 ? matches.getFirst() : new MethodRef("", h.name(), desc);
            if (prog.helpers().put(key, h) != null) throw new ParseError(1, 1, "helper @" + h.name() + desc + " defined twice");
        }
        return prog;
    }

    private List<Function> functions() {
        List<Function> out = new ArrayList<>();
        while (next < lines.size()) out.add(new FunctionReader(this).read());
        return out;
    }

    IrCursor nextLine() { return next < lines.size() ? lines.get(next++) : null; }

    IrCursor lastLine() { return lines.isEmpty() ? new IrCursor("", 1) : lines.get(next - 1); }

    /** The syntax of one instruction, before its operands are resolved. */
    static final class Pending {
        Block block;
        int line, column;
        String def;
        Op op;
        Object aux;
        Type spelled;
        final List<Ref> args = new ArrayList<>();
        final List<Ref> targets = new ArrayList<>();
        final List<Ref> phiPreds = new ArrayList<>();
        boolean parallel;
        int srcLine;
        Instr instr;
        boolean visiting;
    }

    /** A name or literal in the text and where it stands. */
    record Ref(String text, int line, int column) {
        ParseError error(String msg) { return new ParseError(line, column, msg); }
    }

    static Ref ref(IrCursor c, String what) {
        c.skipWs();
        int col = c.column();
        return new Ref(c.word(what), c.line(), col);
    }

    /** The number in {@code v12} or {@code b3}. */
    static int number(Ref r, char prefix) {
        String t = r.text();
        if (t.length() < 2 || t.charAt(0) != prefix || !t.substring(1).chars().allMatch(Character::isDigit)) {
            throw r.error("expected a " + (prefix == 'v' ? "value like v3" : "block like b3") + ", found '" + t + "'");
        }
        // ids index arrays in passes (valueCount, blockCount): refuse absurd ones
        if (t.length() > 9) throw r.error("number too large in '" + t + "'");
        return Integer.parseInt(t.substring(1));
    }
}
