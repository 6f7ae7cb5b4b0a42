package dev.lockstep.lang.transform;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every transform of one role starts from: the spec's text, syntax and checked IR, the role, the text edits it
 * makes, the models it keeps, and the refusals it collects (partition, decouple, replicate).
 */
abstract class RoleTransform {
    final SourceFile source;
    final Ast.Spec ast;
    final CheckedSpec spec;
    final Ast.RoleDecl role;
    final TextEdits edits;
    /** The models to keep, or null for all. */
    final Set<String> models;
    final List<Diagnostic> refusals = new ArrayList<>();

    RoleTransform(SourceFile source, Ast.Spec ast, CheckedSpec spec, Ast.RoleDecl role, Set<String> models) {
        this.source = source;
        this.ast = ast;
        this.spec = spec;
        this.role = role;
        this.models = models;
        this.edits = new TextEdits(source.text());
    }

    final void refuse(Code code, Span at, String message, String... notes) {
        refusals.add(Diagnostic.error(code, at, message, notes));
    }
}
