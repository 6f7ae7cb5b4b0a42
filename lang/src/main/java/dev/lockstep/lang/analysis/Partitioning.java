package dev.lockstep.lang.analysis;

import dev.lockstep.lang.analysis.PartitionReport.Route;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.ir.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partition analysis (seed 003, §6): a role can be sharded by a key set K when every variable is a function
 * over K ({@code [k \in K |-> ...]}), every action reads and writes only the entry of one key (a parameter, a field
 * of its message, or a function of them: a functional dependency, §6.1), no guard or effect quantifies over the
 * keys, and every message type is routed by the same key wherever it is received (co-hashing, §6).
 */
public final class Partitioning {
    private Partitioning() {}

    public static PartitionReport analyze(CheckedSpec spec, List<CheckedSpec.Role> roles) {
        List<PartitionReport.RoleResult> out = new ArrayList<>();
        for (CheckedSpec.Role role : roles) out.add(role(role));
        return new PartitionReport(spec.name(), out);
    }

    private static PartitionReport.RoleResult role(CheckedSpec.Role role) {
        List<Point> refusals = new ArrayList<>();
        String key = key(role, refusals);
        // Without a key there is nothing to route by: the variables' refusals say why, every access would repeat it.
        if (key == null && !role.vars().isEmpty()) {
            return new PartitionReport.RoleResult(role.name(), null, List.of(), refusals);
        }
        List<Route> routes = new ArrayList<>();
        Map<String, Route> routeByMessage = new LinkedHashMap<>();
        for (CheckedSpec.Action a : role.actions()) {
            Route route = route(a, key, refusals);
            routes.add(route);
            if (route.message() == null || route.key() == null) continue;
            Route before = routeByMessage.putIfAbsent(route.message(), route);
            if (before != null && !before.key().equals(route.key())) {
                refusals.add(new Point(a.span(), "messages " + route.message() + " are routed by `" + before.key()
                        + "` in " + before.action() + " but by `" + route.key() + "` here: a shuffle (coordination)"));
            }
        }
        if (role.restart() != null) route(role.restart(), key, refusals);
        return new PartitionReport.RoleResult(role.name(), key, routes, refusals);
    }

    /** The constant set all variables are functions over, or null (with a refusal) when there is none. */
    private static String key(CheckedSpec.Role role, List<Point> refusals) {
        Set<String> keys = new LinkedHashSet<>();
        for (CheckedSpec.Var v : role.vars()) {
            if (!v.initFromSet() && v.init() instanceof Expr.FnCtor f && f.vars().size() == 1
                    && f.domains().get(0) instanceof Expr.ConstRef k) {
                keys.add(k.name());
            } else {
                refusals.add(new Point(v.span(), "`" + v.name() + "` is not a function of a key: its initial value is "
                        + "not of the form [k \\in K |-> ...] for a constant K"));
            }
        }
        if (keys.size() > 1) {
            refusals.add(new Point(role.span(), "the variables are functions of different keys: "
                    + String.join(", ", keys)));
            return null;
        }
        return keys.isEmpty() ? null : keys.iterator().next();
    }

