package gen.minfindercomposed;

import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Exchange Node.Both_ByAddr as three messages' worth of pure functions (MiCA's f1/f2/f3): f3(s, peer, f2(peer, s2, f1(s, peer)).reply) and f2's state are the atomic update of the initiator and the receiver. (spec: minfinder-composed.lstep:20:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
public final class NodeBoth_ByAddrProjection {

    /**
     * Static functions only. (spec: minfinder-composed.lstep:20:3)
     */
    private NodeBoth_ByAddrProjection() {
    }

    /**
     * What f2 returns: the receiver's new state, and the reply, empty when the receiver's part of the guard is false (then the state is unchanged and no exchange happened). (spec: minfinder-composed.lstep:20:8)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
    public static record Answer(NodeState state, Optional<Both_ByAddrReply> reply) {
    }

    /**
     * Whether the initiator starts the exchange with {@code peer}: the guard's conjuncts that read no peer variable. (spec: minfinder-composed.lstep:20:29)
     */
    public static boolean initiates(MinFinderComposedConstants constants, NodeId self, NodeState s, NodeId peer) {
        return !peer.equals(self) && ((SpecValues.minus(constants.Nodes(), SpecValues.setOf(self)).contains(peer) ? Math.subtractExact(Math.multiplyExact(1L, (long) SpecValues.minus(constants.Nodes(), SpecValues.setOf(self)).size()), SpecValues.min(SpecValues.setOf(Math.multiplyExact(1L, (long) SpecValues.minus(constants.Nodes(), SpecValues.setOf(self)).size()), Math.multiplyExact(1L, (long) SpecValues.minus(constants.Nodes(), SpecValues.setOf(self)).size())), "minfinder-composed.lstep:28:3")) : Math.multiplyExact(1L, (long) SpecValues.minus(constants.Nodes(), SpecValues.setOf(self)).size())) > 0L);
    }

    /**
     * f1 at the initiator (call when initiates holds): msg1; the initiator's state is unchanged until f3. (spec: minfinder-composed.lstep:20:8)
     */
    public static Both_ByAddrRequest f1(MinFinderComposedConstants constants, NodeId self, NodeState s, NodeId peer) {
        return new Both_ByAddrRequest(self, s.minAddr());
    }

    /**
     * f2 at the receiver {@code peer} in state {@code s}: the rest of the guard, then its new state and msg2 (its old values the initiator reads). (spec: minfinder-composed.lstep:20:8)
     */
    public static Answer f2(MinFinderComposedConstants constants, NodeId peer, NodeState s, Both_ByAddrRequest msg1) {
        return new Answer(new NodeState(SpecValues.min(SpecValues.setOf(msg1.minAddr(), s.minAddr()), "minfinder-composed.lstep:22:24"), s.minMem()), Optional.of(new Both_ByAddrReply(s.minAddr())));
    }

    /**
     * f3 at the initiator: its new state from its state after f1 (its old state) and msg2. (spec: minfinder-composed.lstep:20:8)
     */
    public static NodeState f3(MinFinderComposedConstants constants, NodeId self, NodeState s, NodeId peer, Both_ByAddrReply msg2) {
        return new NodeState(SpecValues.min(SpecValues.setOf(s.minAddr(), msg2.minAddr()), "minfinder-composed.lstep:21:19"), s.minMem());
    }

    /**
     * The view's support: the peers the exchange may choose, in canonical order. (spec: minfinder-composed.lstep:20:38)
     */
    public static Set<NodeId> view(MinFinderComposedConstants constants, NodeId self, NodeState s) {
        return SpecValues.minus(constants.Nodes(), SpecValues.setOf(self));
    }

    /**
     * The peer's weight in the view: the simulator and the runtime draw peers in proportion to it. (spec: minfinder-composed.lstep:28:3)
     */
    public static long weight(MinFinderComposedConstants constants, NodeId self, NodeState s, NodeId peer) {
        return SpecValues.minus(constants.Nodes(), SpecValues.setOf(self)).contains(peer) ? Math.subtractExact(Math.multiplyExact(1L, (long) SpecValues.minus(constants.Nodes(), SpecValues.setOf(self)).size()), SpecValues.min(SpecValues.setOf(Math.multiplyExact(1L, (long) SpecValues.minus(constants.Nodes(), SpecValues.setOf(self)).size()), Math.multiplyExact(1L, (long) SpecValues.minus(constants.Nodes(), SpecValues.setOf(self)).size())), "minfinder-composed.lstep:28:3")) : Math.multiplyExact(1L, (long) SpecValues.minus(constants.Nodes(), SpecValues.setOf(self)).size());
    }

    /**
     * The exchange for the runtime, at node {@code self}: its view, weights and rate (per round), and f1/f2/f3 over ITF messages. (spec: minfinder-composed.lstep:20:3)
     */
    public static ExchangeSpec<NodeState> spec(MinFinderComposedConstants constants, NodeId self) {
        return new ExchangeSpec<>("Both_ByAddr", "minfinder-composed.lstep:20:3", false, s -> SpecValues.elements(view(constants, self, s)), (s, peer) -> weight(constants, self, s, peer), s -> 1.0, (s, peer) -> initiates(constants, self, s, peer), (s, peer) -> f1(constants, self, s, peer), (s, msg1) -> answer(f2(constants, self, s, Both_ByAddrRequest.fromItf(msg1))), (s, peer, msg2) -> f3(constants, self, s, peer, Both_ByAddrReply.fromItf(msg2)));
    }

    /**
     * f2's answer for the runtime: no reply (null) when the receiver declines. (spec: minfinder-composed.lstep:20:8)
     */
    private static ExchangeSpec.Answer<NodeState> answer(Answer a) {
        return new ExchangeSpec.Answer<>(a.state(), a.reply().orElse(null));
    }
}
