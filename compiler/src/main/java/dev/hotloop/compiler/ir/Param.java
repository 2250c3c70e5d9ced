package dev.hotloop.compiler.ir;

/** The i-th parameter of a function; its type is the computational type of the declared one. */
public final class Param extends Value {
    private final int index;
    int id;

    public Param(Type type, int index) {
        super(type);
        this.index = index;
    }

    public int index() { return index; }

    public int id() { return id; }

    @Override
    public String ref() { return "v" + id; }
}
