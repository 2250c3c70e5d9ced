package dev.hotloop.compiler.ir;

/**
 * A cursor over one line of IR text, for {@link IrParser}. Positions are reported 1-based,
 * as an editor shows them: {@code line 4, column 11: expected ','}.
 */
final class IrCursor {
    private final String s;
    private final int line;
    private int pos;

    IrCursor(String s, int line) {
        this.s = s;
        this.line = line;
    }

    int line() { return line; }

    /** The 1-based column of the next character. */
    int column() { return pos + 1; }

    /** True when the line starts with a block label such as {@code b3:}. */
    boolean atLabel() {
        skipWs();
        int i = pos;
        if (i >= s.length() || s.charAt(i) != 'b') return false;
        i++;
        int digits = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        if (i == digits) return false;
        while (i < s.length() && s.charAt(i) == ' ') i++;
        return i < s.length() && s.charAt(i) == ':';
    }

    void skipWs() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
    }

    /** True at the end of the line or at a trailing {@code ;} comment. */
    boolean atEnd() {
        skipWs();
        return pos >= s.length() || s.charAt(pos) == ';';
    }

    /** The trailing comment's text after {@code ;}, or null; consumes the rest of the line. */
    String comment() {
        skipWs();
        if (pos >= s.length() || s.charAt(pos) != ';') return null;
        String c = s.substring(pos + 1).strip();
        pos = s.length();
        return c;
    }

    boolean peek(char c) {
        skipWs();
        return pos < s.length() && s.charAt(pos) == c;
    }

    boolean tryChar(char c) {
        if (!peek(c)) return false;
        pos++;
        return true;
    }

    void expect(char c) {
        if (!tryChar(c)) throw error("expected '" + c + "'" + found());
    }

    /** A word: letters, digits and {@code _ $ . + -} (names, op names, literals, labels). */
    String word(String what) {
        skipWs();
        int start = pos;
        while (pos < s.length() && isWordChar(s.charAt(pos))) pos++;
        if (start == pos) throw error("expected " + what + found());
        return s.substring(start, pos);
    }

    /** Everything up to the next blank: a method or field reference such as {@code java/lang/Math.sqrt(D)D}. */
    String raw(String what) {
        skipWs();
        int start = pos;
        while (pos < s.length() && !Character.isWhitespace(s.charAt(pos))) pos++;
        if (start == pos) throw error("expected " + what + found());
        return s.substring(start, pos);
    }

    /** Everything up to {@code stop} (exclusive), stripped; used for the function name and types. */
    String until(char stop, String what) {
        skipWs();
        int end = s.indexOf(stop, pos);
        if (end < 0) throw error("expected " + what + " followed by '" + stop + "'");
        String t = s.substring(pos, end).strip();
        if (t.isEmpty()) throw error("expected " + what + found());
        pos = end;
        return t;
    }

    /** A type such as {@code f64[][]}. */
    Type type() {
        int col = column();
        skipWs();
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '[' || s.charAt(pos) == ']')) pos++;
        String t = s.substring(start, pos);
        try {
            return Type.parse(t);
        } catch (IllegalArgumentException e) {
            throw new IrParser.ParseError(line, col, "expected a type, found '" + t + "'");
        }
    }

    void expectEnd() {
        if (!atEnd()) throw error("unexpected '" + s.substring(pos).strip() + "'");
    }

    IrParser.ParseError error(String msg) {
        skipWs();
        return new IrParser.ParseError(line, column(), msg);
    }

    private String found() {
        if (pos >= s.length()) return " at end of line";
        return ", found '" + s.charAt(pos) + "'";
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '+' || c == '-';
    }
}
