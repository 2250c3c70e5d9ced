package dev.hotloop.corpus;

import static dev.hotloop.corpus.Gen.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Every kernel of the differential corpus with the generator of each of its arguments. Adding a
 * kernel: write it in the file of its theme with {@code @Jit}, then add one line here.
 * <pre>k(ArithmeticKernels.class, "intArith", INT, INT);</pre>
 */
public final class Corpus {
    private Corpus() {}

    private static final List<KernelSpec> ALL = new ArrayList<>();

    private static void k(Class<?> owner, String name, Gen... params) {
        ALL.add(new KernelSpec(owner, name, List.of(params)));
    }

    static {
        Class<?> c = ArithmeticKernels.class;
        k(c, "intArith", INT, INT);
        k(c, "longArith", LONG, LONG);
        k(c, "doubleArith", DOUBLE, DOUBLE);
        k(c, "floatArith", FLOAT, FLOAT);
        k(c, "intOverflowLoop", LEN, INT);
        k(c, "longDivMod", LONGS, LONG);
        k(c, "intDivArray", INTS, INTS);
        k(c, "mixedPromotion", BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE);
        k(c, "compoundAssign", INTS, BYTES, DOUBLE);
        k(c, "increments", LEN);

        c = BitKernels.class;
        k(c, "intBits", INT, SHIFT);
        k(c, "longBits", LONG, SHIFT);
        k(c, "longShiftByLong", LONG, LONG);
        k(c, "shiftArray", INTS, INTS, SHIFT);
        k(c, "byteShifts", BYTES, BYTES, SHIFT);
        k(c, "bitMixLong", LONGS);
        k(c, "charShorts", CHARS, SHORTS);

        c = CompareKernels.class;
        k(c, "doubleCompares", DOUBLE, DOUBLE);
        k(c, "floatCompares", FLOAT, FLOAT);
        k(c, "integralCompares", LONG, LONG, INT, INT);
        k(c, "countSpecials", DOUBLES);
        k(c, "manualMinMax", DOUBLES);
        k(c, "selectBlend", FLOATS, FLOATS, FLOATS);

        c = ConversionKernels.class;
        k(c, "fromDouble", DOUBLE);
        k(c, "fromFloat", FLOAT);
        k(c, "fromLong", LONG);
        k(c, "fromInt", INT);
        k(c, "narrowArray", DOUBLES);
        k(c, "widenArrays", INTS, LONGS, FLOATS, DOUBLES);
        k(c, "bytesToDoubles", BYTES, DOUBLES);
        k(c, "toFloats", LONGS);

        c = SmallTypeKernels.class;
        k(c, "byteOps", BYTE, BYTE);
        k(c, "shortOps", SHORT, SHORT);
        k(c, "charOps", CHAR, INT);
        k(c, "boolLogic", BOOLEAN, BOOLEAN, INT);
        k(c, "boolArray", BOOLEANS, DOUBLES);
        k(c, "byteArraySum", BYTES);
        k(c, "shortScale", SHORTS, SHORT);
        k(c, "charHistogram", CHARS);
        k(c, "flagsFrom", SHORTS, CHAR);

        c = ControlKernels.class;
        k(c, "classify", DOUBLE);
        k(c, "denseSwitch", scalarRange(-2, 10));
        k(c, "sparseSwitch", INT_SWITCH);
        k(c, "interpreter", INTS, INT);
        k(c, "findInGrid", INT_JAGGED, INT);
        k(c, "collatz", LEN);
        k(c, "firstAbove", DOUBLES, DOUBLE);
        k(c, "median3", INT, INT, INT);
        k(c, "longCounter", LONG_LEN);
        k(c, "triangular", LEN);
        k(c, "strided", DOUBLES);

        c = ArrayKernels.class;
        k(c, "alloc2D", LEN, LEN);
        k(c, "triangleRows", LEN);
        k(c, "jaggedSum", JAGGED);
        k(c, "transpose", MATRIX);
        k(c, "matmul", SQUARE, SQUARE);
        k(c, "rowSums", MATRIX, DOUBLES);
        k(c, "enhancedForInts", INTS);
        k(c, "reverseInPlace", DOUBLES);
        k(c, "prefixSum", DOUBLES, DOUBLES);
        k(c, "copyShifted", DOUBLES, DOUBLES);
        k(c, "saxpy", DOUBLE, DOUBLES, DOUBLES);
        k(c, "dot", DOUBLES, DOUBLES);
        k(c, "floatSum", FLOATS);
        k(c, "longMulAdd", LONGS, LONGS);
        k(c, "load", DOUBLES, INDEX);
        k(c, "store", INTS, INDEX, INT);
        k(c, "stencil", MATRIX, MATRIX);
        k(c, "allTypes", LEN);
        k(c, "shapeOf", INT_JAGGED);
        k(c, "timesTable", LEN);
        k(c, "scaleRow", MATRIX, ROW);
        k(c, "concat", DOUBLES, DOUBLES);

        c = MathKernels.class;
        k(c, "mathUnary", DOUBLE);
        k(c, "mathBinary", DOUBLE, DOUBLE);
        k(c, "mathInts", INT, INT);
        k(c, "mathLongs", LONG, LONG);
        k(c, "exactOps", INT, LONG);
        k(c, "mathFloats", FLOAT, FLOAT);
        k(c, "rounding", DOUBLE);
        k(c, "strictOps", DOUBLE, DOUBLE);
        k(c, "mathLoop", DOUBLES, DOUBLES);
        k(c, "transcendentalLoop", DOUBLES);
        k(c, "intMinMaxLoop", INTS, LONGS);

        c = NumericHelperKernels.class;
        k(c, "intHelpers", INT, SHIFT);
        k(c, "unsignedDiv", INT, INT);
        k(c, "longHelpers", LONG, SHIFT);
        k(c, "unsignedLongs", LONG, LONG);
        k(c, "floatHelpers", FLOAT);
        k(c, "doubleHelpers", DOUBLE);
        k(c, "popcountArray", LONGS, INTS);
        k(c, "countNaN", FLOATS, DOUBLES);

        c = HelperKernels.class;
        k(c, "fibKernel", SMALL);
        k(c, "parity", SMALL);
        k(c, "normalize", DOUBLES);
        k(c, "overloads", INT, DOUBLE);
        k(c, "helperArrays", DOUBLES, DOUBLES);
        k(c, "tableLookup", INTS);
        k(c, "weightsAndGrid", ROW, ROW);
    }

