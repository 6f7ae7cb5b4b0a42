package dev.lockstep.lang.instance;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unrolls each partitioned instance {@code instance I[g \in Groups] = "file" over Nodes with C <- e(g)} into plain
 * instances {@code I_1 .. I_K}, one per group, before {@link Instances} expands them. The groups come from the
 * models: each model binds {@code Groups} to a literal set of node sets, and K is the largest number of groups of
 * any model. Group k of a model becomes the new constant {@code I_k_group}, bound in that model to the k-th group
 * as written (to {@code {}} in a model with fewer groups), and {@code g} in the bindings stands for it. So every
 * later stage sees ordinary instances and constants, and a model's partition is checked where it is written:
 * an empty group, a node in two groups, and (with {@code over}) a node outside the partitioned set or left out.
 *
 * <p>A model's {@code check I_X} (where {@code I} is partitioned) checks {@code I_1_X .. I_K_X}.
 */
public final class Partitions {
    private final Diagnostics diags;

    private Partitions(Diagnostics diags) {
        this.diags = diags;
    }

    /** The spec with its partitioned instances unrolled, or {@code spec} itself when it has none. */
    public static Ast.Spec unroll(Ast.Spec spec, Diagnostics diags) {
        if (spec.decls().stream().noneMatch(d -> d instanceof Ast.InstanceDecl i && i.partition() != null)) {
            return spec;
        }
        return new Partitions(diags).unrollAll(spec);
    }

    /** One partitioned instance: its declaration, the groups of each model (by model name), and its part count. */
    private record Unrolled(Ast.InstanceDecl decl, Map<String, List<Ast.SetLit>> groupsByModel, int parts) {
        String part(int k) { return decl.name().name() + "_" + k; }

        String group(int k) { return part(k) + "_group"; }
    }

    private Ast.Spec unrollAll(Ast.Spec spec) {
        Map<String, Ast.ConstDecl> consts = new HashMap<>();
        List<Ast.ModelDecl> models = new ArrayList<>();
        for (Ast.Decl d : spec.decls()) {
            if (d instanceof Ast.ConstDecl c) consts.put(c.name().name(), c);
            if (d instanceof Ast.ModelDecl m) models.add(m);
        }
        Map<String, Unrolled> unrolled = new LinkedHashMap<>();
        for (Ast.Decl d : spec.decls()) {
            if (d instanceof Ast.InstanceDecl i && i.partition() != null) {
                Unrolled u = groups(i, consts, models);
                if (u != null) unrolled.put(i.name().name(), u);
            }
        }
        List<Ast.Decl> out = new ArrayList<>();
        for (Ast.Decl d : spec.decls()) {
            switch (d) {
                case Ast.InstanceDecl i when i.partition() != null -> {
                    Unrolled u = unrolled.get(i.name().name());
                    if (u != null) out.addAll(parts(u, consts.get(i.partition().groups().name())));
                }
                case Ast.ModelDecl m -> out.add(model(m, unrolled.values()));
                default -> out.add(d);
            }
        }
        return new Ast.Spec(spec.name(), out, spec.span());
    }

