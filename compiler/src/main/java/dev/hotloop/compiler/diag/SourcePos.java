package dev.hotloop.compiler.diag;

/** A place in the user's source, from the class file's SourceFile and LineNumberTable: {@code Kernels.java:42}. */
public record SourcePos(String file, int line) {
    public static SourcePos unknown(String file) { return new SourcePos(file, 0); }

    @Override
    public String toString() { return line > 0 ? file + ":" + line : file; }
}
