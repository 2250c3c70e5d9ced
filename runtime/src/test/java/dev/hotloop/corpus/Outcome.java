package dev.hotloop.corpus;

import java.lang.reflect.InvocationTargetException;

/**
 * What one call did: returned a value or threw. Reflection's {@link InvocationTargetException}
 * is unwrapped so that the plain and the compiled run report the kernel's own exception.
 */
record Outcome(Object value, Throwable thrown) {
    /** A call that may throw anything. */
    @FunctionalInterface
    interface Call {
        Object call() throws Throwable;
    }

    static Outcome of(Call call) {
        try {
            return new Outcome(call.call(), null);
        } catch (InvocationTargetException e) {
            return new Outcome(null, e.getCause());
        } catch (Throwable t) {
            return new Outcome(null, t);
        }
    }

    boolean threw() { return thrown != null; }
}
