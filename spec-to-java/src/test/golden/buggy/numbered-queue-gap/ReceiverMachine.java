package gen.numberedqueue;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.SpecValues;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.api.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Role Receiver of protocol NumberedQueue for one node: pure functions of the local state; commands are returned as data. (spec: numbered-queue-gap.lstep:24:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "numbered-queue-gap.lstep")
public final class ReceiverMachine implements RoleMachine<ReceiverState> {

    private final NumberedQueueConstants constants;

    private final NodeId self;

    private final List<ActionSpec<ReceiverState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: numbered-queue-gap.lstep:24:1)
     */
    public ReceiverMachine(NumberedQueueConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: numbered-queue-gap.lstep:24:1)
     */
    @Override
    public String role() {
        return "Receiver";
    }

    /**
     * The node this machine runs. (spec: numbered-queue-gap.lstep:24:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: numbered-queue-gap.lstep:24:1)
     */
    @Override
    public List<ReceiverState> initialStates() {
        List<ReceiverState> out = new ArrayList<>();
        List<Long> last = SpecValues.seqOf();
        out.add(new ReceiverState(last));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: numbered-queue-gap.lstep:24:1)
     */
    @Override
    public List<Command> start(ReceiverState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: numbered-queue-gap.lstep:24:1)
     */
    @Override
    public List<ActionSpec<ReceiverState>> actions() {
        return actions;
    }

    /**
     * Whether on receive Data action ReceiveData is enabled. (spec: numbered-queue-gap.lstep:27:22)
     */
    public boolean enabledReceiveData(ReceiverState s, Data m) {
        return true;
    }

    /**
     * Fires on receive Data action ReceiveData (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: numbered-queue-gap.lstep:27:3)
     */
    public Step<ReceiverState> receiveData(ReceiverState s, Data m) {
        ReceiverState next = new ReceiverState(SpecValues.seqOf(m.n()));
        return new Step<>(next, List.of());
    }

    /**
     * The actions of role Receiver as ActionSpecs, in spec order. (spec: numbered-queue-gap.lstep:24:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<ReceiverState>> specs() {
        List<ActionSpec<ReceiverState>> out = new ArrayList<>();
        ActionSpec.Guard<ReceiverState> receiveDataGuard = (s, p, m) -> enabledReceiveData(s, (Data) m);
        ActionSpec.Effect<ReceiverState> receiveDataEffect = (s, p, m) -> receiveData(s, (Data) m);
        out.add(new ActionSpec<>("ReceiveData", Trigger.ON_RECEIVE, "Data", 0L, 0L, List.of(), receiveDataGuard, receiveDataEffect, "numbered-queue-gap.lstep:27:3"));
        return List.copyOf(out);
    }
}
