package dev.lockstep.lang.source;

/** A half-open range of characters in a spec file. Every syntax and IR node keeps one. */
public record Span(SourceFile file, int start, int end) {

    public int line() { return file.line(start); }

    public int column() { return file.column(start); }

    /** {@code file:line:col}, the form every backend uses to point back at the spec. */
    public String location() {
        return file.name() + ":" + line() + ":" + column();
    }

    public Span to(Span other) {
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    public String text() {
        return file.text().substring(start, Math.min(end, file.text().length()));
    }

    @Override
    public String toString() { return location(); }
}
