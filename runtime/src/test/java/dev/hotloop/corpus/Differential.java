package dev.hotloop.corpus;

import static org.junit.jupiter.api.Assertions.fail;

import dev.hotloop.JitFunction;
import java.lang.reflect.Method;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * Runs one case twice, as plain Java (reflection on a deep copy of the arguments) and compiled
 * ({@link JitFunction#invoke} on another deep copy), and fails unless both agree as DESIGN.md
 * section 1 demands: the same result bit for bit, the same final contents of every array
 * argument, and the same exception type when the plain run throws.
 */
public final class Differential {
    /** Also compare array contents after an exception: -Dcorpus.strictExceptions=true or CORPUS_STRICT_EXCEPTIONS=true. */
    private static final boolean STRICT_EXCEPTIONS = Boolean.getBoolean("corpus.strictExceptions")
            || "true".equals(System.getenv("CORPUS_STRICT_EXCEPTIONS"));

    private Differential() {}

    /** A way to call the compiled kernel: {@code JitFunction.invoke}, or a typed handle. */
    @FunctionalInterface
    public interface Entry {
        Object call(Object[] args) throws Throwable;
    }

    /** How two results (or two final array arguments) compare: null if they agree, else where and how not. */
    @FunctionalInterface
    public interface Diff {
        String diff(Object expected, Object actual, String where);
    }

    /** Plain against {@code JitFunction.invoke}. */
    static void check(Method plain, Supplier<JitFunction> compiled, Case c) {
        checkEntry(plain, () -> args -> compiled.get().invoke(args), c);
    }

    /** Plain against any entry; a failure to get the entry counts as the compiled call throwing. */
    public static void checkEntry(Method plain, Supplier<Entry> compiled, Case c) {
        checkEntry(plain, compiled, c, Same::diff, STRICT_EXCEPTIONS);
    }

    /**
     * Plain against any entry, comparing values with {@code diff} (bit-exact {@link Same#diff}, or a
     * documented tolerance for fastmath), and, when {@code strictExceptions}, the arrays stored
     * before an exception too.
     */
    public static void checkEntry(Method plain, Supplier<Entry> compiled, Case c, Diff diff, boolean strictExceptions) {
        String title = plain.getDeclaringClass().getSimpleName() + "." + plain.getName();
        Object[] plainArgs = DeepCopy.of(c.args());
        Object[] jitArgs = DeepCopy.of(c.args());
        Outcome p = Outcome.of(() -> plain.invoke(null, plainArgs));
        Outcome j = HangGuard.call(() -> Outcome.of(() -> compiled.get().call(jitArgs)), () -> "compiled call" + describe(title, c));
        if (p.threw()) {
            if (!j.threw()) fail("plain threw " + p.thrown() + " but compiled returned " + Same.show(j.value()) + describe(title, c));
            if (p.thrown().getClass() != j.thrown().getClass()) {
                fail("plain threw " + p.thrown() + " but compiled threw " + j.thrown() + describe(title, c), j.thrown());
            }
            // DESIGN.md promises the exception type; what was stored before it is compared only in strict mode
            if (!strictExceptions) return;
            String d = null;
            for (int i = 0; i < plainArgs.length && d == null; i++) d = diff.diff(plainArgs[i], jitArgs[i], "after " + p.thrown() + ", argument p" + i);
            if (d != null) fail(d + describe(title, c));
            return;
        }
        if (j.threw()) fail("plain returned " + Same.show(p.value()) + " but compiled threw " + j.thrown() + describe(title, c), j.thrown());
        String d = diff.diff(p.value(), j.value(), "result");
        if (d == null) {
            for (int i = 0; i < plainArgs.length && d == null; i++) d = diff.diff(plainArgs[i], jitArgs[i], "argument p" + i);
        }
        if (d == null) d = Same.identity(plainArgs, p.value(), jitArgs, j.value());
        if (d != null) fail(d + describe(title, c));
    }

    public static String describe(String title, Case c) {
        StringJoiner j = new StringJoiner(", ", "\n  " + title + " [" + c.name() + "] (", ")");
        for (Object a : c.args()) j.add(Same.show(a));
        return j.toString();
    }
}
