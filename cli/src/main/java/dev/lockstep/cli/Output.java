package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command's output (a picocli mixin): {@code --format}, the writers, and the three ways a command reports bad
 * input, so that each says it the same way: a one-line usage problem on stderr ({@link #fail}), the same as a JSON
 * document when the caller asked for JSON ({@link #refuse}), and a spec's diagnostics ({@link #badInput}).
 */
final class Output {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    PrintWriter out() { return command.commandLine().getOut(); }

    PrintWriter err() { return command.commandLine().getErr(); }

    boolean json() { return format == OutputFormat.json; }

    boolean text() { return format == OutputFormat.text; }

    /** A line of the text report (nothing in JSON, where the document says it all at the end). */
    void textLine(String line) {
        if (text()) {
            out().println(line);
            out().flush();
        }
    }

    /** Warnings go to stderr in text; in JSON they are part of the document. */
    void warnings(List<Diagnostic> warnings) {
        if (text()) {
            err().print(DiagnosticPrinter.render(warnings));
            err().flush();
        }
    }

    /** The report: {@code report.json()} as one document, or its text. */
    void emit(Report report) {
        if (json()) out().println(Json.write(report.json()));
        else report.text(out(), err());
        out().flush();
        err().flush();
    }

    /** Prints a JSON document on stdout. */
    void emitJson(JsonNode document) {
        out().println(Json.write(document));
        out().flush();
    }

    /**
     * Creates the output folder {@code dir} that {@code option} names (nothing when null), or refuses it (exit 2):
     * checked before the work starts, so that a long run never fails at the end for a bad path.
     */
    void writableDirectory(String option, Path dir) {
        String problem = dir == null ? null : IoErrors.prepareDirectory(option, dir);
        if (problem != null) throw fail(problem);
    }

    /** {@link #writableDirectory} for an output file: its folder is created, and it must be writable. */
    void writableFile(String option, Path file) {
        String problem = file == null ? null : IoErrors.prepareFile(option, file);
        if (problem != null) throw fail(problem);
    }

    /** "lockstep CMD: message" on stderr, whatever the format; exit 2. */
    CommandFailed fail(String message) {
        err().println(command.qualifiedName() + ": " + message);
        err().flush();
        return new CommandFailed(ExitCodes.BAD_INPUT);
    }

    /** {@link #fail}, or in JSON {@code {"status": "bad-input", "error": message}} on stdout; exit 2. */
    CommandFailed refuse(String message) {
        if (!json()) return fail(message);
        emitJson(Json.object().put("status", "bad-input").put("error", message));
        return new CommandFailed(ExitCodes.BAD_INPUT);
    }

    /** The diagnostics on stderr, or in JSON {@code {"status": "bad-input", "diagnostics": [...]}}; exit 2. */
    CommandFailed badInput(List<Diagnostic> diagnostics) {
        if (json()) {
            emitJson(Json.badInput(diagnostics));
        } else {
            err().print(DiagnosticPrinter.render(diagnostics));
            err().flush();
        }
        return new CommandFailed(ExitCodes.BAD_INPUT);
    }

    /** What a command found, as text and as JSON. */
    interface Report {
        JsonNode json();

        /** The text report; {@code err} takes what goes with it but is not the result (a tool's diagnostics). */
        void text(PrintWriter out, PrintWriter err);
    }
}
