package dev.hotloop.runtime;

import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JavaCastsTest {
    @Test
    void castsAsJavaDoes() {
        assertEquals(3.0, JavaCasts.cast(3, Type.F64));
        assertEquals(Integer.MAX_VALUE, JavaCasts.cast(1e10, Type.I32));
        assertEquals((byte) (int) 300.7, JavaCasts.cast(300.7, Type.I8));
        assertEquals((char) (int) -1.5f, JavaCasts.cast(-1.5f, Type.U16));
        assertEquals((float) Long.MAX_VALUE, JavaCasts.cast(Long.MAX_VALUE, Type.F32));
        assertEquals((short) 70000L, JavaCasts.cast(70000L, Type.I16));
        assertEquals(99L, JavaCasts.cast('c', Type.I64));
    }

    @Test
    void convertsAndWritesBackArrays() {
        float[][] m = {{1.5f}, {2.5f, 3.5f}};
        double[][] d = (double[][]) JavaCasts.convert(m, Type.parse("f64[][]"));
        assertArrayEquals(new double[] {2.5, 3.5}, d[1]);
        d[1][0] = 7.25;
        JavaCasts.writeBack(d, m, Type.parse("f32[][]"));
        assertArrayEquals(new float[] {7.25f, 3.5f}, m[1]);
    }
}
