package dev.lockstep.lang.transform;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import dev.lockstep.lang.syntax.Parser;
import dev.lockstep.lang.diag.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * {@code out} without the models not in {@code keep} (null: all), each with the comment lines right above it;
     * a name in {@code keep} that is no model of {@code out} is {@code LS605}.
     */
    static Result<String> keepModels(SourceFile source, String out, Set<String> keep) {
        if (keep == null) return Result.ok(out);
        SourceFile written = new SourceFile(source.name(), out);
        Ast.Spec ast = Parser.parse(written, new Diagnostics());
        Set<String> unknown = new LinkedHashSet<>(keep);
        TextEdits edits = new TextEdits(out);
        for (Ast.Decl d : ast.decls()) {
            if (!(d instanceof Ast.ModelDecl m)) continue;
            unknown.remove(m.name().name());
            if (keep.contains(m.name().name())) continue;
            int start = out.lastIndexOf('\n', m.span().start() - 1) + 1;
            while (start > 0) {
                int prev = out.lastIndexOf('\n', start - 2) + 1;
                if (!out.substring(prev, start).strip().startsWith("\\*")) break;
                start = prev;
            }
            int end = out.indexOf('\n', m.span().end());
            edits.replace(start, end < 0 ? out.length() : end + 1, "");
        }
        if (!unknown.isEmpty()) {
            return Result.failed(Diagnostic.error(Code.UNKNOWN_MODEL, source.span(0, 0), "the spec has no model "
                    + unknown.iterator().next() + " to keep (--models)"));
        }
        return Result.ok(edits.apply());
    }

    /** {@code out} with only the models in {@code keep} (null: all), when it compiles. */
    static Result<String> finish(SourceFile source, String transform, String out, Set<String> keep) {
        Result<String> kept = keepModels(source, out, keep);
        return kept instanceof Result.Ok<String> ok ? compiled(source, transform, ok.value()) : kept;
    }

    /** {@code --models A,B} as the header shows it, or nothing. */
    static String modelsOption(Set<String> keep) {
        return keep == null ? "" : " --models " + String.join(",", keep);
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
