package gen.minaddressleader;

import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Exchange Node.Elect as three messages' worth of pure functions (MiCA's f1/f2/f3): f3(s, peer, f2(peer, s2, f1(s, peer)).reply) and f2's state are the atomic update of the initiator and the receiver. (spec: min-address-leader.lstep:19:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "min-address-leader.lstep")
public final class NodeElectProjection {

    /**
     * Static functions only. (spec: min-address-leader.lstep:19:3)
     */
    private NodeElectProjection() {
    }

    /**
     * What f2 returns: the receiver's new state, and the reply, empty when the receiver's part of the guard is false (then the state is unchanged and no exchange happened). (spec: min-address-leader.lstep:19:8)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "min-address-leader.lstep")
    public static record Answer(NodeState state, Optional<ElectReply> reply) {
    }

    /**
     * Whether the initiator starts the exchange with {@code peer}: the guard's conjuncts that read no peer variable. (spec: min-address-leader.lstep:19:28)
     */
    public static boolean initiates(MinAddressLeaderConstants constants, NodeId self, NodeState s, NodeId peer) {
        return !peer.equals(self);
    }

    /**
     * f1 at the initiator (call when initiates holds): msg1; the initiator's state is unchanged until f3. (spec: min-address-leader.lstep:19:8)
     */
    public static ElectRequest f1(MinAddressLeaderConstants constants, NodeId self, NodeState s, NodeId peer) {
        return new ElectRequest(self, s.leader());
    }

    /**
     * f2 at the receiver {@code peer} in state {@code s}: the rest of the guard, then its new state and msg2 (its old values the initiator reads). (spec: min-address-leader.lstep:19:8)
     */
    public static Answer f2(MinAddressLeaderConstants constants, NodeId peer, NodeState s, ElectRequest msg1) {
        return new Answer(new NodeState((msg1.leader() > s.leader()) ? s.leader() : msg1.leader()), Optional.of(new ElectReply(s.leader())));
    }

    /**
     * f3 at the initiator: its new state from its state after f1 (its old state) and msg2. (spec: min-address-leader.lstep:19:8)
     */
    public static NodeState f3(MinAddressLeaderConstants constants, NodeId self, NodeState s, NodeId peer, ElectReply msg2) {
        return new NodeState((s.leader() > msg2.leader()) ? msg2.leader() : s.leader());
    }

    /**
     * The view's support: the peers the exchange may choose, in canonical order. (spec: min-address-leader.lstep:19:37)
     */
    public static Set<NodeId> view(MinAddressLeaderConstants constants, NodeId self, NodeState s) {
        return SpecValues.apply(constants.Links(), self, "min-address-leader.lstep:19:37");
    }

    /**
     * The exchange for the runtime, at node {@code self}: its view, weights and rate (per round), and f1/f2/f3 over ITF messages. (spec: min-address-leader.lstep:19:3)
     */
    public static ExchangeSpec<NodeState> spec(MinAddressLeaderConstants constants, NodeId self) {
        return new ExchangeSpec<>("Elect", "min-address-leader.lstep:19:3", false, s -> SpecValues.elements(view(constants, self, s)), (s, peer) -> 1L, s -> 1.0, (s, peer) -> initiates(constants, self, s, peer), (s, peer) -> f1(constants, self, s, peer), (s, msg1) -> answer(f2(constants, self, s, ElectRequest.fromItf(msg1))), (s, peer, msg2) -> f3(constants, self, s, peer, ElectReply.fromItf(msg2)));
    }

    /**
     * f2's answer for the runtime: no reply (null) when the receiver declines. (spec: min-address-leader.lstep:19:8)
     */
    private static ExchangeSpec.Answer<NodeState> answer(Answer a) {
        return new ExchangeSpec.Answer<>(a.state(), a.reply().orElse(null));
    }
}
