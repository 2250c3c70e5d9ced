package dev.hotloop.compiler.frontend;

import dev.hotloop.compiler.ir.Op;
import dev.hotloop.compiler.ir.Type;

/** Java arithmetic on boxed values, for {@link IrInterpreter}. */
final class Arith {
    private Arith() {}

    static Object binary(Op op, Object a, Object b) {
        return switch (a) {
            case Integer x -> {
                int y = (Integer) b;
                yield switch (op) {
                    case ADD -> x + y; case SUB -> x - y; case MUL -> x * y; case DIV -> x / y; case REM -> x % y;
                    case AND -> x & y; case OR -> x | y; case XOR -> x ^ y;
                    case SHL -> x << y; case SHR -> x >> y; default -> x >>> y;
                };
            }
            case Long x -> {
                if (op == Op.SHL || op == Op.SHR || op == Op.USHR) {
                    int y = (Integer) b;
                    yield op == Op.SHL ? x << y : op == Op.SHR ? x >> y : x >>> y;
                }
                long y = (Long) b;
                yield switch (op) {
                    case ADD -> x + y; case SUB -> x - y; case MUL -> x * y; case DIV -> x / y; case REM -> x % y;
                    case AND -> x & y; case OR -> x | y; default -> x ^ y;
                };
            }
            case Float x -> {
                float y = (Float) b;
                yield switch (op) { case ADD -> x + y; case SUB -> x - y; case MUL -> x * y; case DIV -> x / y; default -> x % y; };
            }
            default -> {
                double x = (Double) a;
                double y = (Double) b;
                yield switch (op) { case ADD -> x + y; case SUB -> x - y; case MUL -> x * y; case DIV -> x / y; default -> x % y; };
            }
        };
    }

    static Object neg(Object a) {
        return switch (a) {
            case Integer x -> -x;
            case Long x -> -x;
            case Float x -> -x;
            default -> -(Double) a;
        };
    }

    static Object convert(Object a, Type to) {
        return switch (to.kind()) {
            case I8 -> (int) (byte) (int) (Integer) a;
            case I16 -> (int) (short) (int) (Integer) a;
            case U16 -> (int) (char) (int) (Integer) a;
            case I32 -> switch (a) { case Long x -> (int) (long) x; case Float x -> (int) (float) x; default -> (int) (double) (Double) a; };
            case I64 -> switch (a) { case Integer x -> (long) x; case Float x -> (long) (float) x; default -> (long) (double) (Double) a; };
            case F32 -> switch (a) { case Integer x -> (float) x; case Long x -> (float) x; default -> (float) (double) (Double) a; };
            default -> switch (a) { case Integer x -> (double) x; case Long x -> (double) x; default -> (double) (float) (Float) a; };
        };
    }
}
