package dev.hotloop.compiler.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * The core-dimension layout of a {@code @GuVectorize} kernel, as in NumPy's generalised ufuncs:
 * one parenthesised list of dimension names per argument, inputs before {@code ->}, outputs after.
 * <pre>"(m,n),(n)->(m)" ==> inputs [[m, n], [n]], outputs [[m]]
 * "(n),(n)->()"     ==> inputs [[n], [n]],    outputs [[]]   (a scalar output)</pre>
 * Grammar: {@code layout := args "->" args; args := group ("," group)*;
 * group := "(" [name ("," name)*] ")"}, names are Java identifiers, blanks are ignored.
 */
public record Layout(List<List<String>> inputs, List<List<String>> outputs) {
    public Layout {
        inputs = inputs.stream().map(List::copyOf).toList();
        outputs = outputs.stream().map(List::copyOf).toList();
    }

    /** Parses a layout; throws {@link IllegalArgumentException} saying what was expected where. */
    public static Layout parse(String text) {
        return new Reader(text).layout();
    }

    /** The Java spelling, {@code (m,n),(n)->(m)}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return spell(inputs) + "->" + spell(outputs);
    }

    private static String spell(List<List<String>> groups) {
        StringBuilder b = new StringBuilder();
        for (List<String> g : groups) {
            if (!b.isEmpty()) b.append(',');
            b.append('(').append(String.join(",", g)).append(')');
        }
        return b.toString();
    }

    /** A recursive-descent reader over the layout text; {@code pos} is the next unread char. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        Layout layout() {
            List<List<String>> in = groups();
            skipBlanks();
            if (!text.startsWith("->", pos)) throw error("'->' between inputs and outputs");
            pos += 2;
            List<List<String>> out = groups();
            skipBlanks();
            if (pos < text.length()) throw error("end of layout");
            return new Layout(in, out);
        }

        private List<List<String>> groups() {
            List<List<String>> groups = new ArrayList<>();
            groups.add(group());
            while (peek() == ',') {
                pos++;
                groups.add(group());
            }
            return groups;
        }

        private List<String> group() {
            if (peek() != '(') throw error("'('");
            pos++;
            List<String> names = new ArrayList<>();
            if (peek() == ')') {
                pos++;
                return names;
            }
            names.add(name());
            while (peek() == ',') {
                pos++;
                names.add(name());
            }
            if (peek() != ')') throw error("',' or ')'");
            pos++;
            return names;
        }

        private String name() {
            skipBlanks();
            int start = pos;
            if (pos < text.length() && Character.isJavaIdentifierStart(text.charAt(pos))) {
                pos++;
                while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) pos++;
            }
            if (start == pos) throw error("a dimension name");
            return text.substring(start, pos);
        }

        /** The next non-blank char, or 0 at the end. */
        private char peek() {
            skipBlanks();
            return pos < text.length() ? text.charAt(pos) : 0;
        }

        private void skipBlanks() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
        }

        private IllegalArgumentException error(String expected) {
            String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "end of text";
            return new IllegalArgumentException("malformed layout \"" + text + "\": expected " + expected
                    + " at column " + (pos + 1) + ", found " + found
                    + "; write e.g. \"(n),(n)->()\" or \"(m,n),(n)->(m)\"");
        }
    }
}
