package gen.minfinderepochoperator;

import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Exchange Node.Pipelined as three messages' worth of pure functions (MiCA's f1/f2/f3): f3(s, peer, f2(peer, s2, f1(s, peer)).reply) and f2's state are the atomic update of the initiator and the receiver. (spec: minfinder-epoch-operator.lstep:20:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch-operator.lstep")
public final class NodePipelinedProjection {

    /**
     * Static functions only. (spec: minfinder-epoch-operator.lstep:20:3)
     */
    private NodePipelinedProjection() {
    }

    /**
     * What f2 returns: the receiver's new state, and the reply, empty when the receiver's part of the guard is false (then the state is unchanged and no exchange happened). (spec: minfinder-epoch-operator.lstep:20:8)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch-operator.lstep")
    public static record Answer(NodeState state, Optional<PipelinedReply> reply) {
    }

    /**
     * Whether the initiator starts the exchange with {@code peer}: the guard's conjuncts that read no peer variable. (spec: minfinder-epoch-operator.lstep:27:3)
     */
    public static boolean initiates(MinFinderEpochOperatorConstants constants, NodeId self, NodeState s, NodeId peer) {
        return !peer.equals(self) && s.alive();
    }

    /**
     * f1 at the initiator (call when initiates holds): msg1; the initiator's state is unchanged until f3. (spec: minfinder-epoch-operator.lstep:20:8)
     */
    public static PipelinedRequest f1(MinFinderEpochOperatorConstants constants, NodeId self, NodeState s, NodeId peer) {
        return new PipelinedRequest(self, s.cur(), s.Pipelined_epoch(), s.Pipelined_cur());
    }

    /**
     * f2 at the receiver {@code peer} in state {@code s}: the rest of the guard, then its new state and msg2 (its old values the initiator reads). (spec: minfinder-epoch-operator.lstep:20:8)
     */
    public static Answer f2(MinFinderEpochOperatorConstants constants, NodeId peer, NodeState s, PipelinedRequest msg1) {
        if (!(s.alive() && (msg1.Pipelined_epoch() == s.Pipelined_epoch()))) {
            return new Answer(s, Optional.empty());
        }
        return new Answer(new NodeState(s.init(), s.alive(), SpecValues.min(SpecValues.setOf(msg1.cur(), s.cur()), "minfinder-epoch-operator.lstep:23:20"), s.Pipelined_epoch(), SpecValues.min(SpecValues.setOf(msg1.Pipelined_cur(), s.Pipelined_cur()), "minfinder-epoch-operator.lstep:23:20")), Optional.of(new PipelinedReply(s.cur(), s.Pipelined_cur())));
    }

    /**
     * f3 at the initiator: its new state from its state after f1 (its old state) and msg2. (spec: minfinder-epoch-operator.lstep:20:8)
     */
    public static NodeState f3(MinFinderEpochOperatorConstants constants, NodeId self, NodeState s, NodeId peer, PipelinedReply msg2) {
        return new NodeState(s.init(), s.alive(), SpecValues.min(SpecValues.setOf(s.cur(), msg2.cur()), "minfinder-epoch-operator.lstep:22:15"), s.Pipelined_epoch(), SpecValues.min(SpecValues.setOf(s.Pipelined_cur(), msg2.Pipelined_cur()), "minfinder-epoch-operator.lstep:22:15"));
    }

    /**
     * The view's support: the peers the exchange may choose, in canonical order. (spec: minfinder-epoch-operator.lstep:20:38)
     */
    public static Set<NodeId> view(MinFinderEpochOperatorConstants constants, NodeId self, NodeState s) {
        return SpecValues.minus(constants.Nodes(), SpecValues.setOf(self));
    }

    /**
     * The exchange for the runtime, at node {@code self}: its view, weights and rate (per round), and f1/f2/f3 over ITF messages. (spec: minfinder-epoch-operator.lstep:20:3)
     */
    public static ExchangeSpec<NodeState> spec(MinFinderEpochOperatorConstants constants, NodeId self) {
        return new ExchangeSpec<>("Pipelined", "minfinder-epoch-operator.lstep:20:3", false, s -> SpecValues.elements(view(constants, self, s)), (s, peer) -> 1L, s -> 1.0, (s, peer) -> initiates(constants, self, s, peer), (s, peer) -> f1(constants, self, s, peer), (s, msg1) -> answer(f2(constants, self, s, PipelinedRequest.fromItf(msg1))), (s, peer, msg2) -> f3(constants, self, s, peer, PipelinedReply.fromItf(msg2)));
    }

    /**
     * f2's answer for the runtime: no reply (null) when the receiver declines. (spec: minfinder-epoch-operator.lstep:20:8)
     */
    private static ExchangeSpec.Answer<NodeState> answer(Answer a) {
        return new ExchangeSpec.Answer<>(a.state(), a.reply().orElse(null));
    }
}
