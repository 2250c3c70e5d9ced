package dev.hotloop.cache;

import dev.hotloop.KernelStats;
import dev.hotloop.runtime.Dispatcher;
import dev.hotloop.runtime.Engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Shared steps of the disk cache tests: kernels by name, calls with stats, entry files, captured stderr. */
final class CacheFixture {
    static final double[] XS = {1.5, -2.0, 3.25, 4.0, 0.5, 7.0, -1.0, 2.5, 9.0};

    private CacheFixture() {}

    static Method kernel(String name, Class<?>... params) {
        try {
            return CacheKernels.class.getDeclaredMethod(name, params.length == 0 ? new Class<?>[] {double[].class} : params);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls {@code name(xs)} on {@code e}; returns the result. */
    static Object call(Engine e, String name, Object xs) {
        return e.dispatcher(kernel(name)).invoke(xs);
    }

    /** The stats of the only variant of {@code name} on {@code e}. */
    static KernelStats only(Engine e, String name) {
        List<KernelStats> s = e.dispatcher(kernel(name)).stats();
        if (s.size() != 1) throw new AssertionError("expected one variant of " + name + ", got " + s);
        return s.get(0);
    }

    static Dispatcher dispatcher(Engine e, String name) {
        return e.dispatcher(kernel(name));
    }

    /** The entry files in {@code dir}, sorted; none when it does not exist. */
    static List<Path> entries(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".hlc")).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** What {@code r} prints on stderr (the runtime's warnings), while stderr still gets it. */
    static synchronized String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        old.print(text);
        return text;
    }
}
