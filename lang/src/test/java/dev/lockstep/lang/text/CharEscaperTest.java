package dev.lockstep.lang.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CharEscaperTest {
    @Test
    void replacesTheTablesCharactersAndPassesTheRest() {
        var html = new CharEscaper(Map.of('&', "&amp;", '<', "&lt;"), false);
        assertEquals("a &lt;b> &amp; é\u0001", html.escape("a <b> & é\u0001"));
        assertEquals("", html.escape(""));
    }

    @Test
    void controlsBecomeUnicodeEscapesUnlessTheTableNamesThem() {
        var json = new CharEscaper(Map.of('\n', "\\n", '"', "\\\""), true);
        StringBuilder out = new StringBuilder("x");
        json.appendTo(out, "a\nb\u0001\u001f\"ü");
        assertEquals("xa\\nb\\u0001\\u001f\\\"ü", out.toString());
    }

    @Test
    void refusesAKeyOutsideAscii() {
        assertThrows(IllegalArgumentException.class, () -> new CharEscaper(Map.of('é', "&eacute;"), false));
    }
}
