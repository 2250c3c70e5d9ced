package dev.hotloop.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IrParserTest {
    static final String SUM = """
            func @sum(f64[] v0) -> f64 {
            b0:
              v1 = alen v0  ; line 3
              jump b1
            b1:
              v2 = phi i32 @parallel [b0: 0, b2: v7]
              v3 = phi f64 [b0: 0.0, b2: v6]
              v4 = cmp lt v2, v1  ; line 4
              branch v4, b2, b3
            b2:
              v5 = aload v0, v2  ; line 5
              v6 = add v3, v5
              v7 = add v2, 1  ; line 4
              jump b1
            b3:
              return v3  ; line 7
            }
            """;

    static final String EVERY_OP = """
            func @all(i32 v0, i64 v1, f32 v2, f64 v3, bool v4, i8[] v5, f64[][] v6) -> i64 {
            b0:
              v7 = sub v0, 3
              v8 = mul v1, -7L
              v9 = div v2, 1.5f
              v10 = rem v3, 4.9E-324
              v11 = neg NaN
              v12 = and v0, v4
              v13 = or v1, 1L
              v14 = xor v0, -1
              v15 = shl v1, v0
              v16 = shr v0, 2
              v17 = ushr v1, 63
              v18 = conv i8 v0
              v19 = conv f64 v1
              v20 = cmp3 v1, v13
              v21 = cmp3l v3, v11
              v22 = cmp3g v2, -Infinityf
              v23 = cmp ne v20, 0
              v24 = select v23, v6, null
              v25 = aload v5, v0
              v26 = aload v6, 1
              v27 = alen v26
              v28 = newarray f64[][] v0, v27
              v29 = getstatic p/Kernels.TABLE:[D
              v30 = call java/lang/Math.max(JJ)J v1, v13
              v31 = random double
              v32 = random int_bounded v0
              astore v5, 0, v18
              call p/Kernels.touch([D)V v29
              switch v0, b1 [1: b2, -4: b1]
            b1:
              v33 = phi i64 [b0: v30, b0: 0L]
              return v33
            b2:
              return -5L
            }
            """;

    @Test
    void roundTripsWithLines() {
        Function f = IrParser.parse(SUM);
        assertEquals(SUM, IrPrinter.print(f, true));
        assertEquals(SUM.replaceAll("  ; line \\d+", ""), IrPrinter.print(f));
    }

    @Test
    void roundTripsEveryOp() {
        assertEquals(EVERY_OP, IrPrinter.print(IrParser.parse(EVERY_OP)));
    }

    @Test
    void infersTypes() {
        Function f = IrParser.parse(EVERY_OP);
        assertEquals(Type.I64, value(f, 8).type());
        assertEquals(Type.F32, value(f, 9).type());
        assertEquals(Type.I32, value(f, 18).type());
        assertEquals(Type.I8, value(f, 18).aux());
        assertEquals(Type.I32, value(f, 20).type());
        assertEquals(Type.BOOL, value(f, 23).type());
        assertEquals(Type.parse("f64[][]"), value(f, 24).type());
        assertEquals(Type.I32, value(f, 25).type());
        assertEquals(Type.parse("f64[]"), value(f, 26).type());
        assertEquals(Type.parse("f64[]"), value(f, 29).type());
        assertEquals(Type.I64, value(f, 30).type());
        assertEquals(Type.F64, value(f, 31).type());
        assertEquals(-1, value(f, 21).aux());
        assertEquals(Type.I32, f.params().get(4).type());
    }

    @Test
    void keepsNumbersAndLines() {
        Function f = IrParser.parse(SUM);
        Instr v7 = value(f, 7);
        assertEquals(Op.ADD, v7.op());
        assertEquals(4, v7.line());
        assertEquals(List.of(0, 1, 2, 3), f.blocks().stream().map(Block::id).toList());
        assertTrue(f.valueCount() > 7);
        assertTrue(f.parallelPhis().contains(value(f, 2)));
        assertEquals(List.of(v7), value(f, 2).users().stream().filter(u -> u.op() == Op.ADD).toList());
        Instr fresh = f.newInstr(Op.ADD, Type.I32, v7, v7);
        assertTrue(fresh.id() > 7, "fresh ids come after the text's");
    }

    @Test
    void acceptsArbitraryNumbering() {
        String text = """
                func @f(i32 v40) -> i32 {
                b7:
                  jump b3
                b3:
                  v9 = phi i32 [b7: 0, b12: v2]
                  v5 = cmp lt v9, v40
                  branch v5, b12, b1
                b12:
                  v2 = add v9, 1
                  jump b3
                b1:
                  return v9
                }
                """;
        Function f = IrParser.parse(text);
        assertEquals(text, IrPrinter.print(f));
        assertEquals(7, f.entry().id());
        Block header = f.blocks().get(1);
        assertEquals(List.of(f.blocks().get(0), f.blocks().get(2)), header.preds());
        assertTrue(f.blockCount() > 12 && f.valueCount() > 40);
    }

    @Test
    void predecessorOrderFollowsPhis() {
        String text = """
                func @f(bool v0) -> i32 {
                b0:
                  branch v0, b1, b2
                b1:
                  jump b3
                b2:
                  jump b3
                b3:
                  v1 = phi i32 [b2: 2, b1: 1]
                  return v1
                }
                """;
        Function f = IrParser.parse(text);
        Block b3 = f.blocks().get(3);
        assertEquals(List.of(f.blocks().get(2), f.blocks().get(1)), b3.preds());
        assertEquals(Const.i32(2), ((Instr) b3.instrs().getFirst()).phiArg(f.blocks().get(2)));
        assertEquals(text, IrPrinter.print(f));
    }

    @Test
    void readsLabelAndInstructionOnOneLineAndComments() {
        String text = """
                ; a comment line
                func @f() -> void {
                b0:  return   ; trailing note
                }
                ; check: nothing
                """;
        assertEquals("func @f() -> void {\nb0:\n  return\n}\n", IrPrinter.print(IrParser.parse(text)));
    }

    @Test
    void errorsNameLineAndColumn() {
        var e = assertThrows(IrParser.ParseError.class, () -> IrParser.parse("func @f() -> i32 {\nb0:\n  v1 = add v2, 1\n  return v1\n}\n"));
        assertEquals("line 3, column 12: v2 is not defined", e.getMessage());
        e = assertThrows(IrParser.ParseError.class, () -> IrParser.parse("func @f() -> i32 {\nb0:\n  v1 = frob 1\n}\n"));
        assertEquals("line 3, column 8: unknown op 'frob'", e.getMessage());
        e = assertThrows(IrParser.ParseError.class, () -> IrParser.parse("func @f(i32 v0) -> i32 {\nb0:\n  v1 = add v0 1\n}\n"));
        assertEquals(3, e.line());
        e = assertThrows(IrParser.ParseError.class, () -> IrParser.parse("func @f(i32 v0) -> i32 {\nb0:\n  jump b9\n}\n"));
        assertEquals("line 3, column 8: b9 is not a block of @f", e.getMessage());
        e = assertThrows(IrParser.ParseError.class, () -> IrParser.parse("func @f(i32 v0) -> i32 {\nb0:\n  v1 = add v0\n}\n"));
        assertEquals("line 3, column 3: add takes 2 operands, found 1", e.getMessage());
        e = assertThrows(IrParser.ParseError.class, () -> IrParser.parse("func @f(i32 v0) -> i32 {\nb0:\n  v0 = add v0, 1\n}\n"));
        assertEquals("line 3, column 3: v0 defined twice", e.getMessage());
        e = assertThrows(IrParser.ParseError.class, () -> IrParser.parse("func @f(i32 v0) -> i32 {\nb0:\n  return v0\n"));
        assertTrue(e.getMessage().contains("missing '}'"), e.getMessage());
        e = assertThrows(IrParser.ParseError.class, () -> IrParser.parse(
                "func @f(bool v0) -> i32 {\nb0:\n  branch v0, b1, b1\nb1:\n  v1 = phi i32 [b0: 1]\n  return v1\n}\n"));
        assertEquals("line 5, column 3: phi has no operand for predecessor b0 of b1", e.getMessage());
    }

    @Test
    void programKeysHelpersByTheirCall() {
        String text = """
                func @kernel(f64 v0) -> f64 {
                b0:
                  v1 = call p/Kernels.sq(D)D v0
                  return v1
                }

                func @sq(f64 v0) -> f64 {
                b0:
                  v1 = mul v0, v0
                  return v1
                }

                func @unused(i32 v0) -> void {
                b0:
                  return
                }
                """;
        Program p = IrParser.parseProgram(text);
        assertEquals("kernel", p.kernel().name());
        assertEquals(List.of(new MethodRef("p/Kernels", "sq", "(D)D"), new MethodRef("", "unused", "(I)V")),
                List.copyOf(p.helpers().keySet()));
        assertEquals(text, IrPrinter.print(p, false));
    }

    @Test
    void printedFunctionsParseBack() {
        Function f = new Function("k", Signature.parse("long(int[], long)"));
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock(), b3 = f.newBlock();
        Instr n = b0.add(f.newInstr(Op.ALEN, Type.I32, f.params().get(0)));
        f.jump(b0, b1);
        Instr i = f.newInstr(Op.PHI, Type.I32);
        Instr s = f.newInstr(Op.PHI, Type.I64);
        b1.add(i);
        b1.add(s);
        Instr c = b1.add(f.newInstr(Op.CMP, Type.BOOL, i, n).setAux(Cond.LT));
        f.branch(b1, c, b2, b3);
        Instr x = b2.add(f.newInstr(Op.ALOAD, Type.I32, f.params().get(0), i));
        Instr w = b2.add(f.newInstr(Op.CONV, Type.I64, x));
        Instr s2 = b2.add(f.newInstr(Op.ADD, Type.I64, s, w)).setLine(9);
        Instr i2 = b2.add(f.newInstr(Op.ADD, Type.I32, i, Const.i32(1)));
        f.jump(b2, b1);
        f.ret(b3, s);
        i.addArg(Const.i32(0));
        i.addArg(i2);
        s.addArg(f.params().get(1));
        s.addArg(s2);
        String text = IrPrinter.print(f, true);
        Function g = IrParser.parse(text);
        assertEquals(text, IrPrinter.print(g, true));
        assertEquals(Type.I64, value(g, w.id()).type());
        assertEquals(9, value(g, s2.id()).line());
    }

    @Test
    void malformedTextIsAlwaysAParseError() {
        String ok = "func @f(i32 v0, f64[] v1) -> i32 {\nb0:\n  LINE\n  return v0\n}\n";
        List<String> bad = List.of("v2 = phi i32 [b0 0]", "switch v0, b0 [x: b0]", "v2 = call foo v0", "v2 = conv",
                "v2 = add v0, 1x", "v2 = aload v0, 0", "v2 = getstatic p/K.T", "v2 = random dice", "v2 = cmp about v0, v0",
                "v2 = add v0, 99999999999", "v2 = add v0, v1234567890", "jump b1234567890", "v2 = newarray f64 v0",
                "v2 = add v0, v2", "v2 = cmp lt v0", "astore v1", "v2 = astore v1, 0, 1.0", "add v0, v0", "v2 = = add",
                "v2 = select v0, v1", "v2 = phi i32 @fast []", "branch v0, b0", "v2 = newarray f64[] v0, v0", "v2 = neg v0 v0");
        for (String line : bad) {
            assertThrows(IrParser.ParseError.class, () -> IrParser.parse(ok.replace("LINE", line)), line);
        }
        for (String text : List.of("", "func", "func @f(", "func @f(i32) -> i32 {", "func @f() -> int32 {\n}",
                "func @f() -> i32 {\n}", "func @f() -> i32\nb0:\n}", "b0:\n", "func @f() -> i32 {\n  return 1\n}")) {
            assertThrows(IrParser.ParseError.class, () -> IrParser.parse(text), text);
        }
    }

    private static Instr value(Function f, int id) {
        for (Instr i : f.instrs()) if (i.id() == id && !i.type().isVoid()) return i;
        throw new AssertionError("no v" + id);
    }

    @Test
    void sameBlockObjectsInTargetsAndPreds() {
        Function f = IrParser.parse(SUM);
        Block b1 = f.blocks().get(1);
        assertSame(b1, f.entry().succs().getFirst());
        assertSame(f.entry(), b1.preds().getFirst());
    }
}
