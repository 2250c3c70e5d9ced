package dev.hotloop.runtime;

import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hotloop.count.calls}: whether facades and typed handles count their calls. */
class CountCallsTest {
    private static final MethodType ADD = MethodType.methodType(long.class, long.class, long.class);

    private static Dispatcher add(boolean countCalls) {
        Engine e = new Engine(new Config(false, null, false, 0, null, countCalls), FakeCompiler.working());
        return e.dispatcher(DispatcherTest.method("add", long.class, long.class));
    }

    @Test
    void handlesCountEveryCallByDefault() throws Throwable {
        Dispatcher d = add(true);
        MethodHandle h = d.handle(ADD);
        for (long i = 0; i < 1000; i++) assertEquals(i + 1, (long) h.invokeExact(i, 1L));
        assertEquals(1000, d.stats().getFirst().calls());
    }

    @Test
    void uncountedHandlesRunTheKernelAndLeaveOnlyInvokeCalls() throws Throwable {
        Dispatcher d = add(false);
        MethodHandle h = d.handle(ADD);
        for (long i = 0; i < 1000; i++) assertEquals(i + 1, (long) h.invokeExact(i, 1L));
        assertEquals(0, d.stats().getFirst().calls());
        assertEquals(5L, d.invoke(2L, 3L));
        assertEquals(1, d.stats().getFirst().calls());
        assertTrue(d.stats().getFirst().runNanos() > 0);
    }

    @Test
    void reportSaysWhatIsNotCounted() {
        Engine counted = new Engine(Config.DEFAULTS, FakeCompiler.working());
        Engine uncounted = new Engine(new Config(false, null, false, 0, null, false), FakeCompiler.working());
        assertFalse(counted.report().contains("hotloop.count.calls=false"));
        assertTrue(uncounted.report().contains("hotloop.count.calls=false: calls through facades and handles are not counted"),
                uncounted.report());
    }

    @Test
    void propertyTurnsCountingOff() {
        Properties p = new Properties();
        assertTrue(Config.from(p).countCalls());
        p.setProperty("hotloop.count.calls", "false");
        assertFalse(Config.from(p).countCalls());
        p.setProperty("hotloop.count.calls", " FALSE ");
        assertFalse(Config.from(p).countCalls());
        p.setProperty("hotloop.count.calls", "true");
        assertTrue(Config.from(p).countCalls());
    }
}
