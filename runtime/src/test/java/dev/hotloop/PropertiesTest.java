package dev.hotloop;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** System properties and the missing Vector API module, each in a JVM of its own (they are read once). */
class PropertiesTest {
    /** The program the child JVMs run. */
    public static final class Main {
        static long add(long a, long b) { return a + b; }

        public static void main(String[] args) {
            JitFunction f = Hotloop.jit(Main.class, "add");
            System.out.println("result " + f.invoke(2L, 3L));
            System.out.println("threads " + Hotloop.threads());
            System.out.println("fallback " + f.stats().getFirst().fallback());
        }
    }

    /** Runs {@link Main} in a new JVM; returns its standard output and error. */
    static String[] run(boolean vector, String... props) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (vector) cmd.addAll(List.of("--add-modules", "jdk.incubator.vector"));
        for (String p : props) cmd.add("-D" + p);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        return new String[] {out, err};
    }

    @Test
    void disableThreadsAndReport() throws Exception {
        String[] r = run(true, "hotloop.disable=true", "hotloop.threads=3", "hotloop.report=true");
        assertTrue(r[0].contains("result 5\nthreads 3\nfallback disabled by hotloop.disable\n"), r[0]);
        assertTrue(r[1].contains("PropertiesTest$Main.add  long(long, long)"), r[1]);
        assertTrue(r[1].contains("disabled by hotloop.disable"), r[1]);
        assertFalse(r[1].contains("jdk.incubator.vector not present"), r[1]);
    }

    @Test
    void withoutTheVectorModuleItSaysSoOnce() throws Exception {
        String[] r = run(false, "hotloop.disable=true");
        assertTrue(r[0].contains("result 5"), r[0]);
        String warning = "Hotloop: jdk.incubator.vector not present; running scalar only (add --add-modules jdk.incubator.vector)";
        assertEquals(1, r[1].split(java.util.regex.Pattern.quote(warning), -1).length - 1, r[1]);
    }
}
