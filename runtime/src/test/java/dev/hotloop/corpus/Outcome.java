package dev.hotloop.corpus;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;

/**
 * What one call did: returned a value or threw. Reflection's {@link InvocationTargetException}
 * is unwrapped so that the plain and the compiled run report the kernel's own exception.
 */
record Outcome(Object value, Throwable thrown) {
    static Outcome of(Callable<Object> call) {
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
