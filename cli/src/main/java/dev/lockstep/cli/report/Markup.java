package dev.lockstep.cli.report;

import dev.lockstep.lang.text.CharEscaper;
import java.util.Map;

/** Escaping for text and attribute values in HTML and inline SVG: everything a page shows passes through here. */
final class Markup {
    private Markup() {}

    private static final CharEscaper HTML = new CharEscaper(
            Map.of('&', "&amp;", '<', "&lt;", '>', "&gt;", '"', "&quot;", '\'', "&#39;"), false);

    static String escape(String text) {
        return text == null ? "" : HTML.escape(text);
    }

    /** {@code text} cut to {@code max} characters with an ellipsis, for values that would not fit a diagram. */
    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
