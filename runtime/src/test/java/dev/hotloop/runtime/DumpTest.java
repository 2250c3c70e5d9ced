package dev.hotloop.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.hotloop.runtime.DispatcherTest.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DumpTest {
    @Test
    void dumpWritesIrAndClassPerVariant(@TempDir Path dir) throws Exception {
        FakeCompiler fake = FakeCompiler.working();
        Path out = dir.resolve("dump");
        Engine e = new Engine(new Config(false, out, false, 0, null), fake);
        e.dispatcher(method("add", long.class, long.class)).invoke(1, 2L);
        assertTrue(fake.requests.getFirst().keepIr());
        String ir = Files.readString(out.resolve("TestKernels.add-long(int,long).ir"));
        assertEquals("; after ssa\nfunc @add\n\n", ir);
        byte[] cls = Files.readAllBytes(out.resolve("TestKernels.add-long(int,long).class"));
        assertEquals(0xCAFEBABE, java.nio.ByteBuffer.wrap(cls).getInt());
    }
}
