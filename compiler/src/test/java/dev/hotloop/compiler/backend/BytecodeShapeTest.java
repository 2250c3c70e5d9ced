package dev.hotloop.compiler.backend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Signature;
import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Printer;

import java.util.ArrayList;
import java.util.List;

import static dev.hotloop.compiler.backend.EmitHarness.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Golden opcode sequences: what the emitted loops and compares look like, so a change in shape is seen. */
class BytecodeShapeTest {
    /** The opcodes of method {@code kernel}, labels and frames left out. */
    private static String opcodes(Function f) {
        ClassNode cn = new ClassNode();
        new ClassReader(ClassEmitter.emit(new Program(f), CLASS, null)).accept(cn, ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
        MethodNode m = cn.methods.stream().filter(x -> x.name.equals("kernel")).findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        for (AbstractInsnNode i : m.instructions) {
            if (i.getOpcode() >= 0) out.add(Printer.OPCODES[i.getOpcode()].toLowerCase());
        }
        return String.join(" ", out);
    }

    /** The STYLE.md sum: the header's compare is fused and inverted so the body falls through. */
    @Test
    void sumLoop() {
        Function f = new Function("sum", Signature.parse("double(double[])"));
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock(), b3 = f.newBlock();
        Instr n = add(f, b0, Op.ALEN, Type.I32, p(f, 0));
        f.jump(b0, b1);
        Instr i = b1.add(f.newInstr(Op.PHI, Type.I32));
        Instr s = b1.add(f.newInstr(Op.PHI, Type.F64));
        f.branch(b1, cmp(f, b1, Cond.LT, i, n), b2, b3);
        Instr x = add(f, b2, Op.ALOAD, Type.F64, p(f, 0), i);
        Instr s2 = add(f, b2, Op.ADD, Type.F64, s, x);
        Instr i2 = add(f, b2, Op.ADD, Type.I32, i, Const.i32(1));
        f.jump(b2, b1);
        i.addArg(Const.i32(0));
        i.addArg(i2);
        s.addArg(Const.f64(0.0));
        s.addArg(s2);
        f.ret(b3, s);
        assertEquals(String.join(" ",
                "aload arraylength istore",                       // b0: v1 = alen v0
                "iconst_0 dconst_0 dstore istore",                 // edge b0 -> b1: parallel copy
                "iload iload if_icmpge",                           // b1: branch (lt) inverted to b3
                "aload iload daload dstore",                       // b2
                "dload dload dadd dstore",
                "iload iconst_1 iadd istore",
                "iload dload dstore istore goto",                  // edge b2 -> b1
                "dload dreturn"), opcodes(f));                     // b3
    }

    /** NaN must make {@code a < b} false and {@code !(a >= b)} true: dcmpg for lt, dcmpl for ult. */
    @Test
    void floatCompareForms() {
        for (Cond c : List.of(Cond.LT, Cond.ULT, Cond.GE, Cond.UGE)) {
            Function f = new Function("c", Signature.parse("int(double, double)"));
            Block b0 = f.newBlock(), no = f.newBlock(), yes = f.newBlock();
            f.branch(b0, cmp(f, b0, c, p(f, 0), p(f, 1)), yes, no);
            f.ret(no, Const.i32(0));
            f.ret(yes, Const.i32(1));
            String want = switch (c) {
                case LT -> "dcmpg iflt";
                case ULT -> "dcmpl iflt";
                case GE -> "dcmpl ifge";
                case UGE -> "dcmpg ifge";
                default -> throw new AssertionError();
            };
            assertEquals("dload dload " + want + " iconst_0 ireturn iconst_1 ireturn", opcodes(f), c.toString());
        }
    }
}
