package dev.hotloop.compiler.ir;

/** A static field, by JVM internal owner name, name and descriptor: {@code p/Kernels.TABLE:[D}. */
public record FieldRef(String owner, String name, String desc) {
    public Type type() { return Type.fromDescriptor(desc); }

    @Override
    public String toString() { return owner + "." + name + ":" + desc; }

    public static FieldRef parse(String s) {
        int colon = s.lastIndexOf(':');
        int dot = s.lastIndexOf('.', colon);
        return new FieldRef(s.substring(0, dot), s.substring(dot + 1, colon), s.substring(colon + 1));
    }
}
