package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.FieldRef;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.RandomKind;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import org.junit.jupiter.api.Test;

import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.MethodModel;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Modifier;

import static dev.hotloop.compiler.backend.EmitHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Helper and library calls, static fields, random draws, and the measured entry. */
class CallEmitTest {
    static final double[] TABLE = {1.5, 2.5};

    /** A tiny meter: counts calls and keeps the last duration. */
    public static final class CountingMeter {
        long calls;
        long lastNanos = -1;

        long samples;

        public void record(long nanos) {
            calls++;
            lastNanos = nanos;
        }

        /** Times every other call of the sampled entry. */
        public boolean sample() {
            return samples++ % 2 == 0;
        }
    }

    private static final MethodRef FACT = new MethodRef("p/K", "fact", "(J)J");

    /** {@code long fact(long n) { return n <= 1 ? 1 : n * fact(n - 1); }} as a helper calling itself. */
    private static Function fact() {
        Function f = new Function("fact", Signature.parse("long(long)"));
        Block b0 = f.newBlock(), base = f.newBlock(), rec = f.newBlock();
        f.branch(b0, cmp(f, b0, Cond.LE, p(f, 0), Const.i64(1)), base, rec);
        f.ret(base, Const.i64(1));
        Instr m = add(f, rec, Op.SUB, Type.I64, p(f, 0), Const.i64(1));
        Instr r = add(f, rec, Op.CALL, Type.I64, m).setAux(FACT);
        f.ret(rec, add(f, rec, Op.MUL, Type.I64, p(f, 0), r));
        return f;
    }

    /** {@code double k(long n, double x) { return Math.sqrt(x) + fact(n); }} */
    private static Program factProgram() {
        Function k = new Function("k", Signature.parse("double(long, double)"));
        Block b0 = k.newBlock();
        Instr s = add(k, b0, Op.CALL, Type.F64, p(k, 1)).setAux(new MethodRef("java/lang/Math", "sqrt", "(D)D"));
        Instr fct = add(k, b0, Op.CALL, Type.I64, p(k, 0)).setAux(FACT);
        Instr d = add(k, b0, Op.CONV, Type.F64, fct).setAux(Type.F64);
        k.ret(b0, add(k, b0, Op.ADD, Type.F64, s, d));
        Program p = new Program(k);
        p.helpers().put(FACT, fact());
        return p;
    }

    @Test
    void recursiveHelperAndLibraryCall() throws Throwable {
        Program p = factProgram();
        Class<?> c = define(p, null, null);
        assertEquals(3.0 + 120, call(method(c, "invoke", p.kernel()), 5L, 9.0));
        assertEquals(Math.sqrt(2.0) + 1, call(method(c, "kernel", p.kernel()), 0L, 2.0));
        var helper = c.getDeclaredMethod("h$fact$0", long.class);
        assertTrue(Modifier.isPrivate(helper.getModifiers()) && Modifier.isStatic(helper.getModifiers()));
    }

    @Test
    void measuredEntryRecordsEachCall() throws Throwable {
        Program p = factProgram();
        CountingMeter meter = new CountingMeter();
        Class<?> c = define(p, CountingMeter.class.getName().replace('.', '/'), meter);
        MethodHandle invoke = method(c, "invoke", p.kernel());
        MethodHandle kernel = method(c, "kernel", p.kernel());
        assertEquals(3.0 + 6, call(invoke, 3L, 9.0));
        assertEquals(3.0 + 6, call(invoke, 3L, 9.0));
        assertEquals(3.0 + 6, call(kernel, 3L, 9.0));
        assertEquals(2, meter.calls);
        assertTrue(meter.lastNanos >= 0);
        MethodHandle fast = method(c, "fast", p.kernel());
        for (int i = 0; i < 4; i++) assertEquals(3.0 + 6, call(fast, 3L, 9.0));
        assertEquals(4, meter.samples, "the sampled entry asks the meter once per call");
        assertEquals(2 + 2, meter.calls, "and times the calls the meter picks");
    }

    /** A small leaf kernel's sampled entry is too big for C2 to inline (above FreqInlineSize, 325): callers call it. */
    @Test
    void smallLeafKernelsSampledEntryIsCalledNotInlined() throws Throwable {
        Function k = new Function("k", Signature.parse("long(long)"));
        Block b0 = k.newBlock();
        k.ret(b0, add(k, b0, Op.ADD, Type.I64, p(k, 0), Const.i64(1)));
        Program p = new Program(k);
        byte[] bytes = ClassEmitter.emit(p, EmitHarness.CLASS, CountingMeter.class.getName().replace('.', '/'));
        EmitHarness.verify(bytes);
        assertTrue(codeLength(bytes, "fast") > 325, "fast: " + codeLength(bytes, "fast") + " bytes");
        Class<?> c = define(p, CountingMeter.class.getName().replace('.', '/'), new CountingMeter());
        assertEquals(4L, call(method(c, "fast", k), 3L));
    }

    /** A small kernel whose helpers are small too (a one-chunk loop's chunk) inlines whole: its sampled entry is padded as a leaf's. */
    @Test
    void smallKernelWithSmallHelpersSampledEntryIsCalledNotInlined() throws Throwable {
        byte[] bytes = ClassEmitter.emit(factProgram(), EmitHarness.CLASS, CountingMeter.class.getName().replace('.', '/'));
        EmitHarness.verify(bytes);
        assertTrue(codeLength(bytes, "kernel") <= 325 && codeLength(bytes, "h$fact$0") <= 325);
        assertTrue(codeLength(bytes, "fast") > 325, "fast: " + codeLength(bytes, "fast") + " bytes");
    }

