package dev.hotloop.corpus;

/**
 * One named argument set for a kernel, e.g. {@code "len=17"} or {@code "edge a=NaN, b=-0.0"}.
 * The arguments are never passed as they are: each run gets its own {@link DeepCopy}.
 */
public record Case(String name, Object[] args) {}