    /** Each model's groups, checked to be a partition; null (and reported) when the declaration is unusable. */
    private Unrolled groups(Ast.InstanceDecl inst, Map<String, Ast.ConstDecl> consts, List<Ast.ModelDecl> models) {
        Ast.Partition p = inst.partition();
        Ast.ConstDecl groups = consts.get(p.groups().name());
        if (groups == null || !(groups.type() instanceof Ast.SetType set) || !(set.element() instanceof Ast.SetType)) {
            diags.error(Code.PARTITION_GROUPS_NOT_CONSTANT, p.groups().span(), "the groups of partitioned instance "
                    + inst.name().name() + " must be a constant of type set<set<node>>; " + p.groups().name()
                    + (groups == null ? " is not a constant of this spec" : " is a constant of type "
                    + groups.type().span().text()), "declare  const " + p.groups().name() + ": set<set<node>>");
            return null;
        }
        if (p.over() != null && !consts.containsKey(p.over().name())) {
            diags.error(Code.PARTITION_GROUPS_NOT_CONSTANT, p.over().span(), p.over().name()
                    + " is not a constant of this spec", "'over' names the constant node set the groups partition");
            return null;
        }
        Map<String, List<Ast.SetLit>> byModel = new LinkedHashMap<>();
        int parts = 0;
        for (Ast.ModelDecl m : models) {
            Ast.Binding b = binding(m, p.groups().name());
            if (b == null) continue; // the checker reports the missing binding
            List<Ast.SetLit> list = literalGroups(inst, m, b);
            if (list == null) continue;
            if (p.over() != null) checkCovers(inst, m, list, binding(m, p.over().name()));
            byModel.put(m.name().name(), list);
            parts = Math.max(parts, list.size());
        }
        return new Unrolled(inst, byModel, parts);
    }

    private static Ast.Binding binding(Ast.ModelDecl m, String name) {
        for (Ast.Binding b : m.bindings()) if (b.name().name().equals(name)) return b;
        return null;
    }

    /** The model's groups as written, each a non-empty literal set of nodes, no node in two; null if not literal. */
    private List<Ast.SetLit> literalGroups(Ast.InstanceDecl inst, Ast.ModelDecl m, Ast.Binding b) {
        if (!(b.value() instanceof Ast.SetLit all) || !all.elements().stream().allMatch(Partitions::nodeSet)) {
            notLiteral(inst, m, b);
            return null;
        }
        List<Ast.SetLit> list = new ArrayList<>();
        Map<String, Span> seen = new HashMap<>();
        for (Ast.Expr e : all.elements()) {
            Ast.SetLit group = (Ast.SetLit) e;
            if (group.elements().isEmpty()) {
                diags.error(Code.PARTITION_EMPTY_GROUP, group.span(), "model " + m.name().name() + " gives "
                        + inst.name().name() + " an empty group", "every group of a partition has at least one node");
            }
            for (Ast.Expr n : group.elements()) {
                String node = ((Ast.Name) n).name();
                Span first = seen.putIfAbsent(node, n.span());
                if (first != null) {
                    diags.error(Code.PARTITION_OVERLAP, n.span(), "model " + m.name().name() + ": node " + node
                            + " is in two groups of " + inst.name().name(), "first at " + first.location()
                            + "; the groups of a partition are disjoint");
                }
            }
            list.add(group);
        }
        return list;
    }

    private static boolean nodeSet(Ast.Expr e) {
        return e instanceof Ast.SetLit s && s.elements().stream().allMatch(n -> n instanceof Ast.Name);
    }

    private void notLiteral(Ast.InstanceDecl inst, Ast.ModelDecl m, Ast.Binding b) {
        diags.error(Code.PARTITION_NOT_LITERAL, b.value().span(), "model " + m.name().name() + " must bind "
                + b.name().name() + " to a literal set of node sets, as the partitioned instance "
                + inst.name().name() + " is unrolled per model", "as in  " + b.name().name() + " = {{a1, a2}, {b1}}");
    }

