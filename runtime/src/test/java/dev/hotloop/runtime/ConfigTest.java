package dev.hotloop.runtime;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConfigTest {
    @Test
    void readsHotloopProperties() {
        Properties p = new Properties();
        p.setProperty("hotloop.disable", "true");
        p.setProperty("hotloop.dump", "/tmp/hl");
        p.setProperty("hotloop.report", "true");
        p.setProperty("hotloop.threads", "4");
        assertEquals(new Config(true, Path.of("/tmp/hl"), true, 4, null), Config.from(p));
        assertEquals(Config.DEFAULTS, Config.from(new Properties()));
    }

    @Test
    void badThreadCountIsIgnored() {
        Properties p = new Properties();
        p.setProperty("hotloop.threads", "many");
        assertEquals(0, Config.from(p).threads());
        Engine e = new Engine(new Config(false, null, false, 3, null), FakeCompiler.working());
        assertEquals(3, e.threads());
    }
}
