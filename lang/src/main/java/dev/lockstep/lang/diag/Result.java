package dev.lockstep.lang.diag;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every backend entry point returns: a value (with any warnings met on the way) or the errors that prevented
 * it. Never both missing, never {@code null}; bad user input is a {@link Failed}, not an exception.
 */
public sealed interface Result<T> {

    /** Every diagnostic: the warnings of an {@link Ok}, the errors (and warnings) of a {@link Failed}. */
    List<Diagnostic> diagnostics();

    record Ok<T>(T value, List<Diagnostic> warnings) implements Result<T> {
        public Ok {
            if (value == null) throw new IllegalArgumentException("Ok needs a value");
            warnings = List.copyOf(warnings);
            if (warnings.stream().anyMatch(Diagnostic::isError)) throw new IllegalArgumentException("Ok with errors");
        }

        @Override public List<Diagnostic> diagnostics() { return warnings; }
    }

    record Failed<T>(List<Diagnostic> diagnostics) implements Result<T> {
        public Failed {
            diagnostics = List.copyOf(diagnostics);
            if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
                throw new IllegalArgumentException("Failed needs at least one error");
            }
        }
    }

    static <T> Result<T> ok(T value) { return new Ok<>(value, List.of()); }

    static <T> Result<T> ok(T value, List<Diagnostic> warnings) { return new Ok<>(value, warnings); }

    static <T> Result<T> failed(Diagnostic error) { return new Failed<>(List.of(error)); }

    static <T> Result<T> failed(List<Diagnostic> diagnostics) { return new Failed<>(diagnostics); }

    /** {@code value} if {@code diagnostics} hold no error, else a {@link Failed} carrying them. */
    static <T> Result<T> of(T value, List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError) ? failed(diagnostics) : ok(value, diagnostics);
    }

    default boolean ok() { return this instanceof Ok<T>; }

    default Optional<T> toOptional() {
        return switch (this) {
            case Ok<T> ok -> Optional.of(ok.value());
            case Failed<T> f -> Optional.empty();
        };
    }

    default <U> Result<U> map(Function<? super T, ? extends U> f) {
        return switch (this) {
            case Ok<T> ok -> new Ok<>(f.apply(ok.value()), ok.warnings());
            case Failed<T> failed -> new Failed<>(failed.diagnostics());
        };
    }

    /**
     * {@code f} applied to the value, for a step that can fail in its turn; the warnings of both steps are kept. A
     * {@link Failed} stays failed, and {@code f} is not called.
     */
    default <U> Result<U> flatMap(Function<? super T, Result<U>> f) {
        return switch (this) {
            case Ok<T> ok -> switch (f.apply(ok.value())) {
                case Ok<U> next -> new Ok<>(next.value(), concat(ok.warnings(), next.warnings()));
                case Failed<U> next -> new Failed<>(concat(ok.warnings(), next.diagnostics()));
            };
            case Failed<T> failed -> new Failed<>(failed.diagnostics());
        };
    }

    private static List<Diagnostic> concat(List<Diagnostic> first, List<Diagnostic> then) {
        if (first.isEmpty()) return then;
        List<Diagnostic> all = new java.util.ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /** The value; for callers that already know the input is good (tests, library specs) — a failure is a bug. */
    default T orElseThrow() {
        return switch (this) {
            case Ok<T> ok -> ok.value();
            case Failed<T> f -> throw new IllegalStateException(DiagnosticPrinter.render(f.diagnostics()));
        };
    }
}
