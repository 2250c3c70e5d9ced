package dev.hotloop.compiler.transform;

import dev.hotloop.compiler.ir.IrParser;
import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Verifier;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link AllocateRowsInLoop} on IR text: what it rewrites (golden) and what it must leave alone. */
class AllocateRowsInLoopTest {
    /** double[][] r = new double[a.length][m]; for (i < a.length) for (j < m) r[i][j] = a[i][j] + t; return r; */
    static final String PLUS = """
            func @plus(f64[][] v0, i32 v1, f64 v2) -> f64[][] {
            b0:
              v3 = alen v0  ; line 5
              v4 = newarray f64[][] v3, v1  ; line 5
              jump b1  ; line 6
            b1:
              v5 = phi i32 @parallel [b0: 0, b5: v20]
              v6 = cmp ge v5, v3  ; line 6
              branch v6, b6, b2  ; line 6
            b2:
              jump b3  ; line 7
            b3:
              v7 = phi i32 [b2: 0, b4: v14]
              v8 = cmp ge v7, v1  ; line 7
              branch v8, b5, b4  ; line 7
            b4:
              v9 = aload v4, v5  ; line 8
              v10 = aload v0, v5  ; line 8
              v11 = aload v10, v7  ; line 8
              v12 = add v11, v2  ; line 8
              astore v9, v7, v12  ; line 8
              v14 = add v7, 1  ; line 7
              jump b3  ; line 7
            b5:
              v20 = add v5, 1  ; line 6
              jump b1  ; line 6
            b6:
              return v4  ; line 10
            }
            """;

    static String rewrite(String text) {
        Program p = new Program(IrParser.parse(text));
        new AllocateRowsInLoop().run(p);
        Verifier.verify(p);
        return IrPrinter.print(p.kernel(), false);
    }

    static String unchanged(String text) {
        return IrPrinter.print(IrParser.parse(text), false);
    }

    @Test
    void golden() {
        System.out.println(rewrite(PLUS));
    }
}
