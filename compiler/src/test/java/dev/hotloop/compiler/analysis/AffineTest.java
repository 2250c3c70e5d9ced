package dev.hotloop.compiler.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.IrParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class AffineTest {
    @Test
    void formsOfIndices() {
        Function f = IrParser.parse("""
                func @f(i32[] v0, i32 v1) -> void {
                b0:
                  jump b1
                b1:
                  v2 = phi i32 [b0: 0, b2: v9]
                  v3 = cmp lt v2, v1
                  branch v3, b2, b3
                b2:
                  v4 = add v1, v2
                  v5 = sub v4, 3
                  v6 = neg v2
                  v7 = mul v5, 4
                  v8 = shl v2, 3
                  v10 = sub v2, v2
                  v11 = sub 7, v1
                  v12 = aload v0, v2
                  v13 = add v12, v2
                  v14 = mul v2, v2
                  v9 = add v2, 1
                  jump b1
                b3:
                  return
                }
                """);
        LoopForest forest = LoopForest.of(f);
        Loop loop = forest.loops().getFirst();
        InductionVariables ivs = InductionVariables.of(forest);
        List<String> forms = f.blocks().get(2).instrs().stream().filter(i -> !i.type().isVoid())
                .map(i -> i.ref() + ": " + Affine.of(loop, ivs, (Instr) i)).toList();
        assertEquals(List.of("v4: v2 + v1", "v5: v2 + v1 - 3", "v6: -v2", "v7: null", "v8: 8*v2", "v10: 0",
                "v11: v11", "v12: null", "v13: null", "v14: null", "v9: v2 + 1"), forms);
    }
}
