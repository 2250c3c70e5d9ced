package dev.hotloop.compiler.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hotloop.compiler.ClassSource;
import dev.hotloop.compiler.PhaseTimer;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.IrPrinter;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.RandomKind;
import dev.hotloop.compiler.ir.Type;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reads the kernels of {@link TestKernels} and checks the IR: golden text for a few, shape for all. */
class FrontEndTest {
    static final ClassSource LOADER = name -> {
        try (InputStream in = FrontEndTest.class.getClassLoader().getResourceAsStream(name + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    };

    static MethodRef ref(Class<?> owner, String name) {
        for (Method m : owner.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return new MethodRef(org.objectweb.asm.Type.getInternalName(owner), name, org.objectweb.asm.Type.getMethodDescriptor(m));
            }
        }
        throw new IllegalArgumentException(name);
    }

    static Program kernel(String name) {
        Program p = FrontEnd.read(LOADER, ref(TestKernels.class, name), new PhaseTimer());
        IrShape.check(p.kernel());
        p.helpers().values().forEach(IrShape::check);
        return p;
    }

    static String ir(String name) {
        return IrPrinter.print(kernel(name).kernel());
    }

    static List<Instr> ops(Function f, Op op) {
        return f.instrs().stream().filter(i -> i.op() == op).toList();
    }

    @Test
    void everyKernelIsWellFormed() {
        int n = 0;
        for (Method m : TestKernels.class.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) continue;
            kernel(m.getName());
            n++;
        }
        assertTrue(n >= 25, "only " + n + " kernels");
    }

    @Test
    void sumLoop() {
        assertEquals("""
                func @sum(f64[] v0) -> f64 {
                b0:
                  jump b1
                b1:
                  v2 = phi i32 [b0: 0, b2: v10]
                  v7 = phi f64 [b0: 0.0, b2: v9]
                  v4 = alen v0
                  v5 = cmp ge v2, v4
                  branch v5, b3, b2
                b2:
                  v8 = aload v0, v2
                  v9 = add v7, v8
                  v10 = add v2, 1
                  jump b1
                b3:
                  return v7
                }
                """, ir("sum"));
    }

    @Test
    void ternaryJoinsWithAPhi() {
        assertEquals("""
                func @max(i32 v0, i32 v1) -> i32 {
                b0:
                  v2 = cmp le v0, v1
                  branch v2, b2, b1
                b1:
                  jump b3
                b2:
                  jump b3
                b3:
                  v6 = phi i32 [b1: v0, b2: v1]
                  return v6
                }
                """, ir("max"));
    }

    @Test
    void valueLeftOnTheStackAtAJoin() {
        String text = ir("ternaryOnStack");
        assertTrue(text.contains("v10 = phi f64 [b1: v6, b2: 0.0]\n  v11 = add v2, v10"), text);
    }

    @Test
    void parallelLoopVariableMarksTheHeaderPhi() {
        Function f = kernel("parallelScale").kernel();
        assertEquals("""
                func @parallelScale(f64[] v0, f64 v1) -> void {
                b0:
                  jump b1
                b1:
                  v3 = phi i32 @parallel [b0: 0, b2: v12]
                  v5 = alen v0
                  v6 = cmp ge v3, v5
                  branch v6, b3, b2
                b2:
                  v8 = aload v0, v3
                  v10 = mul v8, v1
                  astore v0, v3, v10
                  v12 = add v3, 1
                  jump b1
                b3:
                  return
                }
                """, IrPrinter.print(f));
        assertEquals("i", f.varNames().get(f.parallelPhis().iterator().next()));
    }

    @Test
    void parallelOuterLoopOnly() {
        Function f = kernel("parallelOuter").kernel();
        assertEquals(1, f.parallelPhis().size());
        Instr phi = f.parallelPhis().iterator().next();
        assertEquals("i", f.varNames().get(phi));
        assertEquals(f.blocks().get(1), phi.block());
    }

