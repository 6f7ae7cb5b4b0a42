package dev.lockstep.lang.gossip;

import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.syntax.Compositions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The gossip protocols of a spec, as the simulator runs them: each exchange that is part of no composition is a
 * protocol of its own, each {@code compose} one protocol of two sub-protocols (docs/gossip.md). A sub-protocol is
 * also a layer of the convergence report: the variables its update writes.
 */
public final class GossipProtocols {
    /** A sub-protocol: its name, the role, and the indices of the variables it writes. */
    public record Layer(String name, int role, List<Integer> vars) {}

    /** One protocol: a stand-alone exchange, or a composition with its desugared parts. */
    public sealed interface Protocol {
        int role();
    }

    public record Single(int role, CheckedSpec.Action action, long rate, Layer layer) implements Protocol {}

    /**
     * A composition: {@code both} is the correlated merge's exchange that runs both updates (null for the other
     * kinds); {@code first} and {@code second} run one update each.
     */
    public record Composite(int role, CheckedSpec.Composition composition, CheckedSpec.Action both,
                            CheckedSpec.Action first, CheckedSpec.Action second, Layer firstLayer, Layer secondLayer)
            implements Protocol {}

    /**
     * A correlated merge of more than two exchanges (a stack, docs/gossip.md): each desugared part runs the updates
     * of {@code layers} at the indices {@code members}; its weight is the mass of that set at a peer.
     */
    public record Merged(int role, CheckedSpec.Composition composition, List<Part> parts, List<Layer> layers)
            implements Protocol {}

    public record Part(CheckedSpec.Action action, List<Integer> members) {}

    private GossipProtocols() {}

    public static List<Protocol> of(CheckedSpec spec) {
        List<Protocol> out = new ArrayList<>();
        for (CheckedSpec.Role role : spec.roles()) {
            Map<String, CheckedSpec.Action> byName = new HashMap<>();
            for (CheckedSpec.Action a : role.actions()) byName.put(a.name(), a);
            List<String> parts = new ArrayList<>();
            for (CheckedSpec.Composition c : role.compositions()) {
                if (c.nAry()) {
                    out.add(merged(role, c, byName));
                    for (CheckedSpec.Member m : c.members()) parts.addAll(m.parts());
                    continue;
                }
                CheckedSpec.Action both = byName.get(c.name());
                CheckedSpec.Action first = byName.get(Compositions.alone(c.name(), c.first()));
                CheckedSpec.Action second = byName.get(Compositions.alone(c.name(), c.second()));
                boolean correlated = c.kind().equals(Compositions.CORRELATED);
                String turn = Compositions.turnVar(c.name());
                if (correlated) parts.add(c.name());
                parts.add(first.name());
                parts.add(second.name());
                out.add(new Composite(role.index(), c, correlated ? both : null, first, second,
                        layer(c.first(), role, first, turn), layer(c.second(), role, second, turn)));
            }
            for (CheckedSpec.Action a : role.actions()) {
                if (!(a.trigger() instanceof CheckedSpec.Trigger.Exchange x) || parts.contains(a.name())) continue;
                long rate = x.rate() instanceof dev.lockstep.lang.ir.Expr.Lit l
                        && l.value() instanceof dev.lockstep.lang.value.IntV n ? n.value() : 1;
                out.add(new Single(role.index(), a, rate, layer(a.name(), role, a, null)));
            }
        }
        return out;
    }

    private static Merged merged(CheckedSpec.Role role, CheckedSpec.Composition c,
                                 Map<String, CheckedSpec.Action> byName) {
        List<String> names = new ArrayList<>();
        for (CheckedSpec.Member m : c.members()) for (String p : m.parts()) if (!names.contains(p)) names.add(p);
        List<Part> parts = new ArrayList<>();
        for (String name : names) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < c.members().size(); i++) if (c.members().get(i).parts().contains(name)) members.add(i);
            parts.add(new Part(byName.get(name), List.copyOf(members)));
        }
        List<Layer> layers = new ArrayList<>();
        for (CheckedSpec.Member m : c.members()) {
            TreeSet<Integer> vars = new TreeSet<>();
            for (CheckedSpec.Var v : role.vars()) if (m.writes().contains(v.name())) vars.add(v.index());
            layers.add(new Layer(role.name() + "." + m.name(), role.index(), List.copyOf(vars)));
        }
        return new Merged(role.index(), c, List.copyOf(parts), List.copyOf(layers));
    }

    /** How many layers the protocol has. */
    public static int layerCount(Protocol p) {
        return switch (p) {
            case Single s -> 1;
            case Composite c -> 2;
            case Merged m -> m.layers().size();
        };
    }

    /** The variables {@code a} writes, on either side, except a round-robin's turn. */
    private static Layer layer(String name, CheckedSpec.Role role, CheckedSpec.Action a, String skipped) {
        TreeSet<Integer> vars = new TreeSet<>();
        for (Stmt s : a.effects()) {
            String var = s instanceof Stmt.Assign asg ? asg.var() : s instanceof Stmt.PeerAssign p ? p.var() : null;
            if (var == null || var.equals(skipped)) continue;
            for (CheckedSpec.Var v : role.vars()) if (v.name().equals(var)) vars.add(v.index());
        }
        return new Layer(role.name() + "." + name, role.index(), List.copyOf(vars));
    }

    /** Every layer, in protocol order. */
    public static List<Layer> layers(List<Protocol> protocols) {
        List<Layer> out = new ArrayList<>();
        for (Protocol p : protocols) {
            switch (p) {
                case Single s -> out.add(s.layer());
                case Composite c -> {
                    out.add(c.firstLayer());
                    out.add(c.secondLayer());
                }
                case Merged m -> out.addAll(m.layers());
            }
        }
        return out;
    }
}
