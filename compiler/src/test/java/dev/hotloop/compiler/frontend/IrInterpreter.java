package dev.hotloop.compiler.frontend;

import dev.hotloop.compiler.ir.Block;
import dev.hotloop.compiler.ir.Cond;
import dev.hotloop.compiler.ir.Const;
import dev.hotloop.compiler.ir.Function;
import dev.hotloop.compiler.ir.Instr;
import dev.hotloop.compiler.ir.MethodRef;
import dev.hotloop.compiler.ir.Param;
import dev.hotloop.compiler.ir.Program;
import dev.hotloop.compiler.ir.Type;
import dev.hotloop.compiler.ir.Value;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A slow reference interpreter for front-end IR, so tests can check that the IR means what the
 * bytecode meant (branch polarity, phi operand order, NaN compares) by running both.
 * Values are boxed Integer/Long/Float/Double and Java arrays; {@code bool} is Boolean.
 */
final class IrInterpreter {
    private final Program program;

    IrInterpreter(Program program) {
        this.program = program;
    }

    Object run(Object... args) {
        return call(program.kernel(), args);
    }

    private Object call(Function f, Object[] args) {
        Map<Value, Object> env = new HashMap<>();
        for (Param p : f.params()) env.put(p, widen(args[p.index()]));
        Block prev = null;
        Block b = f.entry();
        while (true) {
            Map<Instr, Object> phiValues = new HashMap<>();
            for (Instr phi : b.phis()) phiValues.put(phi, value(env, phi.arg(b.preds().indexOf(prev))));
            env.putAll(phiValues);
            Block next = null;
            for (Instr i : b.instrs()) {
                if (i.isPhi()) continue;
                switch (i.op()) {
                    case JUMP -> next = i.targets().getFirst();
                    case BRANCH -> next = i.targets().get((Boolean) value(env, i.arg(0)) ? 0 : 1);
                    case SWITCH -> {
                        int k = (Integer) value(env, i.arg(0));
                        int[] keys = (int[]) i.aux();
                        next = i.targets().getFirst();
                        for (int j = 0; j < keys.length; j++) if (keys[j] == k) next = i.targets().get(j + 1);
                    }
                    case RETURN -> {
                        return i.args().isEmpty() ? null : value(env, i.arg(0));
                    }
                    default -> env.put(i, eval(env, i));
                }
            }
            prev = b;
            b = next;
        }
    }

    private static Object widen(Object o) {
        return switch (o) {
            case Boolean z -> z ? 1 : 0;
            case Byte x -> (int) x;
            case Short x -> (int) x;
            case Character x -> (int) x;
            case null, default -> o;
        };
    }

    private static Object value(Map<Value, Object> env, Value v) {
        if (v instanceof Const c) return c.value();
        if (!env.containsKey(v)) throw new IllegalStateException("no value for " + v);
        return env.get(v);
    }

    private Object eval(Map<Value, Object> env, Instr i) {
        List<Object> a = i.args().stream().map(v -> value(env, v)).toList();
        return switch (i.op()) {
            case ADD, SUB, MUL, DIV, REM, AND, OR, XOR, SHL, SHR, USHR -> Arith.binary(i.op(), a.get(0), a.get(1));
            case NEG -> Arith.neg(a.get(0));
            case CONV -> Arith.convert(a.get(0), (Type) i.aux());
            case CMP -> compare(i.cond(), a.get(0), a.get(1));
            case CMP3 -> cmp3(a.get(0), a.get(1), (Integer) i.aux());
            case ALEN -> Array.getLength(a.get(0));
            case ALOAD -> widen(Array.get(a.get(0), (Integer) a.get(1)));
            case ASTORE -> {
                Object arr = a.get(0);
                Class<?> c = arr.getClass().getComponentType();
                Object v = a.get(2);
                if (c == byte.class) v = (byte) (int) (Integer) v;
                else if (c == short.class) v = (short) (int) (Integer) v;
                else if (c == char.class) v = (char) (int) (Integer) v;
                else if (c == boolean.class) v = (Integer) v != 0;
                Array.set(arr, (Integer) a.get(1), v);
                yield null;
            }
            case NEWARRAY -> {
                int[] dims = a.stream().mapToInt(x -> (Integer) x).toArray();
                Class<?> c = javaClass(i.type());
                for (int d = 0; d < dims.length; d++) c = c.getComponentType();
                yield Array.newInstance(c, dims);
            }
            case GETSTATIC -> staticField((dev.hotloop.compiler.ir.FieldRef) i.aux());
            case CALL -> invoke((MethodRef) i.aux(), a.toArray());
            default -> throw new UnsupportedOperationException(i.op().text);
        };
    }

    private static boolean compare(Cond c, Object x, Object y) {
        if (x == null || y == null || x.getClass().isArray() || y.getClass().isArray()) {
            return c == Cond.EQ ? x == y : x != y;
        }
        double dx = ((Number) x).doubleValue();
        double dy = ((Number) y).doubleValue();
        if (x instanceof Long lx && y instanceof Long ly) return c.test(Long.compare(lx, ly));
        if (Double.isNaN(dx) || Double.isNaN(dy)) return c.trueOnNaN();
        return c.test(Double.compare(dx, dy) == 0 || dx == dy ? 0 : dx < dy ? -1 : 1);
    }

    private static int cmp3(Object x, Object y, Integer nan) {
        if (x instanceof Long lx) return Long.compare(lx, (Long) y);
        double dx = ((Number) x).doubleValue();
        double dy = ((Number) y).doubleValue();
        if (Double.isNaN(dx) || Double.isNaN(dy)) return nan;
        return dx < dy ? -1 : dx > dy ? 1 : 0;
    }

    private Object invoke(MethodRef ref, Object[] args) {
        Function helper = program.helpers().get(ref);
        if (helper == null && ref.equals(program.kernel().origin())) helper = program.kernel();
        if (helper != null) return call(helper, args);
        try {
            Class<?> owner = Class.forName(ref.owner().replace('/', '.'));
            for (Method m : owner.getMethods()) {
                if (m.getName().equals(ref.name()) && org.objectweb.asm.Type.getMethodDescriptor(m).equals(ref.desc())) {
                    Class<?>[] pt = m.getParameterTypes();
                    Object[] conv = new Object[args.length];
                    for (int k = 0; k < args.length; k++) conv[k] = narrow(args[k], pt[k]);
                    return widen(m.invoke(null, conv));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no method " + ref);
    }

    private static Object narrow(Object v, Class<?> c) {
        if (c == boolean.class) return (Integer) v != 0;
        if (c == byte.class) return (byte) (int) (Integer) v;
        if (c == short.class) return (short) (int) (Integer) v;
        if (c == char.class) return (char) (int) (Integer) v;
        return v;
    }

    private static Object staticField(dev.hotloop.compiler.ir.FieldRef ref) {
        try {
            Field f = Class.forName(ref.owner().replace('/', '.')).getDeclaredField(ref.name());
            f.setAccessible(true);
            return widen(f.get(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> javaClass(Type t) {
        return switch (t.kind()) {
            case BOOL -> boolean.class;
            case I8 -> byte.class;
            case I16 -> short.class;
            case U16 -> char.class;
            case I32 -> int.class;
            case I64 -> long.class;
            case F32 -> float.class;
            case F64 -> double.class;
            case ARRAY -> javaClass(t.elem()).arrayType();
            default -> throw new IllegalArgumentException(t.toString());
        };
    }
}
