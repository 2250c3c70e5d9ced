package dev.hotloop.compiler.frontend;

import static org.objectweb.asm.Opcodes.*;

import dev.hotloop.compiler.ir.FieldRef;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.RandomKind;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Static calls and static field reads. {@code Math.random()} and {@code ThreadLocalRandom}
 * draws become {@code random}; {@code Math}, {@code StrictMath} and the wrapper classes'
 * primitive static methods become library {@code call}s; any other static method over
 * primitives and primitive arrays is a kernel helper, recorded so that it is read too.
 * <pre>invokestatic java/lang/Math.sqrt(D)D  ==>  v5 = call java/lang/Math.sqrt(D)D v4</pre>
 */
final class CallTranslator {
    private static final String TLR = "java/util/concurrent/ThreadLocalRandom";
    private static final Set<String> LIBRARIES = Set.of("java/lang/Math", "java/lang/StrictMath",
            "java/lang/Integer", "java/lang/Long", "java/lang/Float", "java/lang/Double",
            "java/lang/Short", "java/lang/Byte", "java/lang/Character", "java/lang/Boolean");

    /**
     * Stands for {@code ThreadLocalRandom.current()} on the stack and in locals until a
     * {@code next*} call consumes it; it never becomes an operand of a real instruction.
     */
    final Param randomSource = new Param(Type.NULL, -1);

    private final BlockState s;
    private final Set<MethodRef> helpers;

    CallTranslator(BlockState s, Set<MethodRef> helpers) {
        this.s = s;
        this.helpers = helpers;
    }

    void invokeStatic(MethodInsnNode m) {
        if (m.owner.equals(TLR) && m.name.equals("current")) {
            s.push(randomSource);
            return;
        }
        if ((m.owner.equals("java/lang/Math") || m.owner.equals("java/lang/StrictMath"))
                && m.name.equals("random") && m.desc.equals("()D")) {
            s.push(s.emit(Op.RANDOM, Type.F64).setAux(RandomKind.DOUBLE));
            return;
        }
        if (!MethodChecks.isKernelDescriptor(m.desc)) throw Unsupported.objectCall(s.pos(), m.owner, m.name, m.desc);
        MethodRef ref = new MethodRef(m.owner, m.name, m.desc);
        if (!LIBRARIES.contains(m.owner)) {
            if (isPlatform(m.owner)) throw Unsupported.jdkCall(s.pos(), m.owner, m.name, m.desc);
            helpers.add(ref);
        }
        call(ref);
    }

    void invokeVirtual(MethodInsnNode m) {
        if (m.getOpcode() == INVOKEVIRTUAL && m.owner.equals(TLR)) {
            RandomKind kind = switch (m.name + m.desc) {
                case "nextDouble()D" -> RandomKind.DOUBLE;
                case "nextFloat()F" -> RandomKind.FLOAT;
                case "nextInt()I" -> RandomKind.INT;
                case "nextInt(I)I" -> RandomKind.INT_BOUNDED;
                case "nextLong()J" -> RandomKind.LONG;
                default -> null;
            };
            if (kind != null) {
                Value bound = kind == RandomKind.INT_BOUNDED ? s.pop() : null;
                // The receiver can only be ThreadLocalRandom.current(): kernels have no other way to get
                // an object. It may still be an unfinished loop phi over randomSource, so it is not checked.
                s.pop();
                s.push(bound == null ? s.emit(Op.RANDOM, kind.type).setAux(kind)
                        : s.emit(Op.RANDOM, kind.type, bound).setAux(kind));
                return;
            }
        }
        throw Unsupported.virtualCall(s.pos(), m.owner, m.name);
    }

    void field(FieldInsnNode f) {
        switch (f.getOpcode()) {
            case GETSTATIC -> {
                if (!MethodChecks.isKernelType(org.objectweb.asm.Type.getType(f.desc))) {
                    throw Unsupported.staticRead(s.pos(), f.owner, f.name, f.desc);
                }
                FieldRef ref = new FieldRef(f.owner, f.name, f.desc);
                s.push(s.emit(Op.GETSTATIC, ref.type().computational()).setAux(ref));
            }
            case PUTSTATIC -> throw Unsupported.staticWrite(s.pos(), f.owner, f.name);
            default -> throw Unsupported.fieldAccess(s.pos(), f.owner, f.name);
        }
    }

    private void call(MethodRef ref) {
        org.objectweb.asm.Type[] params = org.objectweb.asm.Type.getArgumentTypes(ref.desc());
        List<Value> args = new java.util.ArrayList<>();
        for (int k = 0; k < params.length; k++) args.addFirst(s.pop());
        Type result = ref.signature().result().computational();
        Value v = s.emit(Op.CALL, result, args).setAux(ref);
        if (!result.isVoid()) s.push(v);
    }

    private static boolean isPlatform(String owner) {
        return owner.startsWith("java/") || owner.startsWith("javax/") || owner.startsWith("jdk/") || owner.startsWith("sun/");
    }
}
