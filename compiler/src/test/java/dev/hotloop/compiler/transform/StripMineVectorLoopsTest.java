package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.Options;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.IrParser;
import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Verifier;
import dev.hotloop.compiler.analysis.Loop;
import dev.hotloop.compiler.analysis.LoopForest;
import dev.hotloop.compiler.vector.VectorizeLoops;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The strip loop left in the kernel and the block it calls, on IR text. */
class StripMineVectorLoopsTest {
    static final Options VECTOR = new Options(false, false, 256);

    /** int s = 0; for (int i = 0; i < a.length; i++) s += a[i]; return s; */
    static final String SUM = """
            func @sum(i32[] v0) -> i32 {
            b0:
              jump b1  ; line 6
            b1:
              v2 = phi i32 [b0: 0, b2: v10]
              v7 = phi i32 [b0: 0, b2: v9]
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

    /** Two reductions, min and max: they go in and out of the block through one-element arrays. */
    static final String MIN_MAX = """
            func @minMax(i32[] v0) -> i32 {
            b0:
              jump b1  ; line 6
            b1:
              v2 = phi i32 [b0: 0, b2: v10]
              v7 = phi i32 [b0: 2147483647, b2: v9]
              v11 = phi i32 [b0: -2147483648, b2: v12]
              v4 = alen v0  ; line 6
              v5 = cmp ge v2, v4  ; line 6
              branch v5, b3, b2  ; line 6
            b2:
              v8 = aload v0, v2  ; line 6
              v9 = call java/lang/Math.min(II)I v7, v8  ; line 6
              v12 = call java/lang/Math.max(II)I v11, v8  ; line 6
              v10 = add v2, 1  ; line 6
              jump b1  ; line 6
            b3:
              v13 = sub v11, v7  ; line 7
              return v13  ; line 7
            }
            """;

    /** long acc = 0; for (long i = 0; i < n; i++) { x, y = random; if (x*x + y*y < 1) acc++; } return 4.0 * acc / n; */
    static final String PI = """
            func @pi(i64 v0) -> f64 {
            b0:
              jump b1  ; line 10
            b1:
              v2 = phi i64 [b0: 0L, b4: v17]
              v13 = phi i64 [b0: 0L, b4: v20]
              v4 = cmp ge v2, v0  ; line 10
              branch v4, b5, b2  ; line 10
            b2:
              v6 = random double  ; line 11
              v7 = random double  ; line 11
              v8 = mul v6, v6  ; line 12
              v9 = mul v7, v7  ; line 12
              v10 = add v8, v9  ; line 12
              v11 = cmp uge v10, 1.0  ; line 12
              branch v11, b4, b3  ; line 12
            b3:
              v14 = add v13, 1L  ; line 12
              jump b4  ; line 12
            b4:
              v20 = phi i64 [b2: v13, b3: v14]
              v17 = add v2, 1L  ; line 10
              jump b1  ; line 10
            b5:
              v21 = conv f64 v13  ; line 14
              v22 = mul 4.0, v21  ; line 14
              v23 = conv f64 v0  ; line 14
              v24 = div v22, v23  ; line 14
              return v24  ; line 14
            }
            """;

    @Test
    void aLongLoopWithDrawsAndAConditionalCountIsStripped() {
        Program p = strip(PI, VECTOR);
        String kernel = IrPrinter.print(p.kernel(), false);
        assertTrue(kernel.contains("call $hotloop/block.block$0(JJJJ)J "), kernel);
        Function block = p.helpers().values().iterator().next();
        assertTrue(vectorised(block), IrPrinter.print(block, false));
        // a body that draws gets larger blocks than a light one
        assertTrue(kernel.contains(", " + StripNames.RANDOM_BLOCK + "L"), kernel);
        assertEquals(StripNames.RANDOM_BLOCK, StripNames.blockOf(p, LoopForest.of(p.kernel()).loops().getFirst()).size());
    }

    static Program strip(String text, Options options) {
        Program p = new Program(IrParser.parse(text));
        new StripMineVectorLoops(options).run(p);
        Verifier.verify(p);
        return p;
    }

    @Test
    void theLoopBecomesAStripLoopCallingABlock() {
        Program p = strip(SUM, VECTOR);
        String kernel = IrPrinter.print(p.kernel(), false);
        assertTrue(!kernel.contains("dev/hotloop/runtime"), "the trip count is computed in the IR, no runtime needed:\n" + kernel);
        assertTrue(kernel.contains("call java/lang/Math.max(JJ)J "), kernel);
        assertTrue(kernel.contains("call java/lang/Math.min(JJ)J "), kernel);
        assertTrue(kernel.contains(", " + StripNames.LIGHT_BLOCK + "L"), kernel);
        assertTrue(kernel.contains("call $hotloop/block.block$0(JJ[II)I "), kernel);
        assertTrue(!kernel.contains("aload"), "the loop body left the kernel:\n" + kernel);
        assertEquals(1, p.helpers().size());
        MethodRef ref = p.helpers().keySet().iterator().next();
        assertEquals("$hotloop/block.block$0(JJ[II)I", ref.toString());
        Function block = p.helpers().get(ref);
        String b = IrPrinter.print(block, false);
        // the running sum comes in as the last parameter and goes back as the result
        assertTrue(b.contains("phi i32 [b0: v3, "), b);
        assertTrue(b.contains("return v"), b);
        assertTrue(vectorised(block), "the block's loop vectorises:\n" + b);
        // explain() finds the block and its size from the strip loop
        Loop strip = LoopForest.of(p.kernel()).loops().getFirst();
        StripNames.Strip s = StripNames.blockOf(p, strip);
        assertNotNull(s, kernel);
        assertEquals(StripNames.LIGHT_BLOCK, s.size());
        assertEquals(block, s.block());
    }

    @Test
    void severalReductionsTravelInOneElementArrays() {
        Program p = strip(MIN_MAX, VECTOR);
        String kernel = IrPrinter.print(p.kernel(), false);
        assertTrue(kernel.contains("call $hotloop/block.block$0(JJ[I[I[I)V "), kernel);
        assertTrue(kernel.contains("newarray i32[] 1"), kernel);
        Function block = p.helpers().values().iterator().next();
        String b = IrPrinter.print(block, false);
        assertTrue(b.contains("aload v3, 0") && b.contains("aload v4, 0"), b);
        assertTrue(b.contains("astore v3, 0, ") && b.contains("astore v4, 0, "), b);
        assertTrue(vectorised(block), b);
    }

    @Test
    void withoutVectorsNothingChanges() {
        Program p = strip(SUM, Options.SERIAL);
        assertEquals(IrPrinter.print(new Program(IrParser.parse(SUM)), false), IrPrinter.print(p, false));
        assertTrue(p.helpers().isEmpty());
    }

    private static boolean vectorised(Function f) {
        var verdicts = VectorizeLoops.verdictsOf(f, VECTOR);
        return LoopForest.of(f).loops().stream().anyMatch(l -> verdicts.of(f, l.header()).vectorised());
    }
}
