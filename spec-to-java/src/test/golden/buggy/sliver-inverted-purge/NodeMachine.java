package gen.sliverinvertedpurge;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.SpecOverflowException;
import dev.lockstep.runtime.api.SpecValues;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.api.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Role Node of protocol SliverInvertedPurge for one node: pure functions of the local state; commands are returned as data. (spec: sliver-inverted-purge.lstep:22:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver-inverted-purge.lstep")
public final class NodeMachine implements RoleMachine<NodeState> {

    private final SliverInvertedPurgeConstants constants;

    private final NodeId self;

    private final List<ActionSpec<NodeState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: sliver-inverted-purge.lstep:22:1)
     */
    public NodeMachine(SliverInvertedPurgeConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: sliver-inverted-purge.lstep:22:1)
     */
    @Override
    public String role() {
        return "Node";
    }

    /**
     * The node this machine runs. (spec: sliver-inverted-purge.lstep:22:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: sliver-inverted-purge.lstep:22:1)
     */
    @Override
    public List<NodeState> initialStates() {
        List<NodeState> out = new ArrayList<>();
        long now = 0L;
        Map<NodeId, Long> rumors = SpecValues.fn(SpecValues.setOf(), p -> 0L);
        out.add(new NodeState(now, rumors));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: sliver-inverted-purge.lstep:22:1)
     */
    @Override
    public List<Command> start(NodeState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: sliver-inverted-purge.lstep:22:1)
     */
    @Override
    public List<ActionSpec<NodeState>> actions() {
        return actions;
    }

    /**
     * The domain of parameter d of action Tick, in the spec's canonical order. (spec: sliver-inverted-purge.lstep:32:26)
     */
    public Set<Long> tickDomainD(NodeState s) {
        return SpecValues.range(1L, 2L);
    }

    /**
     * Whether auto action Tick is enabled: each parameter in its domain and the guard holds. (spec: sliver-inverted-purge.lstep:32:37)
     */
    public boolean enabledTick(NodeState s, long d) {
        return tickDomainD(s).contains(d) && guardTick(s, d);
    }

    /**
     * The guard of Tick for parameters drawn from their domains. (spec: sliver-inverted-purge.lstep:32:37)
     */
    private boolean guardTick(NodeState s, long d) {
        try {
            return Math.addExact(s.now(), d) <= constants.MaxTime();
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Tick", "sliver-inverted-purge.lstep:32:3");
        }
    }

    /**
     * Fires auto action Tick (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: sliver-inverted-purge.lstep:32:3)
     */
    public Step<NodeState> tick(NodeState s, long d) {
        try {
            NodeState next = new NodeState(Math.addExact(s.now(), d), SpecValues.<NodeId, Long>fn(SpecValues.filter(SpecValues.domain(s.rumors()), q -> Math.subtractExact(Math.addExact(s.now(), d), SpecValues.apply(s.rumors(), q, "sliver-inverted-purge.lstep:34:58")) >= constants.Timeout()), p -> SpecValues.apply(s.rumors(), p, "sliver-inverted-purge.lstep:34:84")));
            return new Step<>(next, List.of());
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Tick", "sliver-inverted-purge.lstep:32:3");
        }
    }

    /**
     * The actions of role Node as ActionSpecs, in spec order. (spec: sliver-inverted-purge.lstep:22:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<NodeState>> specs() {
        List<ActionSpec<NodeState>> out = new ArrayList<>();
        ActionSpec.Param<NodeState> tickD = new ActionSpec.Param<>("d", (s, p, m) -> SpecValues.elements(tickDomainD(s)));
        ActionSpec.Guard<NodeState> tickGuard = (s, p, m) -> guardTick(s, (Long) p.get(0));
        ActionSpec.Effect<NodeState> tickEffect = (s, p, m) -> tick(s, (Long) p.get(0));
        out.add(new ActionSpec<>("Tick", Trigger.AUTO, null, 0L, 0L, List.of(tickD), tickGuard, tickEffect, "sliver-inverted-purge.lstep:32:3"));
        return List.copyOf(out);
    }

    /**
     * The role's exchange actions, in spec order, as f1/f2/f3 for the runtime. (spec: sliver-inverted-purge.lstep:22:1)
     */
    @Override
    public List<ExchangeSpec<NodeState>> exchanges() {
        return List.of(NodeGossipProjection.spec(constants, self));
    }
}
