package dev.lockstep.lang.transform;

import dev.lockstep.lang.analysis.Monotonicity;
import dev.lockstep.lang.analysis.MonotonicityReport;
import dev.lockstep.lang.analysis.Point;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import dev.lockstep.lang.types.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code lockstep transform replicate FILE --role R --replicas K} (seed 003, §5): a monotone role gets K - 1
 * replicas, copies of the role on nodes of their own ({@code RReplica2 at NodesReplica2}, ...); every send to the
 * role goes to all replicas, and monotonicity absorbs the different orders in which they receive. Each invariant
 * that reads the role (and no other role) is copied for every replica. Refused for a role with a coordination point (named at its
 * line by the monotonicity analysis), and for a role that sends: reading replicas back (sealing and merging) is
 * "ongoing work" in the seed.
 */
public final class ReplicateTransform extends RoleTransform {
    private final int replicas;
    /** The role's nodes: a constant set, or one constant node written {@code {C}}. */
    private String nodes;
    private boolean oneNode;
    /** The message types the role receives. */
    private final Set<String> received = new LinkedHashSet<>();
    /** The invariants copied per replica. */
    private final Set<String> copied = new LinkedHashSet<>();

    private ReplicateTransform(Roles.Found found, int replicas, Set<String> models) {
        super(found, models);
        this.replicas = replicas;
    }

    /**
     * The replicated text of {@code source}, keeping the models in {@code models} (null: all), or the diagnostics
     * that say why the role cannot be replicated.
     */
    public static Result<String> transform(SourceFile source, String roleName, int replicas, Set<String> models) {
        return copyRole(source, roleName, replicas, models, Code.REPLICATE_UNSUPPORTED, "replicate", "replicas",
                "replica", ReplicateTransform::new);
    }

    private String replicaRole(int i) { return role.name().name() + "Replica" + i; }

    private String replicaNodes(int i) { return nodes + "Replica" + i; }

    @Override
    Result<String> run() {
        MonotonicityReport report = Monotonicity.analyze(spec);
        MonotonicityReport.RoleResult mine = report.roles().stream()
                .filter(r -> r.name().equals(role.name().name())).findFirst().orElseThrow();
        List<Point> points = new ArrayList<>(mine.points());
        mine.actions().forEach(a -> points.addAll(a.points()));
        for (Point p : points) {
            refuse(Code.REPLICATE_NOT_MONOTONE, p.span(), "role " + mine.name() + " is not monotone, so its replicas "
                    + "could diverge: " + p.reason(), "seed 003 §5: only a monotone role is replicated freely "
                    + "(lockstep analyze --monotonicity)");
        }
        if (!refusals.isEmpty()) return Result.failed(refusals);
        checkShape();
        if (!refusals.isEmpty()) return Result.failed(refusals);
        String name = role.name().name();
        edits.insert(0, SpecText.header(source, "replicate --role " + name + " --replicas " + replicas + SpecText.modelsOption(models), "role " + name
                + " replicated on " + replicas + " node sets; every send to it goes to every replica"));
        edits.replace(ast.name().span().start(), ast.name().span().end(), ast.name().name() + "Replicated");
        constants();
        replicaRoles();
        sends();
        invariantsAndModels();
        return SpecText.finish(source, "replicate", edits.apply(), models);
    }

    private void checkShape() {
        if (role.nodes() instanceof Ast.Name n && isConst(n.name(), true)) {
            nodes = n.name();
        } else if (role.nodes() instanceof Ast.SetLit s && s.elements().size() == 1
                && s.elements().getFirst() instanceof Ast.Name n && isConst(n.name(), false)) {
            nodes = n.name();
            oneNode = true;
        } else {
            refuse(Code.REPLICATE_UNSUPPORTED, role.nodes().span(), "transform replicate copies a role whose nodes "
                    + "are a constant (Nodes, or {C})", "this role runs on `" + role.nodes().span().text() + "`");
        }
        if (role.crashes()) refuse(Code.REPLICATE_UNSUPPORTED, role.name().span(), "transform replicate does not "
                + "replicate a crashing role");
        for (Ast.ActionDecl a : role.actions()) {
            if (a.trigger() instanceof Ast.OnReceive r) received.add(r.messageType().name());
            for (Ast.Stmt s : a.body()) {
                if (s instanceof Ast.Send send) refuse(Code.REPLICATE_UNSUPPORTED, send.span(), "role "
                        + role.name().name() + " sends: its replicas would each send, and reading replicas back "
                        + "(sealing, merging) is not done", "seed 003 §5 leaves it as ongoing work");
            }
            if (!(a.trigger() instanceof Ast.OnReceive || a.trigger() instanceof Ast.Auto
                    || a.trigger() instanceof Ast.Timer)) {
                refuse(Code.REPLICATE_UNSUPPORTED, a.name().span(), "transform replicate copies receive, auto and "
                        + "timer actions only", "an input or exchange action is not driven by messages alone");
            }
        }
        for (Ast.Decl d : ast.decls()) {
            if (!(d instanceof Ast.RoleDecl r) || r == role) continue;
            for (Ast.ActionDecl a : r.actions()) {
                for (Ast.Stmt s : a.body()) {
                    if (s instanceof Ast.Send send && received.contains(send.messageType().name())
                            && !send.to().span().text().equals(nodes)) {
                        refuse(Code.REPLICATE_UNSUPPORTED, send.to().span(), "this send of "
                                + send.messageType().name() + " to role " + role.name().name() + " is not addressed to `"
                                + nodes + "`, so it cannot be extended to the replicas");
                    }
                }
            }
        }
        Set<String> taken = new HashSet<>();
        spec.consts().forEach(c -> taken.add(c.name()));
        spec.roles().forEach(r -> taken.add(r.name()));
        for (int i = 2; i <= replicas && nodes != null; i++) {
            for (String n : List.of(replicaRole(i), replicaNodes(i))) {
                if (taken.contains(n)) refuse(Code.TRANSFORM_NAME_CLASH, role.name().span(), "transform replicate "
                        + "would declare " + n + ", but the spec already has one", "rename it");
            }
        }
    }

