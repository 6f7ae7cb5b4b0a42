package dev.lockstep.lang.transform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Edits of a spec's text by character offsets into the original: a transform rewrites only the places it changes,
 * so the engineer's layout and comments survive everywhere else. Insertions at one offset keep the order in which
 * they were added.
 */
final class TextEdits {
    private record Edit(int start, int end, String text, int order) {}

    private final String original;
    private final List<Edit> edits = new ArrayList<>();

    TextEdits(String original) {
        this.original = original;
    }

    void insert(int offset, String text) {
        replace(offset, offset, text);
    }

    void replace(int start, int end, String text) {
        edits.add(new Edit(start, end, text, edits.size()));
    }

    /** The text with every edit applied; edits must not overlap (an insertion may touch a replacement's ends). */
    String apply() {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end).thenComparingInt(Edit::order));
        StringBuilder out = new StringBuilder(original.length() + 1024);
        int at = 0;
        for (Edit e : sorted) {
            if (e.start() < at) throw new IllegalStateException("overlapping edits at offset " + e.start());
            out.append(original, at, e.start()).append(e.text());
            at = e.end();
        }
        return out.append(original, at, original.length()).toString();
    }
}
