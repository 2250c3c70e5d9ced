package dev.hotloop.compiler.processor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LayoutTest {
    @Test
    void parsesInputsAndOutputs() {
        Layout l = Layout.parse(" (m, n) , (n) -> (m) ");
        assertEquals(List.of(List.of("m", "n"), List.of("n")), l.inputs());
        assertEquals(List.of(List.of("m")), l.outputs());
        assertEquals("(m,n),(n)->(m)", l.toString());
        assertEquals(Layout.parse("(n),(n)->()"), Layout.parse(Layout.parse("(n),(n)->()").toString()));
        assertEquals(List.of(List.of()), Layout.parse("()->()").outputs());
    }

    @Test
    void saysWhatWasExpectedWhere() {
        assertMalformed("", "expected '(' at column 1, found end of text");
        assertMalformed("(n),(n)", "expected '->' between inputs and outputs at column 8");
        assertMalformed("(n)->", "expected '(' at column 6");
        assertMalformed("(n,)->()", "expected a dimension name at column 4, found ')'");
        assertMalformed("(1)->()", "expected a dimension name at column 2, found '1'");
        assertMalformed("(n)->() x", "expected end of layout at column 9");
        assertMalformed("(n)=>()", "expected '->' between inputs and outputs at column 4, found '='");
    }

    private static void assertMalformed(String layout, String message) {
        var e = assertThrows(IllegalArgumentException.class, () -> Layout.parse(layout));
        if (!e.getMessage().contains(message)) throw new AssertionError(e.getMessage());
    }
}
