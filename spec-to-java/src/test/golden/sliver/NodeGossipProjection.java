package gen.sliver;

import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Exchange Node.Gossip as three messages' worth of pure functions (MiCA's f1/f2/f3): f3(s, peer, f2(peer, s2, f1(s, peer)).reply) and f2's state are the atomic update of the initiator and the receiver. (spec: sliver.lstep:24:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver.lstep")
public final class NodeGossipProjection {

    /**
     * Static functions only. (spec: sliver.lstep:24:3)
     */
    private NodeGossipProjection() {
    }

    /**
     * What f2 returns: the receiver's new state, and the reply, empty when the receiver's part of the guard is false (then the state is unchanged and no exchange happened). (spec: sliver.lstep:24:8)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver.lstep")
    public static record Answer(NodeState state, Optional<GossipReply> reply) {
    }

    /**
     * Whether the initiator starts the exchange with {@code peer}: the guard's conjuncts that read no peer variable. (spec: sliver.lstep:24:29)
     */
    public static boolean initiates(SliverConstants constants, NodeId self, NodeState s, NodeId peer) {
        return !peer.equals(self);
    }

    /**
     * f1 at the initiator (call when initiates holds): msg1; the initiator's state is unchanged until f3. (spec: sliver.lstep:24:8)
     */
    public static GossipRequest f1(SliverConstants constants, NodeId self, NodeState s, NodeId peer) {
        return new GossipRequest(self);
    }

    /**
     * f2 at the receiver {@code peer} in state {@code s}: the rest of the guard, then its new state and msg2 (its old values the initiator reads). (spec: sliver.lstep:24:8)
     */
    public static Answer f2(SliverConstants constants, NodeId peer, NodeState s, GossipRequest msg1) {
        return new Answer(new NodeState(s.now(), SpecValues.merge(SpecValues.singletonMap(msg1.initiator(), s.now()), s.rumors())), Optional.of(new GossipReply()));
    }

    /**
     * f3 at the initiator: its new state from its state after f1 (its old state) and msg2. (spec: sliver.lstep:24:8)
     */
    public static NodeState f3(SliverConstants constants, NodeId self, NodeState s, NodeId peer, GossipReply msg2) {
        return new NodeState(s.now(), s.rumors());
    }

    /**
     * The view's support: the peers the exchange may choose, in canonical order. (spec: sliver.lstep:24:38)
     */
    public static Set<NodeId> view(SliverConstants constants, NodeId self, NodeState s) {
        return SpecValues.minus(constants.Nodes(), SpecValues.setOf(self));
    }

    /**
     * The exchange for the runtime, at node {@code self}: its view, weights and rate (per round), and f1/f2/f3 over ITF messages. (spec: sliver.lstep:24:3)
     */
    public static ExchangeSpec<NodeState> spec(SliverConstants constants, NodeId self) {
        return new ExchangeSpec<>("Gossip", "sliver.lstep:24:3", false, s -> SpecValues.elements(view(constants, self, s)), (s, peer) -> 1L, s -> 1.0, (s, peer) -> initiates(constants, self, s, peer), (s, peer) -> f1(constants, self, s, peer), (s, msg1) -> answer(f2(constants, self, s, GossipRequest.fromItf(msg1))), (s, peer, msg2) -> f3(constants, self, s, peer, GossipReply.fromItf(msg2)));
    }

    /**
     * f2's answer for the runtime: no reply (null) when the receiver declines. (spec: sliver.lstep:24:8)
     */
    private static ExchangeSpec.Answer<NodeState> answer(Answer a) {
        return new ExchangeSpec.Answer<>(a.state(), a.reply().orElse(null));
    }
}
