package gen.leadertree;

import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Exchange Leader.Elect as three messages' worth of pure functions (MiCA's f1/f2/f3): f3(s, peer, f2(peer, s2, f1(s, peer)).reply) and f2's state are the atomic update of the initiator and the receiver. (spec: leader-tree.lstep:19:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public final class LeaderElectProjection {

    /**
     * Static functions only. (spec: leader-tree.lstep:19:3)
     */
    private LeaderElectProjection() {
    }

    /**
     * What f2 returns: the receiver's new state, and the reply, empty when the receiver's part of the guard is false (then the state is unchanged and no exchange happened). (spec: leader-tree.lstep:19:8)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
    public static record Answer(LeaderState state, Optional<ElectReply> reply) {
    }

    /**
     * Whether the initiator starts the exchange with {@code peer}: the guard's conjuncts that read no peer variable. (spec: leader-tree.lstep:19:28)
     */
    public static boolean initiates(LeaderTreeConstants constants, NodeId self, LeaderState s, NodeId peer) {
        return !peer.equals(self);
    }

    /**
     * f1 at the initiator (call when initiates holds): msg1; the initiator's state is unchanged until f3. (spec: leader-tree.lstep:19:8)
     */
    public static ElectRequest f1(LeaderTreeConstants constants, NodeId self, LeaderState s, NodeId peer) {
        return new ElectRequest(self, s.leader());
    }

    /**
     * f2 at the receiver {@code peer} in state {@code s}: the rest of the guard, then its new state and msg2 (its old values the initiator reads). (spec: leader-tree.lstep:19:8)
     */
    public static Answer f2(LeaderTreeConstants constants, NodeId peer, LeaderState s, ElectRequest msg1) {
        return new Answer(new LeaderState(SpecValues.min(SpecValues.setOf(msg1.leader(), s.leader()), "leader-tree.lstep:21:23")), Optional.of(new ElectReply(s.leader())));
    }

    /**
     * f3 at the initiator: its new state from its state after f1 (its old state) and msg2. (spec: leader-tree.lstep:19:8)
     */
    public static LeaderState f3(LeaderTreeConstants constants, NodeId self, LeaderState s, NodeId peer, ElectReply msg2) {
        return new LeaderState(SpecValues.min(SpecValues.setOf(s.leader(), msg2.leader()), "leader-tree.lstep:20:18"));
    }

    /**
     * The view's support: the peers the exchange may choose, in canonical order. (spec: leader-tree.lstep:19:37)
     */
    public static Set<NodeId> view(LeaderTreeConstants constants, NodeId self, LeaderState s) {
        return SpecValues.apply(constants.Links(), self, "leader-tree.lstep:19:37");
    }

    /**
     * The exchange for the runtime, at node {@code self}: its view, weights and rate (per round), and f1/f2/f3 over ITF messages. (spec: leader-tree.lstep:19:3)
     */
    public static ExchangeSpec<LeaderState> spec(LeaderTreeConstants constants, NodeId self) {
        return new ExchangeSpec<>("Elect", "leader-tree.lstep:19:3", false, s -> SpecValues.elements(view(constants, self, s)), (s, peer) -> 1L, s -> 1.0, (s, peer) -> initiates(constants, self, s, peer), (s, peer) -> f1(constants, self, s, peer), (s, msg1) -> answer(f2(constants, self, s, ElectRequest.fromItf(msg1))), (s, peer, msg2) -> f3(constants, self, s, peer, ElectReply.fromItf(msg2)));
    }

    /**
     * f2's answer for the runtime: no reply (null) when the receiver declines. (spec: leader-tree.lstep:19:8)
     */
    private static ExchangeSpec.Answer<LeaderState> answer(Answer a) {
        return new ExchangeSpec.Answer<>(a.state(), a.reply().orElse(null));
    }
}