    /** With {@code over S}: every group node is in the model's S, and every node of S is in a group. */
    private void checkCovers(Ast.InstanceDecl inst, Ast.ModelDecl m, List<Ast.SetLit> groups, Ast.Binding over) {
        if (over == null) return;
        if (!nodeSet(over.value())) {
            notLiteral(inst, m, over);
            return;
        }
        List<String> all = ((Ast.SetLit) over.value()).elements().stream().map(n -> ((Ast.Name) n).name()).toList();
        List<String> grouped = new ArrayList<>();
        for (Ast.SetLit g : groups) {
            for (Ast.Expr n : g.elements()) {
                String node = ((Ast.Name) n).name();
                grouped.add(node);
                if (!all.contains(node)) {
                    diags.error(Code.PARTITION_NOT_COVERING, n.span(), "model " + m.name().name() + ": node " + node
                            + " of a group of " + inst.name().name() + " is not in " + over.name().name(),
                            over.name().name() + " = " + over.value().span().text());
                }
            }
        }
        List<String> missing = all.stream().filter(n -> !grouped.contains(n)).toList();
        if (!missing.isEmpty()) {
            diags.error(Code.PARTITION_NOT_COVERING, m.name().span(), "model " + m.name().name() + ": the groups of "
                    + inst.name().name() + " leave out " + String.join(", ", missing) + " of " + over.name().name(),
                    "the groups must cover " + over.name().name() + ": add each node to one group");
        }
    }

    /** The constants {@code I_k_group} and the plain instances {@code I_k}, with {@code g} standing for group k. */
    private static List<Ast.Decl> parts(Unrolled u, Ast.ConstDecl groups) {
        Ast.InstanceDecl inst = u.decl();
        Ast.TypeExpr groupType = ((Ast.SetType) groups.type()).element();
        List<Ast.Decl> out = new ArrayList<>();
        for (int k = 1; k <= u.parts(); k++) {
            Ast.Ident group = new Ast.Ident(u.group(k), inst.name().span());
            out.add(new Ast.ConstDecl(group, groupType, inst.span()));
            AstRenamer toGroup = new AstRenamer(new GroupVariable(inst.partition().var().name(), group.name()));
            List<Ast.Binding> with = inst.with().stream()
                    .map(b -> new Ast.Binding(b.name(), toGroup.expr(b.value()))).toList();
            out.add(new Ast.InstanceDecl(new Ast.Ident(u.part(k), inst.name().span()), inst.file(), with,
                    inst.span()));
        }
        return out;
    }

    /** The model with each part's group bound and each {@code check I_X} widened to the parts. */
    private static Ast.ModelDecl model(Ast.ModelDecl m, Iterable<Unrolled> unrolled) {
        List<Ast.Binding> bindings = new ArrayList<>(m.bindings());
        List<Ast.Ident> checks = new ArrayList<>(m.checks());
        for (Unrolled u : unrolled) {
            List<Ast.SetLit> groups = u.groupsByModel().get(m.name().name());
            for (int k = 1; k <= u.parts(); k++) {
                Ast.Expr value = groups != null && k <= groups.size() ? groups.get(k - 1)
                        : new Ast.SetLit(List.of(), m.name().span());
                bindings.add(new Ast.Binding(new Ast.Ident(u.group(k), m.name().span()), value));
            }
            checks = widen(checks, u);
        }
        return new Ast.ModelDecl(m.name(), bindings, checks, m.symmetric(), m.constraint(), m.crashes(), m.span());
    }

    private static List<Ast.Ident> widen(List<Ast.Ident> checks, Unrolled u) {
        String prefix = u.decl().name().name() + "_";
        List<Ast.Ident> out = new ArrayList<>();
        for (Ast.Ident c : checks) {
            String rest = c.name().startsWith(prefix) ? c.name().substring(prefix.length()) : null;
            if (rest == null || rest.isEmpty() || Character.isDigit(rest.charAt(0))) {
                out.add(c);
                continue;
            }
            for (int k = 1; k <= u.parts(); k++) out.add(new Ast.Ident(u.part(k) + "_" + rest, c.span()));
        }
        return out;
    }

    /** The group variable {@code g} of the bindings, replaced by the part's group constant. */
    private record GroupVariable(String var, String group) implements AstRenamer.Renaming {
        @Override
        public Ast.Expr name(Ast.Name name) {
            return name.name().equals(var) ? new Ast.Name(group, name.span()) : name;
        }

        @Override public String callee(String name) { return name; }

        @Override public String message(String name) { return name; }
    }
}
