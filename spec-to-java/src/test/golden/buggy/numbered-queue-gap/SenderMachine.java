package gen.numberedqueue;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
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
 * Role Sender of protocol NumberedQueue for one node: pure functions of the local state; commands are returned as data. (spec: numbered-queue-gap.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "numbered-queue-gap.lstep")
public final class SenderMachine implements RoleMachine<SenderState> {

    private final NumberedQueueConstants constants;

    private final NodeId self;

    private final List<ActionSpec<SenderState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: numbered-queue-gap.lstep:15:1)
     */
    public SenderMachine(NumberedQueueConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: numbered-queue-gap.lstep:15:1)
     */
    @Override
    public String role() {
        return "Sender";
    }

    /**
     * The node this machine runs. (spec: numbered-queue-gap.lstep:15:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: numbered-queue-gap.lstep:15:1)
     */
    @Override
    public List<SenderState> initialStates() {
        List<SenderState> out = new ArrayList<>();
        long sent = 0L;
        out.add(new SenderState(sent));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: numbered-queue-gap.lstep:15:1)
     */
    @Override
    public List<Command> start(SenderState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: numbered-queue-gap.lstep:15:1)
     */
    @Override
    public List<ActionSpec<SenderState>> actions() {
        return actions;
    }

    /**
     * The domain of parameter f of action Send, in the spec's canonical order. (spec: numbered-queue-gap.lstep:19:31)
     */
    public Set<Map<Long, Long>> sendDomainF(SenderState s) {
        return SpecValues.functionSet(SpecValues.setOf(0L), SpecValues.range(0L, 1L), "numbered-queue-gap.lstep:19:31");
    }

    /**
     * Whether auto action Send is enabled: each parameter in its domain and the guard holds. (spec: numbered-queue-gap.lstep:19:51)
     */
    public boolean enabledSend(SenderState s, Map<Long, Long> f) {
        return sendDomainF(s).contains(f) && guardSend(s, f);
    }

    /**
     * The guard of Send for parameters drawn from their domains. (spec: numbered-queue-gap.lstep:19:51)
     */
    private boolean guardSend(SenderState s, Map<Long, Long> f) {
        return s.sent() < 3L;
    }

    /**
     * Fires auto action Send (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: numbered-queue-gap.lstep:19:3)
     */
    public Step<SenderState> send(SenderState s, Map<Long, Long> f) {
        try {
            SenderState next = new SenderState(Math.addExact(s.sent(), 1L));
            return new Step<>(next, List.of(new Command.Send(new Data(self, constants.R(), s.sent(), (SpecValues.apply(f, 0L, "numbered-queue-gap.lstep:21:34") == 0L) ? SpecValues.seqOf() : SpecValues.seqOf(s.sent())))));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Send", "numbered-queue-gap.lstep:19:3");
        }
    }

    /**
     * The actions of role Sender as ActionSpecs, in spec order. (spec: numbered-queue-gap.lstep:15:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<SenderState>> specs() {
        List<ActionSpec<SenderState>> out = new ArrayList<>();
        ActionSpec.Param<SenderState> sendF = new ActionSpec.Param<>("f", (s, p, m) -> SpecValues.elements(sendDomainF(s)));
        ActionSpec.Guard<SenderState> sendGuard = (s, p, m) -> guardSend(s, (Map<Long, Long>) p.get(0));
        ActionSpec.Effect<SenderState> sendEffect = (s, p, m) -> send(s, (Map<Long, Long>) p.get(0));
        out.add(new ActionSpec<>("Send", Trigger.AUTO, null, 0L, 0L, List.of(sendF), sendGuard, sendEffect, "numbered-queue-gap.lstep:19:3"));
        return List.copyOf(out);
    }
}