    /** The key the action indexes every variable by; every other state access is a refusal. */
    private static Route route(CheckedSpec.Action a, String key, List<Point> refusals) {
        KeyedReads reads = new KeyedReads(key);
        for (CheckedSpec.Param p : a.params()) reads.walk(p.domain());
        if (a.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll q) {
            reads.walk(q.from());
            reads.walk(q.filter());
        }
        reads.walk(a.guard());
        for (Stmt s : a.effects()) {
            switch (s) {
                case Stmt.Assign as -> reads.assignment(as);
                case Stmt.PeerAssign pa -> refusals.add(new Point(pa.span(), "an exchange writes its peer's `"
                        + pa.var() + "`: a step of two nodes belongs to no one shard"));
                case Stmt.Send send -> {
                    send.values().forEach(reads::walk);
                    reads.walk(send.to());
                }
                case Stmt.TimerControl t -> { }
            }
        }
        refusals.addAll(reads.refusals());
        String message = switch (a.trigger()) {
            case CheckedSpec.Trigger.OnReceive r -> r.messageType();
            case CheckedSpec.Trigger.OnReceiveAll q -> q.messageType();
            case CheckedSpec.Trigger.Auto au -> null;
            case CheckedSpec.Trigger.Timer t -> null;
            case CheckedSpec.Trigger.Input in -> null;
            case CheckedSpec.Trigger.Exchange x -> null;
        };
        List<String> keys = List.copyOf(reads.keys());
        if (keys.size() > 1) {
            refusals.add(new Point(a.span(), "the action touches the entries of several keys: "
                    + String.join(", ", keys)));
        }
        String routeKey = keys.isEmpty() ? null : keys.get(0);
        // Name the message by its type, not by the action's local name for it: m.tx becomes Prepared.tx.
        String local = a.message() == null ? null : a.message().name() + ".";
        if (routeKey != null && local != null && routeKey.startsWith(local)) {
            routeKey = message + "." + routeKey.substring(local.length());
        }
        return new Route(a.name(), message, routeKey);
    }

    /** Collects the key expressions an action indexes state by, and refuses every other read of the state. */
    private static final class KeyedReads {
        private final String key;
        private final Set<String> keys = new LinkedHashSet<>();
        private final List<Point> refusals = new ArrayList<>();

        KeyedReads(String key) { this.key = key; }

        Set<String> keys() { return keys; }

        List<Point> refusals() { return refusals; }

        void assignment(Stmt.Assign as) {
            if (as.value() instanceof Expr.Except x && x.base() instanceof Expr.VarRef base
                    && base.varIndex() == as.varIndex()) {
                for (Expr.Update u : x.updates()) {
                    if (u.path().isEmpty() || !(u.path().get(0) instanceof Expr.IndexStep step)) {
                        refusals.add(new Point(as.span(), "`" + as.var() + "` is not updated at one key"));
                        continue;
                    }
                    index(step.index());
                    for (Expr.PathStep s : u.path()) if (s instanceof Expr.IndexStep i && i != step) walk(i.index());
                    walk(u.value());
                }
            } else {
                refusals.add(new Point(as.span(), "writes all of `" + as.var() + "`, not the entry of one key"));
                walk(as.value());
            }
        }

        /** Every read of the state in {@code e} (an if-chain: {@link Exprs#children} is the exhaustive walk). */
        void walk(Expr e) {
            if (e instanceof Expr.Apply ap && ap.function() instanceof Expr.VarRef) {
                index(ap.arg());
            } else if (e instanceof Expr.VarRef v) {
                refusals.add(new Point(v.span(), "reads all of `" + v.var() + "`, not the entry of one key"));
            } else if (e instanceof Expr.Quant q && acrossKeys(q.domains(), e)) {
                refusals.add(new Point(q.span(), (q.forall() ? "the \\A" : "the \\E") + acrossKeys()));
            } else if (e instanceof Expr.SetFilter f && acrossKeys(List.of(f.domain()), e)) {
                refusals.add(new Point(f.span(), "the set filter" + acrossKeys()));
            } else if (e instanceof Expr.SetMap m && acrossKeys(m.domains(), e)) {
                refusals.add(new Point(m.span(), "the set map" + acrossKeys()));
            } else {
                Exprs.children(e).forEach(this::walk);
            }
        }

        private void index(Expr arg) {
            if (Exprs.anyMatch(arg, x -> x instanceof Expr.VarRef)) {
                refusals.add(new Point(arg.span(), "the key `" + Source.shown(arg) + "` is computed from the state"));
                walk(arg);
            } else {
                keys.add(Source.shown(arg));
            }
        }

        private String acrossKeys() { return " quantifies across keys (" + key + "): it reads every shard's state"; }

        /** A quantifier over the key set whose body reads the state: it looks at every shard. */
        private boolean acrossKeys(List<Expr> domains, Expr whole) {
            return key != null && domains.stream().anyMatch(d -> d instanceof Expr.ConstRef c && c.name().equals(key))
                    && Exprs.anyMatch(whole, x -> x instanceof Expr.VarRef);
        }
    }
}
