package dev.lockstep.lang.transform;

import dev.lockstep.lang.analysis.PartitionReport;
import dev.lockstep.lang.analysis.Partitioning;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code lockstep transform partition FILE --role R --shards N} (seed 003, §6): shards a role that runs on one node
 * over N nodes by the key the partition analysis found ({@link Partitioning}). Shard {@code i} (from 1) owns the
 * keys {@code k} with {@code k % N = i - 1}; each variable holds only its shard's entries; an action with the key
 * as parameter ranges over the shard's keys; every send to the role goes to the shard of the message's key field.
 * Refused, at the spec text responsible, when the analysis refuses the role (e.g. a guard quantifying across
 * keys), or when the spec has a shape the rewrite does not cover (docs/transforms.md).
 */
public final class PartitionTransform extends RoleTransform {
    private final int shards;
    /** The role's node constant: its one node in the original, split into {@code node1 .. nodeN}. */
    private String node;
    private String key;
    /** For each message type the role receives, the field that names its key. */
    private final Map<String, String> keyFieldOf = new LinkedHashMap<>();
    /** The offsets where an edit already replaces a use of {@link #node}. */
    private final Set<Integer> rewrittenUses = new HashSet<>();

    private PartitionTransform(Roles.Found found, int shards, Set<String> models) {
        super(found, models);
        this.shards = shards;
    }

    /**
     * The sharded text of {@code source}, keeping the models in {@code models} (null: all), or the diagnostics
     * that say why the role cannot be sharded.
     */
    public static Result<String> transform(SourceFile source, String roleName, int shards, Set<String> models) {
        return copyRole(source, roleName, shards, models, Code.PARTITION_UNSUPPORTED, "partition", "shards", "shard",
                PartitionTransform::new);
    }

    @Override
    Result<String> run() {
        CheckedSpec.Role ir = spec.role(role.name().name()).orElseThrow();
        PartitionReport.RoleResult report = Partitioning.analyze(spec, List.of(ir)).roles().getFirst();
        for (Point p : report.refusals()) {
            refuse(Code.PARTITION_REFUSED, p.span(), "role " + ir.name() + " cannot be partitioned: " + p.reason(),
                    "seed 003 §6: only independent data pipelines are partitioned (docs/analyses.md)");
        }
        if (!refusals.isEmpty()) return Result.failed(refusals);
        key = report.key();
        if (key == null) {
            refuse(Code.PARTITION_UNSUPPORTED, role.name().span(), "role " + ir.name() + " has no state to shard");
            return Result.failed(refusals);
        }
        checkShape(report);
        if (!refusals.isEmpty()) return Result.failed(refusals);
        String name = role.name().name();
        edits.insert(0, SpecText.header(source, "partition --role " + name + " --shards " + shards + SpecText.modelsOption(models), "role " + name
                + " sharded by " + key + " over " + shards + " nodes;\n\\* shard i owns the keys k with k % " + shards
                + " = i - 1"));
        edits.replace(ast.name().span().start(), ast.name().span().end(), ast.name().name() + "Sharded");
        constantsAndDefinitions();
        roleItself();
        sendsToTheRole();
        models();
        checkNoOtherUse();
        if (!refusals.isEmpty()) return Result.failed(refusals);
        return SpecText.finish(source, "partition", edits.apply(), models);
    }

    private String shardDef() { return role.name().name() + "Shard"; }

    private String keysDef() { return role.name().name() + "Keys"; }

    private String shardNode(int i) { return node + i; }

