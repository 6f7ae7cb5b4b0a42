package dev.lockstep.lang;

import dev.lockstep.lang.check.Checker;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.instance.Instances;
import dev.lockstep.lang.instance.Partitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.syntax.Ast;
import dev.lockstep.lang.syntax.Parser;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Entry point of the front end: text → parse → check → {@link CheckedSpec}, with every diagnostic collected. */
public final class Frontend {
    private Frontend() {}

    /**
     * The result of compiling one file: the checked spec when there were no errors, and all diagnostics. {@code syntax}
     * is the tree as parsed, before partitions and instances are unrolled, so its spans are places in {@code source}
     * (what text edits need); empty when the file could not be read.
     */
    public record Compilation(SourceFile source, Optional<Ast.Spec> syntax, Optional<CheckedSpec> spec,
                              List<Diagnostic> diagnostics) {
        public boolean ok() { return spec.isPresent(); }
    }

    public static Compilation compile(SourceFile source) {
        return compile(source, directoryOf(source));
    }

    /** Compiles {@code source}, whose {@code instance} paths are relative to {@code baseDir}. */
    public static Compilation compile(SourceFile source, Path baseDir) {
        Diagnostics diags = new Diagnostics();
        Ast.Spec parsed = Parser.parse(source, diags);
        Ast.Spec ast = parsed;
        if (!diags.hasErrors()) ast = Partitions.unroll(ast, diags);
        if (!diags.hasErrors()) ast = Instances.flatten(ast, baseDir, diags);
        // A syntax error drops the declaration it is in; checking what is left would report names that are
        // missing only because of it, so the checker runs on syntactically clean input only.
        Optional<CheckedSpec> spec = diags.hasErrors() ? Optional.empty() : Checker.check(ast, source, diags);
        return new Compilation(source, Optional.of(parsed), diags.hasErrors() ? Optional.empty() : spec,
                diags.sorted());
    }

    private static Path directoryOf(SourceFile source) {
        try {
            Path parent = Path.of(source.name()).getParent();
            return parent == null ? Path.of(".") : parent;
        } catch (java.nio.file.InvalidPathException e) {
            return Path.of(".");
        }
    }

    public static Compilation compile(String name, String text) {
        return compile(new SourceFile(name, text));
    }

    /** Reads and compiles a file; an unreadable file becomes an LS901 diagnostic. */
    public static Compilation load(Path path) {
        try {
            return compile(SourceFile.read(path));
        } catch (MalformedInputException e) {
            return ioProblem(path, "is not valid UTF-8 text");
        } catch (IOException e) {
            return ioProblem(path, "cannot be read: " + reason(path, e));
        }
    }

    /** Why a file cannot be read, in words rather than an exception's class name. */
    private static String reason(Path path, IOException e) {
        if (java.nio.file.Files.isDirectory(path)) return "it is a directory, not a spec file";
        return switch (e) {
            case java.nio.file.NoSuchFileException x -> "no such file";
            case java.nio.file.AccessDeniedException x -> "permission denied";
            case java.nio.file.FileSystemException x when x.getReason() != null -> x.getReason();
            default -> e.getMessage() == null ? "input/output error" : e.getMessage();
        };
    }

    private static Compilation ioProblem(Path path, String what) {
        SourceFile empty = new SourceFile(path.toString(), "");
        return new Compilation(empty, Optional.empty(), Optional.empty(),
                List.of(Diagnostic.error(Code.IO_ERROR, empty.span(0, 0), path + " " + what)));
    }
}