    @Test
    void parallelLongLoopVariable() {
        Function f = kernel("parallelLong").kernel();
        assertEquals(1, f.parallelPhis().size());
        Instr phi = f.parallelPhis().iterator().next();
        assertEquals(Type.I64, phi.type());
        assertEquals("i", f.varNames().get(phi));
    }

    @Test
    void loopVariablesAreNamed() {
        Function f = kernel("sumNested").kernel();
        Set<String> names = Set.copyOf(f.varNames().values());
        assertEquals(Set.of("i", "j", "s"), names);
    }

    @Test
    void floatComparesFuseWithNaNSemantics() {
        assertTrue(ir("lessFloat").contains("cmp uge v0, v1"));
        String text = ir("floatCompares");
        List<String> conds = text.lines().filter(l -> l.contains(" = cmp ")).map(l -> l.strip().split(" ")[3]).toList();
        // branches jump over the "then" part, so each is the negation of the source comparison
        assertEquals(List.of("uge", "ugt", "ule", "ult", "ne", "eq"), conds);
        assertTrue(ir("longCompare").contains("cmp ge v0, v1"));
    }

    @Test
    void fusedConditionRule() {
        // fcmpg; ifge  is  !(a < b)  ==  a uge b;  fcmpl; ifle  is  !(a > b)  ==  a ule b
        assertEquals(dev.hotloop.compiler.ir.Cond.UGE, BranchTranslator.fused(dev.hotloop.compiler.ir.Cond.GE, 1));
        assertEquals(dev.hotloop.compiler.ir.Cond.ULE, BranchTranslator.fused(dev.hotloop.compiler.ir.Cond.LE, -1));
        // fcmpl; ifge is a >= b (false on NaN), fcmpg; iflt is a < b
        assertEquals(dev.hotloop.compiler.ir.Cond.GE, BranchTranslator.fused(dev.hotloop.compiler.ir.Cond.GE, -1));
        assertEquals(dev.hotloop.compiler.ir.Cond.LT, BranchTranslator.fused(dev.hotloop.compiler.ir.Cond.LT, 1));
        assertEquals(dev.hotloop.compiler.ir.Cond.NE, BranchTranslator.fused(dev.hotloop.compiler.ir.Cond.NE, 1));
        assertEquals(dev.hotloop.compiler.ir.Cond.EQ, BranchTranslator.fused(dev.hotloop.compiler.ir.Cond.EQ, -1));
        assertEquals(dev.hotloop.compiler.ir.Cond.LT, BranchTranslator.fused(dev.hotloop.compiler.ir.Cond.LT, null));
    }

    @Test
    void switchesDropCasesThatGoToDefault() {
        String table = ir("tableSwitch");
        assertTrue(table.contains("switch v0, b5 [0: b4, 1: b3, 2: b2, 4: b1]"), table);
        String lookup = ir("lookupSwitch");
        assertTrue(lookup.contains("[-100: b3, 7: b2, 100000: b1]"), lookup);
        assertTrue(lookup.contains("phi i32 [b1: 3, b2: 2, b3: 1, b4: 0]"), lookup);
    }

    @Test
    void arraysOfEveryShape() {
        Function t = kernel("transpose").kernel();
        assertEquals(List.of("f64[][]"), ops(t, Op.NEWARRAY).stream().map(i -> i.type().toString()).toList());
        assertEquals(2, ops(t, Op.NEWARRAY).getFirst().args().size());
        assertTrue(ops(t, Op.ALOAD).stream().anyMatch(i -> i.type().equals(Type.parse("f64[]"))));
        Function r = kernel("rows").kernel();
        assertEquals(List.of("f64[][]", "f64[]"), ops(r, Op.NEWARRAY).stream().map(i -> i.type().toString()).toList());
        String small = ir("smallArrays");
        assertTrue(small.contains("conv i8 v7") && small.contains("conv u16 v15") && small.contains("conv i16 v11"), small);
        assertTrue(ir("nullArray").contains("phi i32[] [b0: null, b1: v3]"));
    }

