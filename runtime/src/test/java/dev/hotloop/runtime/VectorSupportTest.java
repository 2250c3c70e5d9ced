package dev.hotloop.runtime;

import dev.hotloop.compiler.LoopReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vector width from {@code hotloop.vector.bits} / {@code hotloop.vector}, per new variant. */
class VectorSupportTest {
    @AfterEach
    void clearProperties() {
        System.clearProperty(VectorSupport.BITS);
        System.clearProperty(VectorSupport.ENABLED);
    }

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) p.setProperty(kv[i], kv[i + 1]);
        return p;
    }

    @Test
    void propertiesPickTheWidth() {
        int preferred = VectorSupport.preferredBits();
        assertTrue(List.of(128, 256, 512).contains(preferred), "preferred " + preferred);
        assertEquals(preferred, VectorSupport.bits(props(), true));
        assertEquals(128, VectorSupport.bits(props(VectorSupport.BITS, "128"), true));
        assertEquals(256, VectorSupport.bits(props(VectorSupport.BITS, " 256 "), true));
        assertEquals(512, VectorSupport.bits(props(VectorSupport.BITS, "512"), true));
        assertEquals(0, VectorSupport.bits(props(VectorSupport.BITS, "0"), true));
        assertEquals(0, VectorSupport.bits(props(VectorSupport.ENABLED, "false"), true));
        assertEquals(0, VectorSupport.bits(props(VectorSupport.ENABLED, "FALSE", VectorSupport.BITS, "256"), true));
        assertEquals(256, VectorSupport.bits(props(VectorSupport.ENABLED, "true", VectorSupport.BITS, "256"), true));
    }

    @Test
    void withoutTheModuleEverythingIsScalar() {
        assertEquals(0, VectorSupport.bits(props(), false));
        assertEquals(0, VectorSupport.bits(props(VectorSupport.BITS, "256"), false));
    }

    @Test
    void aBadValueIsNamedOnceAndTheDefaultUsed() {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 3; i++) {
                assertEquals(VectorSupport.preferredBits(), VectorSupport.bits(props(VectorSupport.BITS, "1024"), true));
            }
            assertEquals(VectorSupport.preferredBits(), VectorSupport.bits(props(VectorSupport.ENABLED, "yes please"), true));
        } finally {
            System.setErr(old);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, text.lines().count(), text);
        assertTrue(text.contains("hotloop.vector.bits='1024': expected 0, 128, 256 or 512"), text);
        assertTrue(text.contains("hotloop.vector='yes please': expected true or false"), text);
    }

    @Test
    void eachWidthIsItsOwnVariantAndInvokeFollowsTheProperty() {
        FakeCompiler compiler = FakeCompiler.withLoops(List.of(new LoopReport("TestKernels.java", 12, 15, 1, "serial",
                List.of("not vectorised: from the compiler"))));
        Dispatcher d = new Engine(Config.DEFAULTS, compiler).dispatcher(DispatcherTest.method("sum", double[].class));
        double[] xs = {1, 2, 3};
        for (String bits : List.of("128", "256", "128", "0", "512")) {
            System.setProperty(VectorSupport.BITS, bits);
            assertEquals(6.0, d.invoke((Object) xs));
            assertEquals(List.of("double(double[])"), d.signatures(), "only the variants of the current width");
        }
        assertEquals(List.of(128, 256, 0, 512), compiler.requests.stream().map(r -> r.options().vectorBits()).toList(),
                "one compile per width");
        System.setProperty(VectorSupport.BITS, "256");
        assertTrue(d.explain().contains("not vectorised: from the compiler"), d.explain());
        System.setProperty(VectorSupport.BITS, "0");
        String off = d.explain();
        assertFalse(off.contains("from the compiler"), off);
        assertTrue(off.contains("TestKernels.java:12-15: serial\n    " + VectorSupport.DISABLED_REASON + "\n"), off);
        System.clearProperty(VectorSupport.BITS);
        System.setProperty(VectorSupport.ENABLED, "false");
        assertEquals(6.0, d.invoke((Object) xs));
        assertEquals(4, compiler.requests.size(), "hotloop.vector=false is the width-0 variant");
    }
}
