package dev.lockstep.lang.transform;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
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

    RoleTransform(Roles.Found found, Set<String> models) {
        this.source = found.source();
        this.ast = found.ast();
        this.spec = found.spec();
        this.role = found.role();
        this.models = models;
        this.edits = new TextEdits(source.text());
    }

    /** The constructor of a transform into copies of a role (shards, replicas). */
    interface Copier {
        RoleTransform of(Roles.Found found, int copies, Set<String> models);
    }

    /**
     * The text of a transform into {@code copies} copies of a role (shards, replicas), made by {@code copier}: the
     * compiler's or LS287 diagnostics when the role cannot be found, {@code code} when {@code copies} is under 2 (one
     * copy is the original role). {@code models} are the models to keep (null: all).
     */
    static Result<String> copyRole(SourceFile source, String roleName, int copies, Set<String> models, Code code,
                                   String command, String option, String copy, Copier copier) {
        Result<Roles.Found> found = Roles.load(source, roleName);
        if (found instanceof Result.Ok<Roles.Found> ok && copies < 2) {
            return Result.failed(Diagnostic.error(code, ok.value().role().name().span(), "transform " + command
                    + " needs --" + option + " 2 or more, not " + copies, "one " + copy + " is the original role"));
        }
        return found.flatMap(f -> copier.of(f, copies, models).run());
    }

    /** The transformed text, or the refusals that say why the spec cannot be transformed. */
    abstract Result<String> run();

    final void refuse(Code code, Span at, String message, String... notes) {
        refusals.add(Diagnostic.error(code, at, message, notes));
    }
}
