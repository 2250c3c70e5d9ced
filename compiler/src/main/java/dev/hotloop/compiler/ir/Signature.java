package dev.hotloop.compiler.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A kernel signature written as Java types, as in {@code @Jit(signatures = ...)}.
 * <pre>"double(float[], double)" ==> result f64, params [f32[], f64]</pre>
 */
public record Signature(Type result, List<Type> params) {
    public Signature {
        params = List.copyOf(params);
    }

    /** Parses {@code "double(float[], double)"}; throws {@link IllegalArgumentException} with the reason. */
    public static Signature parse(String text) {
        String s = text.strip();
        int open = s.indexOf('(');
        if (open <= 0 || !s.endsWith(")")) {
            throw new IllegalArgumentException("malformed signature '" + text + "': expected result(params), e.g. \"double(float[], double)\"");
        }
        Type result = parseType(s.substring(0, open), text);
        String inner = s.substring(open + 1, s.length() - 1).strip();
        List<Type> params = new ArrayList<>();
        if (!inner.isEmpty()) {
            for (String p : inner.split(",", -1)) {
                Type t = parseType(p, text);
                if (t.isVoid()) throw new IllegalArgumentException("malformed signature '" + text + "': void parameter");
                params.add(t);
            }
        }
        return new Signature(result, params);
    }

    private static Type parseType(String s, String whole) {
        try {
            Type t = Type.parse(s);
            if (t.kind() == Type.Kind.NULL) throw new IllegalArgumentException("null");
            return t;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed signature '" + whole + "': unknown type '" + s.strip() + "'");
        }
    }

    /** From a JVM method descriptor such as {@code ([DI)D}. */
    public static Signature fromDescriptor(String desc) {
        List<Type> params = new ArrayList<>();
        int i = 1;
        while (desc.charAt(i) != ')') {
            int j = i;
            while (desc.charAt(j) == '[') j++;
            if (desc.charAt(j) == 'L') {
                throw new IllegalArgumentException("object type in descriptor " + desc);
            }
            params.add(Type.fromDescriptor(desc.substring(i, j + 1)));
            i = j + 1;
        }
        return new Signature(Type.fromDescriptor(desc.substring(i + 1)), params);
    }

    public String descriptor() {
        StringBuilder b = new StringBuilder("(");
        for (Type p : params) b.append(p.descriptor());
        return b.append(')').append(result.descriptor()).toString();
    }

    /** The Java spelling, {@code double(float[], double)}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(result.javaName()).append('(');
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) b.append(", ");
            b.append(params.get(i).javaName());
        }
        return b.append(')').toString();
    }
}