    private boolean isConst(String name, boolean set) {
        return spec.consts().stream().anyMatch(c -> c.name().equals(name)
                && (set ? c.type() instanceof Type.SetOf s && s.element() instanceof Type.Node : c.type() instanceof Type.Node));
    }

    private void constants() {
        for (Ast.Decl d : ast.decls()) {
            if (!(d instanceof Ast.ConstDecl c) || !c.name().name().equals(nodes)) continue;
            StringBuilder b = new StringBuilder();
            for (int i = 2; i <= replicas; i++) {
                b.append("\nconst ").append(replicaNodes(i)).append(": ").append(c.type().span().text())
                        .append("    \\* added: the nodes of replica ").append(i).append(" of role ")
                        .append(role.name().name());
            }
            String text = source.text();
            int lineEnd = text.indexOf('\n', c.span().end());
            edits.insert(lineEnd < 0 ? text.length() : lineEnd, b.toString());
        }
    }

    private void replicaRoles() {
        String text = role.span().text();
        StringBuilder b = new StringBuilder();
        for (int i = 2; i <= replicas; i++) {
            String nodesText = role.nodes().span().text().replace(nodes, replicaNodes(i));
            int nodesAt = role.nodes().span().start() - role.span().start();
            String copy = text.substring(0, nodesAt) + nodesText
                    + text.substring(nodesAt + role.nodes().span().text().length());
            copy = copy.replaceFirst("role\\s+" + Pattern.quote(role.name().name()), "role " + replicaRole(i));
            b.append("\n\n\\* Added by the transform: replica ").append(i).append(" of role ")
                    .append(role.name().name()).append(".\n").append(copy);
        }
        edits.insert(role.span().end(), b.toString());
    }

    /** {@code send M to Nodes} becomes {@code send M to Nodes \cup NodesReplica2 ...} for what the role receives. */
    private void sends() {
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= replicas; i++) all.add(i == 1 ? nodes : replicaNodes(i));
        String to = oneNode ? "{" + String.join(", ", all) + "}" : String.join(" \\cup ", all);
        for (Ast.Decl d : ast.decls()) {
            if (!(d instanceof Ast.RoleDecl r) || r == role) continue;
            for (Ast.ActionDecl a : r.actions()) {
                for (Ast.Stmt s : a.body()) {
                    if (s instanceof Ast.Send send && received.contains(send.messageType().name())) {
                        edits.replace(send.to().span().start(), send.to().span().end(), to);
                    }
                }
            }
        }
    }

    /** Each invariant about the role alone is checked of every replica too; each model binds the replicas' nodes. */
    private void invariantsAndModels() {
        for (Ast.Decl d : ast.decls()) {
            if (!(d instanceof Ast.InvariantDecl inv) || !aboutTheRole(inv)) continue;
            copied.add(inv.name().name());
            StringBuilder b = new StringBuilder();
            for (int i = 2; i <= replicas; i++) {
                String copy = inv.span().text()
                        .replaceFirst("invariant\\s+" + Pattern.quote(inv.name().name()), "invariant "
                                + inv.name().name() + "Replica" + i);
                copy = word(role.name().name()).matcher(copy).replaceAll(replicaRole(i));
                copy = word(nodes).matcher(copy).replaceAll(replicaNodes(i));
                b.append("\n\n\\* Added by the transform: ").append(inv.name().name()).append(" of replica ").append(i)
                        .append(".\n").append(copy);
            }
            edits.insert(inv.span().end(), b.toString());
        }
        for (Ast.Decl d : ast.decls()) {
            if (!(d instanceof Ast.ModelDecl m)) continue;
            for (Ast.Binding bind : m.bindings()) {
                if (!bind.name().name().equals(nodes)) continue;
                StringBuilder b = new StringBuilder();
                for (int i = 2; i <= replicas; i++) {
                    b.append("  ").append(replicaNodes(i)).append(" = ").append(relabel(bind.value(), i));
                }
                edits.insert(bind.value().span().end(), b.toString());
            }
            for (Ast.Ident check : m.checks()) {
                if (!copied.contains(check.name())) continue;
                StringBuilder b = new StringBuilder();
                for (int i = 2; i <= replicas; i++) b.append(", ").append(check.name()).append("Replica").append(i);
                edits.insert(check.span().end(), b.toString());
            }
        }
    }

    /** The invariant reads the role's state and no other role's (those speak of more than the replicated role). */
    private boolean aboutTheRole(Ast.InvariantDecl inv) {
        boolean reads = false;
        for (Ast.Decl d : ast.decls()) {
            if (!(d instanceof Ast.RoleDecl r)) continue;
            boolean readsR = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(r.name().name()) + "\\[")
                    .matcher(inv.span().text()).find();
            if (readsR && r != role) return false;
            reads |= readsR;
        }
        return reads;
    }

    /** The model's node labels for replica {@code i}: {@code l1} becomes {@code l1r2}. */
    private static String relabel(Ast.Expr value, int i) {
        return value.span().text().replaceAll("([A-Za-z_][A-Za-z0-9_]*)", "$1r" + i);
    }

    private static Pattern word(String w) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(w) + "(?![A-Za-z0-9_])");
    }

}
