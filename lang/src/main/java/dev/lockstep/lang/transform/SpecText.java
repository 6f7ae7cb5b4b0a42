package dev.lockstep.lang.transform;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the structural transforms (partition, decouple, replicate) share about a spec's text. */
final class SpecText {
    private SpecText() {}

    /** The file's name without its directory, as a header names it. */
    static String fileName(SourceFile source) {
        String n = source.name().replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** The header a transform writes: the command, the file, what changed; then the original's own header. */
    static String header(SourceFile source, String command, String what) {
        return "\\* Written by `lockstep transform " + command + "` from " + fileName(source) + ":\n\\* " + what
                + " (docs/transforms.md). Regenerate it rather than edit it.\n"
                + (source.text().startsWith("\\*") ? "\\* The original's header follows.\n" : "\n");
    }

    /** The spans where {@code word} occurs as a whole identifier outside {@code \*} line comments. */
    static List<Span> uses(SourceFile source, String word) {
        List<Span> out = new ArrayList<>();
        String text = source.text();
        Matcher m = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(word) + "(?![A-Za-z0-9_])").matcher(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            if (!text.substring(lineStart, m.start()).contains("\\*")) out.add(source.span(m.start(), m.end()));
        }
        return out;
    }

    /** {@code out} when it compiles; else the {@code LS293} a transform reports for its own bug. */
    static Result<String> compiled(SourceFile source, String transform, String out) {
        Frontend.Compilation check = Frontend.compile(new SourceFile(source.name(), out));
        if (check.ok()) return Result.ok(out);
        return Result.failed(Diagnostic.error(Code.TRANSFORM_OUTPUT_INVALID, source.span(0, 0), "the spec transform "
                + transform + " wrote does not compile: " + check.diagnostics().getFirst().message(),
                "at " + check.diagnostics().getFirst().span().location() + " of the output"));
    }
}
