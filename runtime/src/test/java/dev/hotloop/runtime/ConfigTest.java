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
        p.setProperty("hotloop.cache.dir", "/tmp/hlc");
        assertEquals(new Config(true, Path.of("/tmp/hl"), true, 4, Path.of("/tmp/hlc")), Config.from(p));
        assertEquals(Config.DEFAULTS, Config.from(new Properties()));
    }

    @Test
    void cacheDirDefaultsToUserHome() {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/u");
        assertEquals(Path.of("/home/u/.cache/hotloop"), Config.from(p).cacheDir());
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