    /** A small kernel that calls a helper too big to inline (a vector block) has a call in its caller's loop anyway: its sampled entry stays small. */
    @Test
    void kernelWithALargeHelperSampledEntryStaysSmall() throws Throwable {
        MethodRef bigRef = new MethodRef("p/K", "big", "(J)J");
        Function big = new Function("big", Signature.parse("long(long)"));
        Block h0 = big.newBlock();
        Value x = p(big, 0);
        for (int i = 0; i < 120; i++) x = add(big, h0, Op.MUL, Type.I64, add(big, h0, Op.ADD, Type.I64, x, Const.i64(i)), p(big, 0));
        big.ret(h0, x);
        Function k = new Function("k", Signature.parse("long(long)"));
        Block b0 = k.newBlock();
        k.ret(b0, add(k, b0, Op.CALL, Type.I64, p(k, 0)).setAux(bigRef));
        Program p = new Program(k);
        p.helpers().put(bigRef, big);
        byte[] bytes = ClassEmitter.emit(p, EmitHarness.CLASS, CountingMeter.class.getName().replace('.', '/'));
        EmitHarness.verify(bytes);
        assertTrue(codeLength(bytes, "kernel") <= 325);
        assertTrue(codeLength(bytes, "fast") < 64, "fast: " + codeLength(bytes, "fast") + " bytes");
        Class<?> c = define(p, CountingMeter.class.getName().replace('.', '/'), new CountingMeter());
        assertEquals(call(method(c, "kernel", k), 3L), call(method(c, "fast", k), 3L));
    }

    /** A kernel too big to inline is a call anyway: its sampled entry stays small. */
    @Test
    void largeKernelsSampledEntryStaysSmall() throws Throwable {
        Function k = new Function("k", Signature.parse("long(long)"));
        Block b0 = k.newBlock();
        Value x = p(k, 0);
        for (int i = 0; i < 120; i++) x = add(k, b0, Op.MUL, Type.I64, add(k, b0, Op.ADD, Type.I64, x, Const.i64(i)), p(k, 0));
        k.ret(b0, x);
        Program p = new Program(k);
        byte[] bytes = ClassEmitter.emit(p, EmitHarness.CLASS, CountingMeter.class.getName().replace('.', '/'));
        EmitHarness.verify(bytes);
        assertTrue(codeLength(bytes, "kernel") > 325, "kernel: " + codeLength(bytes, "kernel") + " bytes");
        assertTrue(codeLength(bytes, "fast") < 64, "fast: " + codeLength(bytes, "fast") + " bytes");
        Class<?> c = define(p, CountingMeter.class.getName().replace('.', '/'), new CountingMeter());
        assertEquals(call(method(c, "kernel", k), 3L), call(method(c, "fast", k), 3L));
    }

    private static int codeLength(byte[] bytes, String method) {
        MethodModel m = ClassFile.of().parse(bytes).methods().stream()
                .filter(mm -> mm.methodName().equalsString(method)).findFirst().orElseThrow();
        return m.findAttribute(Attributes.code()).orElseThrow().codeLength();
    }

    @Test
    void measuredVoidEntry() throws Throwable {
        Function f = new Function("v", Signature.parse("void(int[])"));
        Block b0 = f.newBlock();
        add(f, b0, Op.ASTORE, Type.VOID, p(f, 0), Const.i32(0), Const.i32(42));
        f.ret(b0, null);
        CountingMeter meter = new CountingMeter();
        Class<?> c = define(new Program(f), CountingMeter.class.getName().replace('.', '/'), meter);
        int[] a = new int[1];
        call(method(c, "invoke", f), (Object) a);
        assertEquals(42, a[0]);
        assertEquals(1, meter.calls);
    }

    @Test
    void staticFinalFieldRead() throws Throwable {
        Function f = new Function("t", Signature.parse("double(int)"));
        Block b0 = f.newBlock();
        Instr t = add(f, b0, Op.GETSTATIC, Type.array(Type.F64))
                .setAux(new FieldRef(CallEmitTest.class.getName().replace('.', '/'), "TABLE", "[D"));
        f.ret(b0, add(f, b0, Op.ALOAD, Type.F64, t, p(f, 0)));
        assertEquals(2.5, call(entry(f), 1));
    }

    @Test
    void randomDrawsStayInRange() throws Throwable {
        Function f = new Function("r", Signature.parse("double(int)"));
        Block b0 = f.newBlock();
        Instr u = add(f, b0, Op.RANDOM, Type.F64).setAux(RandomKind.DOUBLE);
        Instr k = add(f, b0, Op.RANDOM, Type.I32, p(f, 0)).setAux(RandomKind.INT_BOUNDED);
        add(f, b0, Op.RANDOM, Type.F32).setAux(RandomKind.FLOAT);   // unused: popped
        add(f, b0, Op.RANDOM, Type.I64).setAux(RandomKind.LONG);    // unused: popped (two slots)
        Instr kd = add(f, b0, Op.CONV, Type.F64, k).setAux(Type.F64);
        f.ret(b0, add(f, b0, Op.ADD, Type.F64, u, kd));
        MethodHandle mh = entry(f);
        for (int i = 0; i < 50; i++) {
            double r = (double) call(mh, 3);
            assertTrue(r >= 0 && r < 3, "draw " + r);
        }
    }
}
