package dev.lockstep.lang.transform;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.syntax.Ast;

/** Finding the role (or action) a structural transform is asked to change. */
final class Roles {
    private Roles() {}

    /** The spec's text, its checked IR and syntax tree, and the role a transform changes. */
    record Found(SourceFile source, CheckedSpec spec, Ast.Spec ast, Ast.RoleDecl role) {}

    /** Compiles {@code source} and finds role {@code name} in it; else the compiler's or {@code LS287} diagnostics. */
    static Result<Found> load(SourceFile source, String name) {
        Frontend.Compilation compiled = Frontend.compile(source);
        if (!compiled.ok()) return Result.failed(compiled.diagnostics());
        CheckedSpec spec = compiled.spec().orElseThrow();
        Ast.Spec ast = compiled.syntax().orElseThrow();
        Ast.RoleDecl role = find(ast, name);
        if (role == null) return Result.failed(unknown(source, spec, name));
        return Result.ok(new Found(source, spec, ast, role));
    }

    /** The role named {@code name}, or null. */
    static Ast.RoleDecl find(Ast.Spec ast, String name) {
        for (Ast.Decl d : ast.decls()) if (d instanceof Ast.RoleDecl r && r.name().name().equals(name)) return r;
        return null;
    }

    /** {@code LS287}: the spec has no role {@code name}; the note lists its roles. */
    static Diagnostic unknown(SourceFile source, CheckedSpec spec, String name) {
        return Diagnostic.error(Code.TRANSFORM_TARGET_UNKNOWN, source.span(0, 0), "spec " + spec.name()
                + " has no role '" + name + "'", "its roles are " + spec.roles().stream().map(CheckedSpec.Role::name)
                .toList());
    }
}
