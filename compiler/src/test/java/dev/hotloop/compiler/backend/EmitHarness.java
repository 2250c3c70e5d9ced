package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Test support: emits a program, checks it with ASM's {@code CheckClassAdapter}, defines it as a
 * hidden class in this package and returns its {@code invoke} entry; plus terse IR building.
 */
final class EmitHarness {
    static final String CLASS = "dev/hotloop/compiler/backend/Gen";

    private EmitHarness() {}

    /** Emits, verifies and defines {@code p}; returns the hidden class. */
    static Class<?> define(Program p, String meterClass, Object classData) {
        byte[] bytes = ClassEmitter.emit(p, CLASS, meterClass);
        verify(bytes);
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            return classData == null
                    ? l.defineHiddenClass(bytes, true, MethodHandles.Lookup.ClassOption.NESTMATE).lookupClass()
                    : l.defineHiddenClassWithClassData(bytes, classData, true, MethodHandles.Lookup.ClassOption.NESTMATE).lookupClass();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    static void verify(byte[] bytes) {
        StringWriter out = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), EmitHarness.class.getClassLoader(), false, new PrintWriter(out));
        assertEquals("", out.toString(), "CheckClassAdapter");
    }

    /** The {@code invoke} entry of the class emitted for {@code f} alone. */
    static MethodHandle entry(Function f) {
        return entry(new Program(f));
    }

    static MethodHandle entry(Program p) {
        return method(define(p, null, null), "invoke", p.kernel());
    }

    static MethodHandle method(Class<?> c, String name, Function f) {
        try {
            MethodType t = MethodType.fromMethodDescriptorString(f.signature().descriptor(), EmitHarness.class.getClassLoader());
            return MethodHandles.lookup().findStatic(c, name, t);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls {@code mh}, rethrowing what the kernel throws. */
    static Object call(MethodHandle mh, Object... args) throws Throwable {
        return mh.invokeWithArguments(args);
    }

    // ---- IR building ----

    static Instr add(Function f, Block b, Op op, Type t, Value... args) {
        return b.add(f.newInstr(op, t, args));
    }

    static Instr cmp(Function f, Block b, Cond c, Value x, Value y) {
        return b.add(f.newInstr(Op.CMP, Type.BOOL, x, y).setAux(c));
    }

    static Value p(Function f, int i) {
        return f.params().get(i);
    }
}
