package dev.hotloop.cache;

import dev.hotloop.runtime.VectorSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real use: a program run twice. The first JVM compiles and writes the entries; the second
 * loads them (its stats say so) and prints the same results. Also checks that the Hotloop
 * fingerprint and the key are stable from one JVM to the next.
 */
class NewJvmCacheTest {
    @TempDir
    Path dir;

    @Test
    void aSecondRunLoadsWhatTheFirstCompiled() throws Exception {
        List<String> first = run();
        assertTrue(first.get(0).startsWith("CacheKernels.sum result=" + CacheKernels.sum(CacheFixture.XS) + " cached=false"), first.toString());
        assertTrue(first.get(1).contains(" cached=false"), first.toString());
        assertEquals(2, CacheFixture.entries(dir).size());

        List<String> second = run();
        assertEquals(first.get(0).replace("cached=false", "cached=true").replaceAll("phases=.*", ""),
                second.get(0).replaceAll("phases=.*", ""));
        assertTrue(second.get(0).endsWith("phases=[cache]"), second.toString());
        assertTrue(second.get(1).contains(" cached=true phases=[cache]"), second.toString());
        assertTrue(String.join("\n", second).contains("loaded from the disk cache " + dir), second.toString());
        assertEquals(2, CacheFixture.entries(dir).size());
    }

    private List<String> run() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (VectorSupport.modulePresent()) cmd.add("--add-modules=jdk.incubator.vector");
        cmd.add("-Dhotloop.cache.dir=" + dir);
        cmd.add("-Dhotloop.verify=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CacheChild.class.getName());
        Path err = Files.createTempFile(dir.getParent(), "child", ".err");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM did not finish");
        String errText = Files.readString(err);
        Files.delete(err);
        assertEquals(0, p.exitValue(), out + errText);
        assertFalse(errText.contains("disk cache"), errText); // no corrupt entry, no failed write
        return out.lines().toList();
    }
}
