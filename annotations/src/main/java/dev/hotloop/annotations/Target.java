package dev.hotloop.annotations;

/** Where a ufunc's element loop runs. */
public enum Target {
    /** On the caller's thread. */
    CPU,
    /** Split over the Hotloop pool for large arrays. */
    PARALLEL
}
