package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.IrParser;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Verifier;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.hotloop.compiler.backend.EmitHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kernels written as IR text ({@link IrParser}): phi cycles, and every golden filetest emitted and verified. */
class TextIrEmitTest {
    /** Three phis rotating each iteration: a cycle of copies that a sequential copy would break. */
    @Test
    void rotationOfThreePhis() throws Throwable {
        MethodHandle mh = entry(IrParser.parse("""
                func @rot(i32 v0) -> i32 {
                b0:
                  jump b1
                b1:
                  v1 = phi i32 [b0: 1, b2: v2]
                  v2 = phi i32 [b0: 2, b2: v3]
                  v3 = phi i32 [b0: 3, b2: v1]
                  v4 = phi i32 [b0: 0, b2: v5]
                  v6 = cmp lt v4, v0
                  branch v6, b2, b3
                b2:
                  v5 = add v4, 1
                  jump b1
                b3:
                  v7 = mul v1, 100
                  v8 = mul v2, 10
                  v9 = add v7, v8
                  v10 = add v9, v3
                  return v10
                }
                """));
        assertEquals(123, call(mh, 0));
        assertEquals(231, call(mh, 1));
        assertEquals(312, call(mh, 2));
        assertEquals(123, call(mh, 3));
    }

    /** Every well-formed filetest of the analyses emits to a class that CheckClassAdapter and the JVM accept. */
    @Test
    void everyFiletestEmitsAndVerifies() throws Exception {
        URL dir = TextIrEmitTest.class.getClassLoader().getResource("filetests");
        if (dir == null) return;
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
            files = s.filter(p -> p.toString().endsWith(".ir")).sorted().toList();
        }
        int emitted = 0;
        for (Path file : files) {
            Program p = IrParser.parseProgram(Files.readString(file));
            if (!Verifier.problems(p.kernel()).isEmpty()) continue;     // a test of the verifier itself
            emitted++;
            try {
                define(p, null, null);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(file.getFileName() + ": " + e, e);
            }
        }
        assertTrue(emitted > 10, "emitted " + emitted);
    }
}
