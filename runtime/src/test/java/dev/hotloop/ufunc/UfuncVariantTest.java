package dev.hotloop.ufunc;

import dev.hotloop.Hotloop;
import dev.hotloop.Ufunc;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each declared signature computes in its own precision; arrays pick the variant by element type. */
class UfuncVariantTest {
    @Test
    void signaturesListDeclaredVariantsThenTheMethodsOwn() {
        assertEquals(List.of("float(float, float)", "int(int, int)", "long(long, long)", "double(double, double)"),
                Hotloop.ufunc(UfuncKernels.class, "add").signatures());
    }

    @Test
    void floatVariantComputesInFloat() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "scale");
        float[] x = new float[257], y = new float[257];
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (r.nextGaussian() * 100);
            y[i] = (float) (r.nextGaussian() * 100);
        }
        Object got = u.apply(x, y);
        float[] f = assertInstanceOf(float[].class, got);
        int differFromDouble = 0;
        for (int i = 0; i < x.length; i++) {
            assertEquals(UfuncKernels.scaleF(x[i], y[i]), f[i], "element " + i);
            if (f[i] != (float) UfuncKernels.scale(x[i], y[i])) differFromDouble++;
        }
        assertTrue(differFromDouble > 0, "float arithmetic should differ from double arithmetic somewhere");
        assertEquals(UfuncKernels.scaleF(2f, 3f), u.apply(2f, 3f));
    }

    @Test
    void doubleArraysUseTheDeclaredVariant() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "scale");
        double[] x = {1, 2, 3}, y = {-1, 0.5, 7};
        double[] got = (double[]) u.apply(x, y);
        for (int i = 0; i < 3; i++) assertEquals(UfuncKernels.scale(x[i], y[i]), got[i]);
    }

    @Test
    void mixedElementTypesFallBackToTheDeclaredSignature() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "add");
        float[] f = {1.5f, 2.5f};
        int[] i = {1, 2};
        assertArrayEquals(new double[] {2.5, 4.5}, (double[]) u.apply(f, i));
        // a float array with a double scalar: no float(float, double) variant, so double
        assertArrayEquals(new double[] {2.0, 3.0}, (double[]) u.apply(f, 0.5));
        assertArrayEquals(new float[] {2.0f, 3.0f}, (float[]) u.apply(f, 0.5f));
    }

    @Test
    void intoOutPicksTheVariantWritingItsType() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "add");
        float[] out = new float[2];
        u.into(out, new float[] {1, 2}, new float[] {3, 4});
        assertArrayEquals(new float[] {4, 6}, out);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> u.into(new float[2], new double[] {1, 2}, new double[] {3, 4}));
        assertTrue(e.getMessage().contains("out is float[]") && e.getMessage().contains("double"), e.getMessage());
    }

    @Test
    void integerDivisionByZeroThrowsAsJava() {
        Ufunc u = Hotloop.ufunc(UfuncKernels.class, "divideByZeroInt");
        assertThrows(ArithmeticException.class, () -> u.apply(new int[] {1, 2}, new int[] {1, 0}));
    }
}
