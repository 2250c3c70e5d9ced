package dev.hotloop.compiler.backend.vector;

import dev.hotloop.compiler.vector.LaneOp;
import dev.hotloop.compiler.vector.LaneType;
import org.objectweb.asm.MethodVisitor;

import static org.objectweb.asm.Opcodes.*;

/**
 * The Vector API calls the emitted code makes, by name and descriptor. The compiler only names
 * {@code jdk.incubator.vector} classes; it never loads them. Species are read from the API's own
 * {@code static final} fields ({@code DoubleVector.SPECIES_256}), which C2 folds to constants
 * exactly as it would a field of the hidden class.
 * <pre>species(mv, DOUBLE, 256)  ==> getstatic jdk/incubator/vector/DoubleVector.SPECIES_256</pre>
 */
final class VectorApi {
    static final String PKG = "jdk/incubator/vector/";
    static final String VECTOR = PKG + "Vector";
    static final String MASK = PKG + "VectorMask";
    static final String SPECIES = PKG + "VectorSpecies";
    static final String OPS = PKG + "VectorOperators";
    static final String D_VECTOR = "L" + VECTOR + ";";
    static final String D_MASK = "L" + MASK + ";";
    static final String D_SPECIES = "L" + SPECIES + ";";

    private VectorApi() {}

    static String desc(LaneType t) { return "L" + t.vectorClass() + ";"; }

    static void species(MethodVisitor mv, LaneType t, int bits) {
        mv.visitFieldInsn(GETSTATIC, t.vectorClass(), "SPECIES_" + bits, D_SPECIES);
    }

    static void operator(MethodVisitor mv, LaneOp op) {
        mv.visitFieldInsn(GETSTATIC, OPS, op.field(), "L" + op.fieldType() + ";");
    }

    static void comparison(MethodVisitor mv, String name) {
        mv.visitFieldInsn(GETSTATIC, OPS, name, "L" + OPS + "$Comparison;");
    }

    static void conversion(MethodVisitor mv, String name) {
        mv.visitFieldInsn(GETSTATIC, OPS, name, "L" + OPS + "$Conversion;");
    }

    /** {@code v.lanewise(op, ...)} with the operands already pushed after the receiver and the operator. */
    static void lanewise(MethodVisitor mv, LaneType t, LaneOp op) {
        String d = switch (op.arity()) {
            case 1 -> "(L" + op.paramType() + ";)";
            case 2 -> "(L" + op.paramType() + ";" + D_VECTOR + ")";
            default -> "(L" + op.paramType() + ";" + D_VECTOR + D_VECTOR + ")";
        };
        mv.visitMethodInsn(INVOKEVIRTUAL, t.vectorClass(), "lanewise", d + desc(t), false);
    }

    /** {@code v.lanewise(op, int)} on an IntVector: shifts and masks by a constant. */
    static void lanewiseInt(MethodVisitor mv, String field, String fieldType, int k) {
        mv.visitFieldInsn(GETSTATIC, OPS, field, "L" + OPS + "$" + fieldType + ";");
        dev.hotloop.compiler.backend.vector.Ints.push(mv, k);
        mv.visitMethodInsn(INVOKEVIRTUAL, LaneType.INT.vectorClass(), "lanewise",
                "(L" + OPS + "$Binary;I)" + desc(LaneType.INT), false);
    }

    /** {@code XVector.broadcast(species, scalar)} with species and scalar pushed. */
    static void broadcast(MethodVisitor mv, LaneType t) {
        mv.visitMethodInsn(INVOKESTATIC, t.vectorClass(), "broadcast", "(" + D_SPECIES + t.scalarDesc + ")" + desc(t), false);
    }

    /** {@code v.convertShape(conv, species, 0)}, cast back to the target's vector class; receiver pushed. */
    static void convert(MethodVisitor mv, String conv, LaneType to, int bits) {
        conversion(mv, conv);
        species(mv, to, bits);
        mv.visitInsn(ICONST_0);
        mv.visitMethodInsn(INVOKEVIRTUAL, VECTOR, "convertShape", "(L" + OPS + "$Conversion;" + D_SPECIES + "I)" + D_VECTOR, false);
        mv.visitTypeInsn(CHECKCAST, to.vectorClass());
    }

    /** {@code mask.cast(species)}; mask pushed. */
    static void castMask(MethodVisitor mv, LaneType to, int bits) {
        species(mv, to, bits);
        mv.visitMethodInsn(INVOKEVIRTUAL, MASK, "cast", "(" + D_SPECIES + ")" + D_MASK, false);
    }

    static void maskOp(MethodVisitor mv, String name) {
        if (name.equals("not")) {
            mv.visitMethodInsn(INVOKEVIRTUAL, MASK, "not", "()" + D_MASK, false);
        } else {
            mv.visitMethodInsn(INVOKEVIRTUAL, MASK, name, "(" + D_MASK + ")" + D_MASK, false);
        }
    }
}
