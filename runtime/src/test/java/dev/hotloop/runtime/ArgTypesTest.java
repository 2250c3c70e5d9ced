package dev.hotloop.runtime;

import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.hotloop.runtime.DispatcherTest.method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArgTypesTest {
    private static boolean ok(String declared, String actual) {
        return ArgTypes.accepts(Type.parse(declared), Type.parse(actual));
    }

    @Test
    void scalarsFollowJavaWidening() {
        assertTrue(ok("long", "int"));
        assertTrue(ok("double", "long"));
        assertTrue(ok("float", "long"));
        assertTrue(ok("int", "char"));
        assertTrue(ok("short", "byte"));
        assertTrue(ok("double", "float"));
        assertFalse(ok("short", "char"));
        assertFalse(ok("char", "byte"));
        assertFalse(ok("int", "long"));
        assertFalse(ok("long", "float"));
        assertFalse(ok("int", "boolean"));
        assertFalse(ok("boolean", "int"));
        assertTrue(ok("boolean", "boolean"));
    }

    @Test
    void arraysNeedSameRankAndKind() {
        assertTrue(ok("double[]", "float[]"));
        assertTrue(ok("float[]", "double[]"));
        assertTrue(ok("int[][]", "char[][]"));
        assertFalse(ok("double[]", "double[][]"));
        assertFalse(ok("double[]", "double"));
        assertFalse(ok("double", "double[]"));
        assertFalse(ok("boolean[]", "byte[]"));
        assertFalse(ok("int[]", "boolean[]"));
        assertTrue(ok("boolean[][]", "boolean[][]"));
    }

    @Test
    void runtimeClassesMapToTypes() {
        Kernel k = Kernel.of(method("fallbackScale", double[].class, double.class));
        assertEquals(List.of(Type.parse("f32[]"), Type.I32), ArgTypes.of(k, new Object[] {new float[1], 3}));
        assertEquals(List.of(Type.parse("f64[]"), Type.U16), ArgTypes.of(k, new Object[] {null, 'c'}));
        assertEquals(List.of(Type.parse("i8[]"), Type.I8), ArgTypes.of(k, new Object[] {new byte[0], (byte) 1}));
    }
}
