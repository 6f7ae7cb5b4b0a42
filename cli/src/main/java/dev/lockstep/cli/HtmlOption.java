package dev.lockstep.cli;

import dev.lockstep.cli.report.HtmlPage;
import dev.lockstep.cli.report.ReportPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --html FILE} (a picocli mixin): the command also writes its report as one self-contained HTML page. The
 * path is checked before the work starts ({@link #prepare}), so that a long run is never lost to a bad path.
 */
final class HtmlOption {
    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as one self-contained HTML "
            + "page: a sequence diagram of any counterexample or divergence, the figures, action coverage.")
    Path file;

    boolean requested() { return file != null; }

    /** Refuses (exit 2) a path that cannot be written; creates its folder. */
    void prepare(Output output) {
        output.writableFile("--html", file);
    }

    /** Writes the page; a write that fails after all (a full disk) is exit 2, after the command's own report. */
    void write(ReportPage page, Output output) {
        if (file == null) return;
        try {
            Files.writeString(file, HtmlPage.write(page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw output.fail("--html " + file + ": " + IoErrors.describe(e));
        }
    }
}