    /** One node, an int key, each action routed by a parameter or a message field, names free. */
    private void checkShape(PartitionReport.RoleResult report) {
        if (role.nodes() instanceof Ast.SetLit s && s.elements().size() == 1 && s.elements().getFirst()
                instanceof Ast.Name n && spec.consts().stream().anyMatch(c -> c.name().equals(n.name())
                && c.type() instanceof Type.Node)) {
            node = n.name();
        } else {
            refuse(Code.PARTITION_UNSUPPORTED, role.nodes().span(), "transform partition shards a role that runs "
                    + "on one node, written {C} for a constant C: node", "this role runs on `"
                    + role.nodes().span().text() + "`");
        }
        CheckedSpec.Const k = spec.consts().stream().filter(c -> c.name().equals(key)).findFirst().orElseThrow();
        if (!(k.type() instanceof Type.SetOf s && s.element() instanceof Type.Int)) {
            refuse(Code.PARTITION_UNSUPPORTED, k.span(), "transform partition shards by k % N, so the key set " + key
                    + " must be a set<int>, not " + k.type());
        }
        if (role.crashes()) {
            refuse(Code.PARTITION_UNSUPPORTED, role.name().span(), "transform partition does not shard a crashing "
                    + "role", "which shard restarts with which keys is a design choice");
        }
        for (PartitionReport.Route r : report.routes()) {
            Ast.ActionDecl a = action(r.action());
            if (r.key() == null) {
                refuse(Code.PARTITION_UNSUPPORTED, a.name().span(), "action " + r.action() + " touches no state, so "
                        + "no shard owns it", "give it the key as a parameter, or move it to another role");
            } else if (r.message() != null) {
                String field = r.key().startsWith(r.message() + ".") ? r.key().substring(r.message().length() + 1) : "";
                if (!field.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    refuse(Code.PARTITION_UNSUPPORTED, a.span(), "action " + r.action() + " is routed by `" + r.key()
                            + "`, not by a field of its message", "a sender can address the shard only by a field");
                } else {
                    keyFieldOf.put(r.message(), field);
                }
            } else if (a.params().stream().noneMatch(p -> p.name().name().equals(r.key())
                    && p.domain().span().text().equals(key))) {
                refuse(Code.PARTITION_UNSUPPORTED, a.span(), "action " + r.action() + " is routed by `" + r.key()
                        + "`, not by a parameter ranging over " + key);
            }
        }
        Set<String> taken = new HashSet<>();
        for (CheckedSpec.Const c : spec.consts()) taken.add(c.name());
        for (Ast.Decl d : ast.decls()) if (d instanceof Ast.DefDecl def) taken.add(def.name().name());
        List<String> added = new ArrayList<>(List.of(shardDef(), keysDef()));
        for (int i = 1; i <= shards && node != null; i++) added.add(shardNode(i));
        for (String a : added) {
            if (taken.contains(a)) refuse(Code.TRANSFORM_NAME_CLASH, role.name().span(), "transform partition would "
                    + "declare " + a + ", but the spec already has one", "rename it");
        }
    }

    private Ast.ActionDecl action(String name) {
        return role.actions().stream().filter(a -> a.name().name().equals(name)).findFirst().orElseThrow();
    }

    /** {@code const C: node} becomes one constant per shard; the shard definitions follow the network. */
    private void constantsAndDefinitions() {
        int lastTopDecl = -1;
        for (Ast.Decl d : ast.decls()) {
            switch (d) {
                case Ast.ConstDecl c when c.name().name().equals(node) -> {
                    // The original's comment on the constant, if any, is kept on each shard's line.
                    String text = source.text();
                    int lineEnd = text.indexOf('\n', c.span().end());
                    if (lineEnd < 0) lineEnd = text.length();
                    String rest = text.substring(c.span().end(), lineEnd).strip();
                    String said = rest.startsWith("\\*") ? ": " + rest.substring(2).strip() : "";
                    List<String> lines = new ArrayList<>();
                    for (int i = 1; i <= shards; i++) {
                        lines.add("const " + shardNode(i) + ": node    \\* shard " + i + " of role " + role.name().name()
                                + said);
                    }
                    edits.replace(c.span().start(), rest.startsWith("\\*") ? lineEnd : c.span().end(),
                            String.join("\n", lines));
                    rewrittenUses.add(c.name().span().start());
                }
                case Ast.ConstDecl c -> lastTopDecl = Math.max(lastTopDecl, c.span().end());
                case Ast.MessageDecl m -> lastTopDecl = Math.max(lastTopDecl, m.span().end());
                case Ast.NetworkDecl n -> lastTopDecl = Math.max(lastTopDecl, n.span().end());
                default -> { }
            }
        }
        int lineEnd = source.text().indexOf('\n', lastTopDecl);
        StringBuilder owner = new StringBuilder();
        for (int i = 1; i < shards; i++) owner.append("IF k % ").append(shards).append(" = ").append(i - 1)
                .append(" THEN ").append(shardNode(i)).append(" ELSE ");
        owner.append(shardNode(shards));
        String name = role.name().name();
        edits.insert(lineEnd < 0 ? source.text().length() : lineEnd, "\n\n\\* Added by the transform: the shard of role "
                + name + " that owns each key of " + key + ", and the keys a shard owns.\ndef " + shardDef()
                + "(k: int) == " + owner + "\ndef " + keysDef() + "(n: node) == {k \\in " + key + " : " + shardDef()
                + "(k) = n}");
    }

