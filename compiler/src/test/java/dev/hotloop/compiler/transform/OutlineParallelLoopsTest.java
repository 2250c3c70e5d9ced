package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.diag.CompileError;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.IrParser;
import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Verifier;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutlineParallelLoopsTest {
    static final Options PARALLEL = new Options(true, false, 0);

    /** double s = 0; for (@Parallel int i = 0; i < a.length; i++) s += a[i]; return s; */
    static final String SUM = """
            func @sum(f64[] v0) -> f64 {
            b0:
              jump b1  ; line 6
            b1:
              v2 = phi i32 @parallel [b0: 0, b2: v10]
              v7 = phi f64 [b0: 0.0, b2: v9]
              v4 = alen v0  ; line 6
              v5 = cmp ge v2, v4  ; line 6
              branch v5, b3, b2  ; line 6
            b2:
              v8 = aload v0, v2  ; line 6
              v9 = add v7, v8  ; line 6
              v10 = add v2, 1  ; line 6
              jump b1  ; line 6
            b3:
              return v7  ; line 7
            }
            """;

    static Program outline(String text, Options options) {
        Program p = new Program(IrParser.parse(text));
        new OutlineParallelLoops(options).run(p);
        new DeadCode().run(p);
        new SimplifyCfg().run(p);
        Verifier.verify(p);
        return p;
    }

    @Test
    void lightGrainShrinksAsTheBodyGetsDearer() {
        assertEquals(65536, ParallelNames.lightGrain(1));
        assertEquals(65536, ParallelNames.lightGrain(8));
        assertEquals(32768, ParallelNames.lightGrain(9));             // a triad: 32768 iterations, ~5 us
        assertEquals(16384, ParallelNames.lightGrain(17));
        assertEquals(2048, ParallelNames.lightGrain(160));            // a few operations and a Math call
        assertEquals(1024, ParallelNames.lightGrain(10_000));
        assertEquals(ParallelNames.MIN_LIGHT_GRAIN, ParallelNames.lightGrain(Integer.MAX_VALUE));
    }

    @Test
    void theLoopBecomesADriverCallAndAChunk() {
        Program p = outline(SUM, PARALLEL);
        String kernel = IrPrinter.print(p.kernel(), false);
        assertTrue(kernel.contains("call dev/hotloop/runtime/ParallelDriver.trips(JJJI)J 0L, "), kernel);
        assertTrue(kernel.contains("newarray f64[]"), kernel);
        assertTrue(kernel.contains("call dev/hotloop/runtime/ParallelDriver.chunks(JJ)I "), kernel);
        assertTrue(kernel.contains(", 65536L"), "a cheap straight-line body gets the largest light grain: " + kernel);
        assertTrue(kernel.contains("call $hotloop/chunk.parallel$0(JJ[D[D)V"), kernel);
        assertTrue(kernel.contains("call dev/hotloop/runtime/ParallelCombine.add(D[D)D 0.0, "), kernel);
        // one chunk (0 < trips <= grain): the chunk itself, its partial combined without an array
        assertTrue(kernel.contains("cmp le ") && kernel.contains("cmp gt "), kernel);
        assertTrue(kernel.contains("call $hotloop/chunk.chunk$0(JJI[D)D 0L, "), kernel);
        assertTrue(kernel.contains("call dev/hotloop/runtime/ParallelCombine.add(DD)D 0.0, "), kernel);
        assertEquals(1, kernel.lines().filter(l -> l.contains(" = phi ")).count(), "the two paths' sums meet: " + kernel);
        assertEquals(1, kernel.lines().filter(l -> l.contains("newarray")).count(), kernel);
        assertEquals(1, p.helpers().size());
        MethodRef ref = p.helpers().keySet().iterator().next();
        assertEquals("$hotloop/chunk.chunk$0(JJI[D)D", ref.toString());
        assertEquals("$hotloop/chunk.parallel$0(JJ[D[D)V", ParallelNames.launcherOf(ref).toString());
        Function chunk = p.helpers().get(ref);
        String c = IrPrinter.print(chunk, false);
        assertTrue(c.contains("-0.0"), "floating sums start from -0.0:\n" + c);
        assertTrue(c.contains("cmp lt"), c);
        assertTrue(!c.contains("astore") && c.contains("return v"), "one reduction: the chunk returns its partial\n" + c);
        assertEquals(1, chunk.parallelPhis().size());
    }

    @Test
    void severalReductionsStorePartialsAndNoneReturnNothing() {
        String two = SUM.replace("v7 = phi f64 [b0: 0.0, b2: v9]", "v7 = phi f64 [b0: 0.0, b2: v9]\n  v11 = phi f64 [b0: 1.0, b2: v12]")
                .replace("v9 = add v7, v8", "v9 = add v7, v8  ; line 6\n  v12 = mul v11, v8")
                .replace("return v7", "v13 = add v7, v11  ; line 7\n  return v13");
        Program p = outline(two, PARALLEL);
        MethodRef ref = p.helpers().keySet().iterator().next();
        assertEquals("$hotloop/chunk.chunk$0(JJI[D[D[D)V", ref.toString());
        assertEquals("$hotloop/chunk.parallel$0(JJ[D[D[D)V", ParallelNames.launcherOf(ref).toString());
        String kernel = IrPrinter.print(p.kernel(), false);
        assertTrue(kernel.contains("newarray f64[] 1"), "one chunk: arrays of one " + kernel);
        assertTrue(kernel.contains("ParallelCombine.mul(DD)D 1.0, "), kernel);

        String none = SUM.replace("v7 = phi f64 [b0: 0.0, b2: v9]\n", "").replace("v9 = add v7, v8", "astore v0, v2, v8")
                .replace("return v7", "return 0.0");
        p = outline(none, PARALLEL);
        ref = p.helpers().keySet().iterator().next();
        assertEquals("$hotloop/chunk.chunk$0(JJI[D)V", ref.toString());
        kernel = IrPrinter.print(p.kernel(), false);
        assertTrue(!kernel.contains("newarray") && !kernel.contains("ParallelDriver.chunks"), kernel);
    }

    @Test
    void withoutTheOptionNothingChanges() {
        Program p = outline(SUM, Options.SERIAL);
        assertEquals(IrPrinter.print(outline(SUM.replace(" @parallel", ""), Options.SERIAL), false),
                IrPrinter.print(p, false).replace(" @parallel", ""));
        assertTrue(p.helpers().isEmpty());
    }

    @Test
    void aCarriedScalarThatIsNoReductionIsAnError() {
        String text = SUM.replace("v9 = add v7, v8", "v11 = mul v7, 2.0  ; line 6\n  v9 = add v11, v8");
        CompileError e = assertThrows(CompileError.class, () -> outline(text, PARALLEL));
        assertTrue(e.getMessage().contains("variable v7") && e.getMessage().contains("add, mul"), e.getMessage());
        assertTrue(e.getMessage().startsWith("?:6"), e.getMessage());
    }

    @Test
    void aBoundChangedInTheLoopIsAnError() {
        String text = SUM.replace("v5 = cmp ge v2, v4", "v5 = cmp ge v2, v7").replace("f64[] v0", "f64[] v0")
                .replace("v7 = phi f64 [b0: 0.0, b2: v9]", "v7 = phi i32 [b0: 0, b2: v9]")
                .replace("v9 = add v7, v8", "v12 = conv i32 v8  ; line 6\n  v9 = add v7, v12").replace("return v7", "return 0.0");
        CompileError e = assertThrows(CompileError.class, () -> outline(text, PARALLEL));
        assertTrue(e.getMessage().contains("not a counted loop"), e.getMessage());
    }
}
