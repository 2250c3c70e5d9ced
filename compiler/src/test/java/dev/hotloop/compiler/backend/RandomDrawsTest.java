package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.RandomKind;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

import static dev.hotloop.compiler.backend.EmitHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Draws lowered onto a random class named by the request: one {@code forCall()} at the entry
 * of each method that draws, every draw a call on that stream. {@link ScriptedRandom} stands in
 * for the runtime's {@code KernelRandom}, which the compiler's tests cannot see.
 */
class RandomDrawsTest {
    private static final String SCRIPTED = ScriptedRandom.class.getName().replace('.', '/');
    private static final MethodRef HELPER = new MethodRef("p/K", "coin", "()I");

    /** Fixed answers, so the test can see which method each draw called and with what bound. */
    public static final class ScriptedRandom {
        static int streams;

        public static ScriptedRandom forCall() {
            streams++;
            return new ScriptedRandom();
        }

        public ScriptedRandom split(long chunkIndex) { return new ScriptedRandom(); }

        public double nextDouble() { return 0.25; }

        public float nextFloat() { return 0.5f; }

        public int nextInt() { return 7; }

        public int nextInt(int bound) { return bound - 1; }

        public long nextLong() { return 1000; }
    }

    @BeforeEach
    void reset() {
        ScriptedRandom.streams = 0;
    }

    /** {@code double r(int n) = nextDouble() + nextInt(n) + nextFloat() + nextLong() + nextInt()} */
    private static Function allKinds() {
        Function f = new Function("r", Signature.parse("double(int)"));
        Block b0 = f.newBlock();
        Instr d = add(f, b0, Op.RANDOM, Type.F64).setAux(RandomKind.DOUBLE);
        Instr k = add(f, b0, Op.RANDOM, Type.I32, p(f, 0)).setAux(RandomKind.INT_BOUNDED);
        Instr x = add(f, b0, Op.RANDOM, Type.F32).setAux(RandomKind.FLOAT);
        Instr l = add(f, b0, Op.RANDOM, Type.I64).setAux(RandomKind.LONG);
        Instr i = add(f, b0, Op.RANDOM, Type.I32).setAux(RandomKind.INT);
        Instr sum = add(f, b0, Op.ADD, Type.F64, d, add(f, b0, Op.CONV, Type.F64, k).setAux(Type.F64));
        sum = add(f, b0, Op.ADD, Type.F64, sum, add(f, b0, Op.CONV, Type.F64, x).setAux(Type.F64));
        sum = add(f, b0, Op.ADD, Type.F64, sum, add(f, b0, Op.CONV, Type.F64, l).setAux(Type.F64));
        sum = add(f, b0, Op.ADD, Type.F64, sum, add(f, b0, Op.CONV, Type.F64, i).setAux(Type.F64));
        f.ret(b0, sum);
        return f;
    }

    private static Class<?> define(Program p) throws IllegalAccessException {
        byte[] bytes = ClassEmitter.emit(p, CLASS, null, SCRIPTED);
        verify(bytes);
        return MethodHandles.lookup().defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE)
                .lookupClass();
    }

    @Test
    void everyKindDrawsFromTheStreamOfTheCall() throws Throwable {
        Function f = allKinds();
        MethodHandle mh = method(define(new Program(f)), "invoke", f);
        assertEquals(0.25 + 4 + 0.5 + 1000 + 7, call(mh, 5));
        assertEquals(1, ScriptedRandom.streams, "one stream per call, not per draw");
        call(mh, 5);
        assertEquals(2, ScriptedRandom.streams);
    }

    @Test
    void methodsWithoutDrawsTakeNoStream() throws Throwable {
        Function f = new Function("n", Signature.parse("int(int)"));
        Block b0 = f.newBlock();
        f.ret(b0, add(f, b0, Op.ADD, Type.I32, p(f, 0), p(f, 0)));
        assertEquals(6, call(method(define(new Program(f)), "invoke", f), 3));
        assertEquals(0, ScriptedRandom.streams);
    }

    @Test
    void aHelperThatDrawsTakesItsOwnStream() throws Throwable {
        Function coin = new Function("coin", Signature.parse("int()"));
        Block c0 = coin.newBlock();
        coin.ret(c0, add(coin, c0, Op.RANDOM, Type.I32, dev.hotloop.compiler.ir.Const.i32(2))
                .setAux(RandomKind.INT_BOUNDED));
        Function k = new Function("k", Signature.parse("int()"));
        Block b0 = k.newBlock();
        Instr h = add(k, b0, Op.CALL, Type.I32).setAux(HELPER);
        Instr i = add(k, b0, Op.RANDOM, Type.I32).setAux(RandomKind.INT);
        k.ret(b0, add(k, b0, Op.ADD, Type.I32, h, i));
        Program p = new Program(k);
        p.helpers().put(HELPER, coin);
        assertEquals(1 + 7, call(method(define(p), "invoke", k)));
        assertEquals(2, ScriptedRandom.streams);
    }

    @Test
    void withoutARandomClassDrawsGoToTheJdk() throws Throwable {
        Function f = allKinds();
        double r = (double) call(method(EmitHarness.define(new Program(f), null, null), "invoke", f), 5);
        assertEquals(0, ScriptedRandom.streams);
        assertTrue(Double.isFinite(r), "draw " + r);   // the long and int draws may be negative
    }
}