    /** The role runs on every shard; its maps and key parameters range over the shard's own keys. */
    private void roleItself() {
        List<String> nodes = new ArrayList<>();
        for (int i = 1; i <= shards; i++) nodes.add(shardNode(i));
        edits.replace(role.nodes().span().start(), role.nodes().span().end(), "{" + String.join(", ", nodes) + "}");
        rewrittenUses.add(((Ast.SetLit) role.nodes()).elements().getFirst().span().start());
        String own = keysDef() + "(self)";
        for (Ast.VarDecl v : role.vars()) {
            Ast.Expr domain = ((Ast.FnCtor) v.init()).bounds().getFirst().domain();
            edits.replace(domain.span().start(), domain.span().end(), own);
        }
        for (Ast.ActionDecl a : role.actions()) {
            for (Ast.ActionParam p : a.params()) {
                if (p.domain().span().text().equals(key)) {
                    edits.replace(p.domain().span().start(), p.domain().span().end(), own);
                }
            }
        }
    }

    /** {@code send M {..., f: e} to C} becomes {@code ... to CShard(e)}, f being the field the role routes M by. */
    private void sendsToTheRole() {
        for (Ast.Decl d : ast.decls()) {
            if (!(d instanceof Ast.RoleDecl r)) continue;
            for (Ast.ActionDecl a : r.actions()) {
                for (Ast.Stmt s : a.body()) {
                    if (!(s instanceof Ast.Send send) || !addressesTheRole(send.to())) continue;
                    String type = send.messageType().name();
                    String field = keyFieldOf.get(type);
                    Ast.FieldInit value = field == null ? null : send.fields().stream()
                            .filter(f -> f.name().name().equals(field)).findFirst().orElse(null);
                    if (value == null) {
                        refuse(Code.PARTITION_UNSUPPORTED, send.span(), "this send to " + node + " carries no key: role "
                                + role.name().name() + " does not route " + type + " by a field",
                                "only messages the role receives, by their key field, can find their shard");
                        continue;
                    }
                    edits.replace(send.to().span().start(), send.to().span().end(), shardDef() + "("
                            + value.value().span().text() + ")");
                    rewrittenUses.add(send.to().span().start() + send.to().span().text().indexOf(node));
                }
            }
        }
    }

    private boolean addressesTheRole(Ast.Expr to) {
        return to instanceof Ast.Name n && n.name().equals(node)
                || to instanceof Ast.SetLit s && s.elements().size() == 1 && addressesTheRole(s.elements().getFirst());
    }

    /** {@code C = n} in a model becomes {@code C1 = n1  C2 = n2 ...}. */
    private void models() {
        for (Ast.Decl d : ast.decls()) {
            if (!(d instanceof Ast.ModelDecl m)) continue;
            for (Ast.Binding b : m.bindings()) {
                if (!b.name().name().equals(node)) continue;
                String label = b.value().span().text();
                List<String> bindings = new ArrayList<>();
                for (int i = 1; i <= shards; i++) bindings.add(shardNode(i) + " = " + label + i);
                edits.replace(b.name().span().start(), b.value().span().end(), String.join("  ", bindings));
                rewrittenUses.add(b.name().span().start());
            }
        }
    }

    /** Any other use of the node constant, or of the role's state from outside, has no one shard to go to. */
    private void checkNoOtherUse() {
        for (Span use : SpecText.uses(source, node)) {
            if (!rewrittenUses.contains(use.start())) {
                refuse(Code.SHARDED_ROLE_READ, use, "`" + node + "` names the node of role " + role.name().name()
                        + ", which becomes " + shards + " shards here", "address the role by a message's key field");
            }
        }
        for (Span use : SpecText.uses(source, role.name().name())) {
            boolean inside = use.start() >= role.span().start() && use.end() <= role.span().end();
            boolean declaration = use.start() == role.name().span().start();
            if (!inside && !declaration && source.text().startsWith("[", use.end())) {
                refuse(Code.SHARDED_ROLE_READ, use, "this reads the state of role " + role.name().name()
                        + ", which the transform splits over " + shards + " shards",
                        "invariants and other roles may read the sharded role's state only through messages");
            }
        }
    }

}
