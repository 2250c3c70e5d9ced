package dev.hotloop.runtime;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Every variant built so far, by key, built exactly once per key. When 32 threads make a
 * kernel's first call at once, one of them compiles and the others wait for its result;
 * a failed compile is kept as a failed {@link Variant} and thrown again on every use.
 *
 * <p>The map holds a {@link FutureTask} per key rather than the variant itself so that a
 * long compile runs outside the map's locks: {@code computeIfAbsent} would block other keys
 * hashed to the same bin for the whole compile.
 */
public final class VariantCache {
    private final ConcurrentHashMap<VariantKey, FutureTask<Variant>> byKey = new ConcurrentHashMap<>();
    private final List<Variant> inOrder = new CopyOnWriteArrayList<>();

    /**
     * The variant of {@code key}, built by {@code builder} on first request. The builder must
     * not throw for a compile error: it returns a failed variant, which is cached like any other.
     */
    public Variant get(VariantKey key, Function<VariantKey, Variant> builder) {
        FutureTask<Variant> task = byKey.get(key);
        if (task == null) {
            FutureTask<Variant> mine = new FutureTask<>(() -> {
                Variant v = builder.apply(key);
                inOrder.add(v);
                return v;
            });
            task = byKey.putIfAbsent(key, mine);
            if (task == null) {
                task = mine;
                mine.run();
            }
        }
        return await(task);
    }

    private static Variant await(FutureTask<Variant> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // the compile goes on in its own thread; keep waiting, restore the flag after
                    interrupted = true;
                } catch (ExecutionException e) {
                    // the builder itself broke (not a compile error): surface its exception unchanged
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException r) throw r;
                    if (c instanceof Error err) throw err;
                    throw new IllegalStateException(c);
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Variants whose build finished, in the order they finished (failed ones included). */
    public List<Variant> all() { return List.copyOf(inOrder); }
}
