package dev.lockstep.lang.analysis;

import dev.lockstep.lang.source.Span;

/** A finding of an analysis at the spec text that causes it: a coordination point, or a reason not to shard. */
public record Point(Span span, String reason) {
    /** The spec text on one line; of a multi-line text (a whole action), its first line without a comment. */
    public String text() {
        String first = span.text().lines().findFirst().orElse("");
        int comment = first.indexOf("\\*");
        return (comment < 0 ? first : first.substring(0, comment)).replaceAll("\\s+", " ").trim();
    }
}