    static {
        Class<?> c = GridKernels.class;
        k(c, "floatGrid", LEN, FLOAT);
        k(c, "longPascal", LEN);
        k(c, "signs", JAGGED);
        k(c, "packBytes", INTS);
        k(c, "caesar", CHARS, INT);
        k(c, "swapRows", INT_JAGGED, ROW, ROW);
    }

    static {
        Class<?> c = LoopKernels.class;
        k(c, "fillUpTo", DOUBLES, LEN_AROUND);
        k(c, "reverseCopy", DOUBLES, DOUBLES);
        k(c, "shiftLeft", FLOATS, FLOATS);
        k(c, "conditionalStore", INTS, INTS, INT);
        k(c, "intReductions", INTS);
        k(c, "mixedPrecision", FLOATS, DOUBLES);
        k(c, "nanReductions", DOUBLES);
        k(c, "gatherScatter", INTS, DOUBLES, DOUBLES);
        k(c, "longTrip", LONGS, INT);
        k(c, "byteSaturate", BYTES, BYTES, BYTES);
    }

    static {
        Class<?> c = ParallelKernels.class;
        k(c, "parallelMap", DOUBLES, DOUBLES, DOUBLE);
        k(c, "parallelRows", MATRIX, DOUBLES);
        k(c, "parallelIntSum", INTS);
        k(c, "parallelMax", DOUBLES);
        k(c, "parallelHistogramFree", INTS, INT);
        k(c, "parallelGrid", MATRIX, DOUBLE);
        k(c, "parallelTable", LEN, LEN);
    }

    public static List<KernelSpec> all() { return List.copyOf(ALL); }
}
