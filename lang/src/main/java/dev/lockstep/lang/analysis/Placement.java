package dev.lockstep.lang.analysis;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The placement analysis (seed 000, §2 and Fig. 2): a <em>combiner</em> is an action that receives a message type;
 * its input is the flow of those messages. The input is <em>stable per group</em> when every send of the type
 * builds its payload from {@code stable} variables of the sending node (plain {@code stable}: decided once, DDF's
 * s-up) and constants only, and a constant of type {@code set<set<node>>} partitions the sending nodes in the model.
 * Then every member of a group sends what any other would, so one node per group must feed the combiner and the
 * others are redundant; otherwise every sending node must. That the members of a group hold the same decision is
 * the spec's own invariant to state (as {@code hier-election.lstep}'s {@code LocalIsGroupMin}); the analysis reads
 * the {@code stable} qualifier as the promise DDF's s-up makes.
 */
public final class Placement {
    private final CheckedSpec spec;
    private final ModelInstance model;

    private Placement(ModelInstance model) {
        this.spec = model.spec();
        this.model = model;
    }

    public static PlacementReport analyze(ModelInstance model) {
        return new Placement(model).run();
    }

    /** One send of a message type: the sending role and action, and the statement. */
    private record Sender(CheckedSpec.Role role, CheckedSpec.Action action, Stmt.Send send) {}

    private PlacementReport run() {
        List<PlacementReport.Combiner> out = new ArrayList<>();
        for (CheckedSpec.Role role : spec.roles()) {
            for (CheckedSpec.Action a : role.actions()) {
                if (a.trigger() instanceof CheckedSpec.Trigger.OnReceive r) out.add(combiner(role, a, r.messageType()));
                if (a.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll r) {
                    out.add(combiner(role, a, r.messageType()));
                }
            }
        }
        return new PlacementReport(spec.name(), model.model().name(), out);
    }

    private PlacementReport.Combiner combiner(CheckedSpec.Role role, CheckedSpec.Action a, String message) {
        List<Sender> senders = senders(message);
        List<Point> reasons = new ArrayList<>();
        Set<Value> nodes = new LinkedHashSet<>();
        Set<String> senderRoles = new LinkedHashSet<>();
        for (Sender s : senders) {
            senderRoles.add(s.role().name());
            for (NodeV n : model.nodes(s.role().index())) nodes.add(n);
            for (int i = 0; i < s.send().values().size(); i++) {
                String why = notGroupStable(s.role(), s.send().values().get(i));
                if (why != null) {
                    reasons.add(new Point(s.send().values().get(i).span(), "field " + s.send().fieldNames().get(i)
                            + " of " + message + " in " + s.action().qualifiedName() + " " + why));
                }
            }
        }
        readsSender(a).ifPresent(reasons::add);
        List<String> senderNames = senders.stream().map(s -> s.action().qualifiedName()).distinct().toList();
        if (senders.isEmpty()) reasons.add(new Point(a.span(), "no action sends " + message));
        String groups = null;
        List<List<String>> groupNodes = List.of();
        if (!senders.isEmpty()) {
            groups = partitioning(nodes);
            if (groups == null) {
                reasons.add(new Point(senders.get(0).send().span(), "no constant of type set<set<node>> partitions "
                        + "the nodes of " + String.join(", ", senderRoles) + " in model " + model.model().name()));
            } else {
                groupNodes = groupNodes(model.constant(groups));
            }
        }
        int feeders = reasons.isEmpty() ? groupNodes.size() : nodes.size();
        return new PlacementReport.Combiner(role.name(), a.name(), message, senderNames, groups, groupNodes, feeders,
                nodes.size(), reasons);
    }

