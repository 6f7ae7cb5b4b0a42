package dev.lockstep.lsp;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Parser;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * One open {@code .lstep} buffer, compiled as {@code lockstep lint} compiles a file (instances resolved next to the
 * file on disk), and indexed for hover, definition, completion and symbols. Offsets are Java string indices, which are
 * UTF-16 code units, as LSP positions count them by default.
 */
final class SpecDocument {
    final String uri;
    final SourceFile source;
    final List<Diagnostic> diagnostics;
    final SpecIndex index;
    private final int[] lineStarts;

    SpecDocument(String uri, String text) {
        this.uri = uri;
        Path path = pathOf(uri);
        this.source = new SourceFile(path != null ? path.toString() : uri, text);
        Path dir = path != null && path.getParent() != null ? path.getParent() : Path.of(".");
        this.diagnostics = Frontend.compile(source, dir).diagnostics();
        // The index comes from the syntax tree alone, so that a spec with type errors still has hovers and outline.
        this.index = SpecIndex.of(Parser.parse(source, new Diagnostics()));
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Path pathOf(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equals(u.getScheme()) ? Path.of(u) : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    String text() { return source.text(); }

    int offset(Position p) {
        if (p.getLine() >= lineStarts.length) return text().length();
        int lineEnd = p.getLine() + 1 < lineStarts.length ? lineStarts[p.getLine() + 1] - 1 : text().length();
        return Math.min(lineStarts[p.getLine()] + Math.max(0, p.getCharacter()), lineEnd);
    }

    Position position(int offset) {
        int line = 0;
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo <= hi) { // the last line start at or before offset
            int mid = (lo + hi) >>> 1;
            if (lineStarts[mid] <= offset) {
                line = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return new Position(line, offset - lineStarts[line]);
    }

    Range range(Span span) {
        int end = Math.min(Math.max(span.end(), span.start()), text().length());
        return new Range(position(Math.min(span.start(), text().length())), position(end));
    }

    /** The identifier under (or just before) {@code offset}, with its start, or empty when there is none. */
    Optional<Word> wordAt(int offset) {
        String t = text();
        int start = Math.min(offset, t.length());
        while (start > 0 && isNamePart(t.charAt(start - 1))) start--;
        int end = Math.min(offset, t.length());
        while (end < t.length() && isNamePart(t.charAt(end))) end++;
        if (start == end || Character.isDigit(t.charAt(start))) return Optional.empty();
        return Optional.of(new Word(t.substring(start, end), start));
    }

    /** The part of an identifier typed before {@code offset} (for completion). */
    String prefixAt(int offset) {
        String t = text();
        int start = Math.min(offset, t.length());
        while (start > 0 && isNamePart(t.charAt(start - 1))) start--;
        return t.substring(start, Math.min(offset, t.length()));
    }

    record Word(String text, int start) {}

    private static boolean isNamePart(char c) { return Character.isLetterOrDigit(c) || c == '_'; }
}
