package dev.hotloop.compiler.processor;

import dev.hotloop.compiler.ir.Type;
import org.junit.jupiter.api.Test;

import static dev.hotloop.compiler.processor.SignatureFit.convertible;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignatureFitTest {
    private static Type t(String s) {
        return Type.parse(s);
    }

    @Test
    void scalarsWidenAsInJava() {
        assertTrue(convertible(t("int"), t("double")));
        assertTrue(convertible(t("char"), t("int")));
        assertTrue(convertible(t("long"), t("float")));
        assertTrue(convertible(t("boolean"), t("boolean")));
        assertFalse(convertible(t("double"), t("float")));
        assertFalse(convertible(t("char"), t("short")));
        assertFalse(convertible(t("boolean"), t("int")));
    }

    @Test
    void arraysConvertElementwiseAtTheSameRank() {
        assertTrue(convertible(t("float[]"), t("double[]")));
        assertTrue(convertible(t("double[][]"), t("int[][]")));
        assertFalse(convertible(t("double[]"), t("double[][]")));
        assertFalse(convertible(t("double"), t("double[]")));
        assertFalse(convertible(t("boolean[]"), t("int[]")));
    }
}