    @Test
    void conversionsAndArithmetic() {
        Function f = kernel("primitives").kernel();
        List<String> convs = ops(f, Op.CONV).stream().map(i -> i.aux() + ":" + i.type()).distinct().toList();
        assertTrue(convs.containsAll(List.of("i64:i64", "i8:i32", "i16:i32", "u16:i32")), convs.toString());
        for (Op op : List.of(Op.ADD, Op.NEG, Op.USHR, Op.SHL, Op.SHR, Op.AND, Op.OR, Op.XOR, Op.REM, Op.DIV)) {
            assertTrue(!ops(f, op).isEmpty(), op.text);
        }
    }

    @Test
    void helpersAreReadOnceEvenWhenRecursive() {
        Program p = kernel("usesHelpers");
        assertEquals(List.of("square", "isEven"), p.helpers().values().stream().map(Function::name).toList());
        assertTrue(kernel("fib").helpers().isEmpty());
        Program mutual = kernel("even");
        assertEquals(Set.of("odd"), mutual.helpers().values().stream().map(Function::name).collect(Collectors.toSet()));
        Program cross = kernel("crossClass");
        MethodRef twice = new MethodRef("dev/hotloop/compiler/frontend/OtherKernels", "twice", "(D)D");
        assertEquals(Set.of(twice), cross.helpers().keySet());
        assertEquals("OtherKernels.java", cross.helpers().get(twice).sourceFile());
    }

    @Test
    void libraryCallsAndRandomDraws() {
        Function m = kernel("mathCalls").kernel();
        assertEquals(6, ops(m, Op.CALL).size());
        Function r = kernel("randoms").kernel();
        List<Object> kinds = ops(r, Op.RANDOM).stream().map(Instr::aux).toList();
        assertEquals(List.of(RandomKind.DOUBLE, RandomKind.DOUBLE, RandomKind.INT_BOUNDED, RandomKind.LONG,
                RandomKind.FLOAT, RandomKind.INT, RandomKind.DOUBLE), kinds);
        assertEquals(1, ops(r, Op.RANDOM).get(2).args().size());
        assertTrue(IrPrinter.print(r).contains("random int_bounded 10"));
    }

    @Test
    void staticFinalFieldsAreRead() {
        String text = ir("statics");
        assertTrue(text.contains("getstatic dev/hotloop/compiler/frontend/TestKernels.TABLE:[D"), text);
        assertTrue(text.contains("mul v2, 3.0"), text); // SCALE is a compile-time constant
    }

    @Test
    void loopAtTheEntryGetsAPreEntryBlock() {
        Function f = kernel("infiniteEntry").kernel();
        assertTrue(f.entry().preds().isEmpty());
        assertEquals(1, f.entry().instrs().size());
    }

    @Test
    void linesAndOriginAreRecorded() {
        PhaseTimer timer = new PhaseTimer();
        Program p = FrontEnd.read(LOADER, ref(TestKernels.class, "sum"), timer);
        Function f = p.kernel();
        assertEquals("TestKernels.java", f.sourceFile());
        assertEquals(ref(TestKernels.class, "sum"), f.origin());
        assertTrue(f.instrs().stream().filter(i -> i.op() == Op.ALOAD).allMatch(i -> i.line() > 0));
        assertTrue(IrPrinter.print(f, true).contains("return v7  ; line "));
        assertEquals(List.of("read", "ssa"), List.copyOf(timer.nanos().keySet()));
    }

    @Test
    void dupFamilyKeepsTheStoredValue() {
        String text = ir("chain");
        // x = a[i] = v (dup2_x2 of a long), y = b[i] = w (dup_x2): the stored values flow on
        assertTrue(text.contains("astore v0, v2, v3\n  astore v1, v2, v4\n  v7 = conv i64 v4\n  v8 = add v3, v7"), text);
    }

    @Test
    void inheritedStaticHelper() {
        Program p = kernel("inherited");
        Function base = p.helpers().get(new MethodRef("dev/hotloop/compiler/frontend/SubKernels", "base", "(I)I"));
        assertEquals("OtherKernels.java", base.sourceFile());
    }
}
