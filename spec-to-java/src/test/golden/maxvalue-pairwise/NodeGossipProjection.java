package gen.maxvaluepairwise;

import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Exchange Node.Gossip as three messages' worth of pure functions (MiCA's f1/f2/f3): f3(s, peer, f2(peer, s2, f1(s, peer)).reply) and f2's state are the atomic update of the initiator and the receiver. (spec: maxvalue-pairwise.lstep:16:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "maxvalue-pairwise.lstep")
public final class NodeGossipProjection {

    /**
     * Static functions only. (spec: maxvalue-pairwise.lstep:16:3)
     */
    private NodeGossipProjection() {
    }

    /**
     * What f2 returns: the receiver's new state, and the reply, empty when the receiver's part of the guard is false (then the state is unchanged and no exchange happened). (spec: maxvalue-pairwise.lstep:16:8)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "maxvalue-pairwise.lstep")
    public static record Answer(NodeState state, Optional<GossipReply> reply) {
    }

    /**
     * Whether the initiator starts the exchange with {@code peer}: the guard's conjuncts that read no peer variable. (spec: maxvalue-pairwise.lstep:16:29)
     */
    public static boolean initiates(MaxValuePairwiseConstants constants, NodeId self, NodeState s, NodeId peer) {
        return !peer.equals(self);
    }

    /**
     * f1 at the initiator (call when initiates holds): msg1; the initiator's state is unchanged until f3. (spec: maxvalue-pairwise.lstep:16:8)
     */
    public static GossipRequest f1(MaxValuePairwiseConstants constants, NodeId self, NodeState s, NodeId peer) {
        return new GossipRequest(self, s.val());
    }

    /**
     * f2 at the receiver {@code peer} in state {@code s}: the rest of the guard, then its new state and msg2 (its old values the initiator reads). (spec: maxvalue-pairwise.lstep:16:8)
     */
    public static Answer f2(MaxValuePairwiseConstants constants, NodeId peer, NodeState s, GossipRequest msg1) {
        return new Answer(new NodeState(s.init(), SpecValues.max(SpecValues.setOf(msg1.val(), s.val()), "maxvalue-pairwise.lstep:18:20")), Optional.of(new GossipReply(s.val())));
    }

    /**
     * f3 at the initiator: its new state from its state after f1 (its old state) and msg2. (spec: maxvalue-pairwise.lstep:16:8)
     */
    public static NodeState f3(MaxValuePairwiseConstants constants, NodeId self, NodeState s, NodeId peer, GossipReply msg2) {
        return new NodeState(s.init(), SpecValues.max(SpecValues.setOf(s.val(), msg2.val()), "maxvalue-pairwise.lstep:17:15"));
    }

    /**
     * The view's support: the peers the exchange may choose, in canonical order. (spec: maxvalue-pairwise.lstep:16:38)
     */
    public static Set<NodeId> view(MaxValuePairwiseConstants constants, NodeId self, NodeState s) {
        return SpecValues.minus(constants.Nodes(), SpecValues.setOf(self));
    }

    /**
     * The exchange for the runtime, at node {@code self}: its view, weights and rate (per round), and f1/f2/f3 over ITF messages. (spec: maxvalue-pairwise.lstep:16:3)
     */
    public static ExchangeSpec<NodeState> spec(MaxValuePairwiseConstants constants, NodeId self) {
        return new ExchangeSpec<>("Gossip", "maxvalue-pairwise.lstep:16:3", false, s -> SpecValues.elements(view(constants, self, s)), (s, peer) -> 1L, s -> 1.0, (s, peer) -> initiates(constants, self, s, peer), (s, peer) -> f1(constants, self, s, peer), (s, msg1) -> answer(f2(constants, self, s, GossipRequest.fromItf(msg1))), (s, peer, msg2) -> f3(constants, self, s, peer, GossipReply.fromItf(msg2)));
    }

    /**
     * f2's answer for the runtime: no reply (null) when the receiver declines. (spec: maxvalue-pairwise.lstep:16:8)
     */
    private static ExchangeSpec.Answer<NodeState> answer(Answer a) {
        return new ExchangeSpec.Answer<>(a.state(), a.reply().orElse(null));
    }
}
