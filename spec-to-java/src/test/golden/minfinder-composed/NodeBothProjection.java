package gen.minfindercomposed;

import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Exchange Node.Both as three messages' worth of pure functions (MiCA's f1/f2/f3): f3(s, peer, f2(peer, s2, f1(s, peer)).reply) and f2's state are the atomic update of the initiator and the receiver. (spec: minfinder-composed.lstep:28:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
public final class NodeBothProjection {

    /**
     * Static functions only. (spec: minfinder-composed.lstep:28:3)
     */
    private NodeBothProjection() {
    }

    /**
     * What f2 returns: the receiver's new state, and the reply, empty when the receiver's part of the guard is false (then the state is unchanged and no exchange happened). (spec: minfinder-composed.lstep:28:3)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
    public static record Answer(NodeState state, Optional<BothReply> reply) {
    }

    /**
     * Whether the initiator starts the exchange with {@code peer}: the guard's conjuncts that read no peer variable. (spec: minfinder-composed.lstep:20:29)
     */
    public static boolean initiates(MinFinderComposedConstants constants, NodeId self, NodeState s, NodeId peer) {
        return !peer.equals(self);
    }

    /**
     * f1 at the initiator (call when initiates holds): msg1; the initiator's state is unchanged until f3. (spec: minfinder-composed.lstep:28:3)
     */
    public static BothRequest f1(MinFinderComposedConstants constants, NodeId self, NodeState s, NodeId peer) {
        return new BothRequest(self, s.minAddr(), s.minMem());
    }

    /**
     * f2 at the receiver {@code peer} in state {@code s}: the rest of the guard, then its new state and msg2 (its old values the initiator reads). (spec: minfinder-composed.lstep:28:3)
     */
    public static Answer f2(MinFinderComposedConstants constants, NodeId peer, NodeState s, BothRequest msg1) {
        return new Answer(new NodeState(SpecValues.min(SpecValues.setOf(msg1.minAddr(), s.minAddr()), "minfinder-composed.lstep:22:24"), SpecValues.min(SpecValues.setOf(msg1.minMem(), s.minMem()), "minfinder-composed.lstep:26:23")), Optional.of(new BothReply(s.minAddr(), s.minMem())));
    }

    /**
     * f3 at the initiator: its new state from its state after f1 (its old state) and msg2. (spec: minfinder-composed.lstep:28:3)
     */
    public static NodeState f3(MinFinderComposedConstants constants, NodeId self, NodeState s, NodeId peer, BothReply msg2) {
        return new NodeState(SpecValues.min(SpecValues.setOf(s.minAddr(), msg2.minAddr()), "minfinder-composed.lstep:21:19"), SpecValues.min(SpecValues.setOf(s.minMem(), msg2.minMem()), "minfinder-composed.lstep:25:18"));
    }

    /**
     * The view's support: the peers the exchange may choose, in canonical order. (spec: minfinder-composed.lstep:28:3)
     */
    public static Set<NodeId> view(MinFinderComposedConstants constants, NodeId self, NodeState s) {
        return SpecValues.intersect(SpecValues.minus(constants.Nodes(), SpecValues.setOf(self)), SpecValues.minus(constants.Nodes(), SpecValues.setOf(self)));
    }

    /**
     * The exchange for the runtime, at node {@code self}: its view, weights and rate (per round), and f1/f2/f3 over ITF messages. (spec: minfinder-composed.lstep:28:3)
     */
    public static ExchangeSpec<NodeState> spec(MinFinderComposedConstants constants, NodeId self) {
        return new ExchangeSpec<>("Both", "minfinder-composed.lstep:28:3", false, s -> SpecValues.elements(view(constants, self, s)), (s, peer) -> 1L, s -> 1.0, (s, peer) -> initiates(constants, self, s, peer), (s, peer) -> f1(constants, self, s, peer), (s, msg1) -> answer(f2(constants, self, s, BothRequest.fromItf(msg1))), (s, peer, msg2) -> f3(constants, self, s, peer, BothReply.fromItf(msg2)));
    }

    /**
     * f2's answer for the runtime: no reply (null) when the receiver declines. (spec: minfinder-composed.lstep:28:3)
     */
    private static ExchangeSpec.Answer<NodeState> answer(Answer a) {
        return new ExchangeSpec.Answer<>(a.state(), a.reply().orElse(null));
    }
}