    /** The combiner reading its message's sender: then who in a group sends matters, not only what. */
    private static Optional<Point> readsSender(CheckedSpec.Action a) {
        if (a.message() == null) return Optional.empty();
        List<Expr> roots = new ArrayList<>(Exprs.effectRoots(a.effects()));
        if (a.guard() != null) roots.add(a.guard());
        for (Expr root : roots) {
            List<Expr> found = new ArrayList<>();
            Exprs.forEach(root, e -> {
                if (e instanceof Expr.FieldAccess f && f.field().equals("src") && f.target() instanceof Expr.Local l
                        && l.slot() == a.message().slot()) {
                    found.add(e);
                }
            });
            if (!found.isEmpty()) {
                return Optional.of(new Point(found.get(0).span(), "the combiner " + a.qualifiedName()
                        + " reads the sender, so which member of a group sends matters"));
            }
        }
        return Optional.empty();
    }

    private List<Sender> senders(String message) {
        List<Sender> out = new ArrayList<>();
        for (CheckedSpec.Role r : spec.roles()) {
            List<CheckedSpec.Action> actions = new ArrayList<>(r.actions());
            if (r.restart() != null) actions.add(r.restart());
            for (CheckedSpec.Action a : actions) {
                for (Stmt s : a.effects()) {
                    if (s instanceof Stmt.Send send && send.messageType().equals(message)) out.add(new Sender(r, a, send));
                }
            }
        }
        return out;
    }

    /** Why the value may differ between members of a group or over time, or null when it cannot. */
    private String notGroupStable(CheckedSpec.Role role, Expr value) {
        if (Exprs.readsSelf(value)) return "reads self, which differs from member to member";
        if (!Exprs.freeSlots(value).isEmpty()) return "reads the action's parameters or received message";
        List<String> moving = new ArrayList<>();
        Exprs.forEach(value, e -> {
            if (e instanceof Expr.VarRef v && !plainStable(role, v.var())) moving.add(v.var());
            if (e instanceof Expr.RemoteVar || e instanceof Expr.NetworkView || e instanceof Expr.NetworkRead) {
                moving.add(e.span().text());
            }
            if (e instanceof Expr.DefCall d && spec.defs().get(d.defIndex()).readsGlobalState()) moving.add(d.name());
        });
        if (moving.isEmpty()) return null;
        return "reads " + String.join(", ", new LinkedHashSet<>(moving)) + ", not a plain stable variable";
    }

    /**
     * Whether variable {@code var} of {@code role} is declared plain {@code stable}: its desugared property
     * (docs/language.md, "Stable variables", at the variable's span) keeps it equal, {@code x' = x}.
     */
    private boolean plainStable(CheckedSpec.Role role, String var) {
        CheckedSpec.Var v = role.vars().stream().filter(x -> x.name().equals(var)).findFirst().orElseThrow();
        for (CheckedSpec.Property p : spec.properties()) {
            if (p.name().startsWith("Stable_" + role.name() + "_") && p.span().equals(v.span())
                    && Exprs.anyMatch(p.body(), e -> e instanceof Expr.Binary b && b.op() == BinaryOp.EQ
                    && b.left() instanceof Expr.Primed)) {
                return true;
            }
        }
        return false;
    }

    /** A constant of type set<set<node>> whose model value partitions {@code nodes}, or null. */
    private String partitioning(Set<Value> nodes) {
        for (CheckedSpec.Const c : spec.consts()) {
            if (!(c.type() instanceof Type.SetOf s && s.element() instanceof Type.SetOf e
                    && e.element() instanceof Type.Node)) {
                continue;
            }
            Set<Value> seen = new HashSet<>();
            boolean partition = true;
            for (Value group : ((SetV) model.constant(c.name())).elements()) {
                List<Value> members = ((SetV) group).elements();
                if (members.isEmpty()) partition = false;
                for (Value n : members) partition &= seen.add(n);
            }
            if (partition && seen.equals(nodes)) return c.name();
        }
        return null;
    }

    private static List<List<String>> groupNodes(Value groups) {
        List<List<String>> out = new ArrayList<>();
        for (Value g : ((SetV) groups).elements()) {
            out.add(((SetV) g).elements().stream().map(Value::show).toList());
        }
        return out;
    }
}
