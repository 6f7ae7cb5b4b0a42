package dev.lockstep.spectojava;

import dev.lockstep.lang.source.Span;
import java.nio.file.Path;

/** Spec locations as generated code cites them: {@code file:line:col} with the file's name only, so output does not depend on where the spec lies. */
final class Locations {
    private Locations() {}

    static String of(Span span) {
        Path name = Path.of(span.file().name()).getFileName();
        return (name == null ? span.file().name() : name.toString()) + ":" + span.line() + ":" + span.column();
    }
}
