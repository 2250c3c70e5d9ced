package dev.hotloop.compiler.vector;

import dev.hotloop.compiler.Options;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one reason each refused loop gives, with its source line, and the plan of a vectorised one. */
class VectorLegalityTest {
    private static final Options V256 = new Options(false, false, 256);

    private static String explain(String kernel, Options o) throws Exception {
        return VecHarness.explain(VecHarness.compile(kernel, o));
    }

    private static void refused(String kernel, String reason) throws Exception {
        String e = explain(kernel, V256);
        assertTrue(e.matches("(?s).*VecKernels\\.java:\\d+: loop not vectorised: .*") && e.contains(reason), e);
        assertTrue(!e.contains("vectorised ("), e);
    }

    @Test
    void reasons() throws Exception {
        refused("expAll", "Math.exp needs fastmath");
        refused("dot", "floating-point reduction of s needs fastmath");
        refused("prefix", "written, ");
        refused("prefix", "(a dependence between iterations)");
        refused("earlyExit", "the loop has an exit besides its test (break or return)");
        refused("divide", "integer division (it would trap per lane)");
    }

    @Test
    void outerLoopsSayWhy() throws Exception {
        String e = explain("stencil2d", V256);
        assertTrue(e.contains("VecKernels.java: loop not vectorised: its inner loop is vectorised instead"), e);
        assertTrue(e.contains("vectorised (inner, DoubleVector 256 bits x4)"), e);
    }

    @Test
    void escapeLoopsRunInLockstep() throws Exception {
        String e = explain("escape", V256);
        assertTrue(e.matches("(?s).*vectorised \\(outer, DoubleVector 256 bits x4; inner loop at VecKernels\\.java:\\d+ in lockstep under a mask\\).*"), e);
        assertTrue(e.contains("the loop has an exit besides its test"), e);
        e = explain("collatz", V256);
        assertTrue(e.matches("(?s).*vectorised \\(outer, IntVector 256 bits x8; inner loop at VecKernels\\.java:\\d+ in lockstep under a mask\\).*"), e);
    }

    @Test
    void statusNamesTheWidestLaneTypeAndTheLaneCount() throws Exception {
        // triad and axpyN are left to C2 by default (C2VectorisesTest): asked to vectorise them anyway
        assertTrue(explain("triad", new Options(false, false, 512, false)).contains("vectorised (inner, DoubleVector 512 bits x8)"));
        assertTrue(explain("sumInts", V256).contains("vectorised (inner, LongVector 256 bits x4)"));
        assertTrue(explain("conditionalStore", new Options(false, false, 128)).contains("vectorised (inner, IntVector 128 bits x4)"));
        assertTrue(explain("axpyN", new Options(false, false, 256, false)).contains("vectorised (inner, FloatVector 256 bits x8)"));
    }

    @Test
    void narrowElementsRaiseTheLaneCount() throws Exception {
        // bytes need 8 lanes (a 64-bit ByteVector): the int lanes then take 256 bits at 128
        String e = explain("bytesToShorts", new Options(false, false, 128));
        assertTrue(e.contains("vectorised (inner, IntVector 256 bits x8)"), e);
        assertTrue(explain("bytesToShorts", V256).contains("vectorised (inner, IntVector 256 bits x8)"));
        assertTrue(explain("byteSum", new Options(false, false, 512)).contains("vectorised (inner, IntVector 512 bits x16)"));
    }

    @Test
    void noVectorCodeAndNoNotesAtZeroBits() throws Exception {
        String e = explain("triad", Options.SERIAL);
        assertTrue(!e.contains("vectoris"), e);
    }

    @Test
    void masksOfADiamond() {
        // if (c) A else B; join  ==> A: c, B: !c, join: all
        var f = new dev.hotloop.compiler.ir.Function("m", new dev.hotloop.compiler.ir.Signature(dev.hotloop.compiler.ir.Type.VOID, java.util.List.of(dev.hotloop.compiler.ir.Type.I32)));
        var b0 = f.newBlock();
        var a = f.newBlock();
        var b = f.newBlock();
        var join = f.newBlock();
        var c = b0.add(f.newInstr(dev.hotloop.compiler.ir.Op.CMP, dev.hotloop.compiler.ir.Type.BOOL, f.params().get(0), dev.hotloop.compiler.ir.Const.i32(0)).setAux(dev.hotloop.compiler.ir.Cond.GT));
        f.branch(b0, c, a, b);
        f.jump(a, join);
        f.jump(b, join);
        f.ret(join, null);
        BlockMasks m = BlockMasks.of(java.util.List.of(b0, a, b, join), Mask.ALL, java.util.Set.of());
        assertEquals("b0: all, b1: " + c.ref() + ", b2: !" + c.ref() + ", b3: all", m.toString());
    }
}
