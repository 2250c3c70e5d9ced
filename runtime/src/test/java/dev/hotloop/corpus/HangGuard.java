package dev.hotloop.corpus;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs compiled calls on one reused daemon thread and gives up on a call after a generous limit,
 * so that a compiled infinite loop fails its case instead of hanging the build. Not a speed
 * check: the limit is far above any correct call. A stuck thread is abandoned and replaced.
 */
final class HangGuard {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static ExecutorService worker = newWorker();

    private HangGuard() {}

    static synchronized <T> T call(Supplier<T> task, Supplier<String> what) {
        Future<T> f = worker.submit(task::get);
        try {
            return f.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return fail("did not return within " + LIMIT.toSeconds() + " s: " + what.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // tasks catch everything themselves
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus-compiled-call");
            t.setDaemon(true);
            return t;
        });
    }
}
