package dev.hotloop.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.IrParser;
import dev.hotloop.compiler.ir.Verifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReductionsTest {
    /** {@code for (i < a.length) BODY}, with {@code v3} the running value (type T, start INIT) and {@code v5 = a[i]}. */
    private static List<Reduction> reductions(String type, String init, String body, String next) {
        String text = """
                func @f($T[] v0) -> $T {
                b0:
                  jump b1
                b1:
                  v2 = phi i32 [b0: 0, b2: v8]
                  v3 = phi $T [b0: $INIT, b2: $NEXT]
                  v4 = alen v0
                  v9 = cmp lt v2, v4
                  branch v9, b2, b3
                b2:
                  v5 = aload v0, v2
                $BODY
                  v8 = add v2, 1
                  jump b1
                b3:
                  return v3
                }
                """.replace("$T", type).replace("$INIT", init).replace("$BODY", body).replace("$NEXT", next);
        Function f = IrParser.parse(text);
        Verifier.verify(f);
        LoopForest forest = LoopForest.of(f);
        return Reductions.of(forest.loops().getFirst(), InductionVariables.of(forest));
    }

    @Test
    void integerSumIsExact() {
        List<Reduction> rs = reductions("i32", "0", "  v6 = add v5, v3", "v6");
        assertEquals("[v3 = add]", rs.toString());
        assertTrue(rs.getFirst().exact());
        assertEquals(Const.i32(0), rs.getFirst().identity());
    }

    @Test
    void floatingSumNeedsFastmathButMaxDoesNot() {
        assertEquals("[v3 = add (fastmath)]", reductions("f64", "0.0", "  v6 = add v3, v5", "v6").toString());
        List<Reduction> max = reductions("f64", "-Infinity", "  v6 = call java/lang/Math.max(DD)D v3, v5", "v6");
        assertEquals("[v3 = max]", max.toString());
        assertEquals(Const.f64(Double.NEGATIVE_INFINITY), max.getFirst().identity());
        assertEquals(Const.i64(-1), reductions("i64", "-1L", "  v7 = conv i64 v5\n  v6 = and v3, v7", "v6").getFirst().identity());
    }

    @Test
    void subtractsOnlyFromTheLeft() {
        assertEquals("[v3 = sub]", reductions("i32", "100", "  v6 = sub v3, v5", "v6").toString());
        assertEquals("[]", reductions("i32", "100", "  v6 = sub v5, v3", "v6").toString());
    }

    @Test
    void noReductionWhenThePartialValueIsRead() {
        // a[i] = s (a prefix sum), a mixed operator, and a value that does not depend on the phi
        assertEquals("[]", reductions("i32", "0", "  v6 = add v3, v5\n  astore v0, v2, v6", "v6").toString());
        assertEquals("[]", reductions("i32", "0", "  v6 = add v3, v5\n  v7 = mul v6, 3", "v7").toString());
        assertEquals("[]", reductions("i32", "0", "  v6 = add v5, 1", "v6").toString());
        assertEquals("[]", reductions("i32", "0", "  v6 = add v3, v3", "v6").toString());
    }

    @Test
    void chainRecordsTheUpdates() {
        Reduction r = reductions("i32", "0", "  v6 = mul v3, v5\n  v7 = mul v6, 2", "v7").getFirst();
        assertEquals("mul", r.operator());
        assertEquals(List.of("v6", "v7"), r.chain().stream().map(i -> i.ref()).toList());
        assertFalse(r.chain().contains(r.phi()));
    }
}
