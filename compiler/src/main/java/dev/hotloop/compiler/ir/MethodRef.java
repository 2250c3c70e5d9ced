package dev.hotloop.compiler.ir;

/** A static method, by JVM internal owner name, name and descriptor: {@code java/lang/Math.sqrt(D)D}. */
public record MethodRef(String owner, String name, String desc) {
    public Signature signature() { return Signature.fromDescriptor(desc); }

    @Override
    public String toString() { return owner + "." + name + desc; }

    /** Parses {@link #toString()}'s form. */
    public static MethodRef parse(String s) {
        int paren = s.indexOf('(');
        int dot = s.lastIndexOf('.', paren);
        return new MethodRef(s.substring(0, dot), s.substring(dot + 1, paren), s.substring(paren));
    }
}
