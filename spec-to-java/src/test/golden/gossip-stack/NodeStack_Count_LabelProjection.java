package gen.gossipstack;

import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Exchange Node.Stack_Count_Label as three messages' worth of pure functions (MiCA's f1/f2/f3): f3(s, peer, f2(peer, s2, f1(s, peer)).reply) and f2's state are the atomic update of the initiator and the receiver. (spec: gossip-stack.lstep:94:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "gossip-stack.lstep")
public final class NodeStack_Count_LabelProjection {

    /**
     * Static functions only. (spec: gossip-stack.lstep:94:3)
     */
    private NodeStack_Count_LabelProjection() {
    }

    /**
     * What f2 returns: the receiver's new state, and the reply, empty when the receiver's part of the guard is false (then the state is unchanged and no exchange happened). (spec: gossip-stack.lstep:94:3)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "gossip-stack.lstep")
    public static record Answer(NodeState state, Optional<Stack_Count_LabelReply> reply) {
    }

    /**
     * Whether the initiator starts the exchange with {@code peer}: the guard's conjuncts that read no peer variable. (spec: gossip-stack.lstep:76:28)
     */
    public static boolean initiates(GossipStackConstants constants, NodeId self, NodeState s, NodeId peer) {
        return !peer.equals(self) && (SpecValues.max(SpecValues.setOf(0L, Math.subtractExact(SpecValues.min(SpecValues.setOf(SpecValues.filter(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:76:44"), q -> q.equals(s.parent()) || s.kids().contains(q)).contains(peer) ? Math.multiplyExact(3L, SpecValues.max(SpecValues.setOf((long) SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:58:37").size(), 1L), "gossip-stack.lstep:94:3")) : 0L), "gossip-stack.lstep:94:3"), SpecValues.max(SpecValues.setOf(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:58:37").contains(peer) ? Math.multiplyExact(3L, SpecValues.max(SpecValues.setOf((long) SpecValues.filter(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:76:44"), q2 -> q2.equals(s.parent()) || s.kids().contains(q2)).size(), 1L), "gossip-stack.lstep:94:3")) : 0L), "gossip-stack.lstep:94:3"))), "gossip-stack.lstep:94:3") > 0L);
    }

    /**
     * f1 at the initiator (call when initiates holds): msg1; the initiator's state is unchanged until f3. (spec: gossip-stack.lstep:94:3)
     */
    public static Stack_Count_LabelRequest f1(GossipStackConstants constants, NodeId self, NodeState s, NodeId peer) {
        return new Stack_Count_LabelRequest(self, s.kids(), s.sub(), s.count(), s.label_());
    }

    /**
     * f2 at the receiver {@code peer} in state {@code s}: the rest of the guard, then its new state and msg2 (its old values the initiator reads). (spec: gossip-stack.lstep:94:3)
     */
    public static Answer f2(GossipStackConstants constants, NodeId peer, NodeState s, Stack_Count_LabelRequest msg1) {
        return new Answer(new NodeState(s.leader(), s.parent(), s.root(), s.hops(), s.kids(), s.kids().contains(msg1.initiator()) ? SpecValues.except(s.sub(), msg1.initiator(), old -> msg1.count(), "gossip-stack.lstep:79:47") : s.sub(), SpecValues.min(SpecValues.setOf(constants.N(), Math.addExact(1L, constants.Total(s.kids().contains(msg1.initiator()) ? SpecValues.except(s.sub(), msg1.initiator(), old2 -> msg1.count(), "gossip-stack.lstep:80:67") : s.sub(), s.kids()))), "gossip-stack.lstep:80:22"), s.parent().equals(peer) ? 0L : (s.parent().equals(msg1.initiator()) ? SpecValues.min(SpecValues.setOf(constants.N(), Math.addExact(Math.addExact(msg1.label_(), 1L), constants.Total(msg1.sub(), SpecValues.filter(msg1.kids(), c -> SpecValues.apply(constants.Addr(), c, "gossip-stack.lstep:91:72") < SpecValues.apply(constants.Addr(), peer, "gossip-stack.lstep:91:82"))))), "gossip-stack.lstep:91:27") : s.label_())), Optional.of(new Stack_Count_LabelReply(s.kids(), s.sub(), s.count(), s.label_())));
    }

    /**
     * f3 at the initiator: its new state from its state after f1 (its old state) and msg2. (spec: gossip-stack.lstep:94:3)
     */
    public static NodeState f3(GossipStackConstants constants, NodeId self, NodeState s, NodeId peer, Stack_Count_LabelReply msg2) {
        return new NodeState(s.leader(), s.parent(), s.root(), s.hops(), s.kids(), s.kids().contains(peer) ? SpecValues.except(s.sub(), peer, old -> msg2.count(), "gossip-stack.lstep:77:37") : s.sub(), SpecValues.min(SpecValues.setOf(constants.N(), Math.addExact(1L, constants.Total(s.kids().contains(peer) ? SpecValues.except(s.sub(), peer, old2 -> msg2.count(), "gossip-stack.lstep:78:57") : s.sub(), s.kids()))), "gossip-stack.lstep:78:17"), s.parent().equals(self) ? 0L : (s.parent().equals(peer) ? SpecValues.min(SpecValues.setOf(constants.N(), Math.addExact(Math.addExact(msg2.label_(), 1L), constants.Total(msg2.sub(), SpecValues.filter(msg2.kids(), c -> SpecValues.apply(constants.Addr(), c, "gossip-stack.lstep:87:82") < SpecValues.apply(constants.Addr(), self, "gossip-stack.lstep:87:92"))))), "gossip-stack.lstep:87:22") : s.label_()));
    }

    /**
     * The view's support: the peers the exchange may choose, in canonical order. (spec: gossip-stack.lstep:76:37)
     */
    public static Set<NodeId> view(GossipStackConstants constants, NodeId self, NodeState s) {
        return SpecValues.filter(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:76:44"), q -> q.equals(s.parent()) || s.kids().contains(q));
    }

    /**
     * The peer's weight in the view: the simulator and the runtime draw peers in proportion to it. (spec: gossip-stack.lstep:94:3)
     */
    public static long weight(GossipStackConstants constants, NodeId self, NodeState s, NodeId peer) {
        return SpecValues.max(SpecValues.setOf(0L, Math.subtractExact(SpecValues.min(SpecValues.setOf(SpecValues.filter(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:76:44"), q -> q.equals(s.parent()) || s.kids().contains(q)).contains(peer) ? Math.multiplyExact(3L, SpecValues.max(SpecValues.setOf((long) SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:58:37").size(), 1L), "gossip-stack.lstep:94:3")) : 0L), "gossip-stack.lstep:94:3"), SpecValues.max(SpecValues.setOf(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:58:37").contains(peer) ? Math.multiplyExact(3L, SpecValues.max(SpecValues.setOf((long) SpecValues.filter(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:76:44"), q2 -> q2.equals(s.parent()) || s.kids().contains(q2)).size(), 1L), "gossip-stack.lstep:94:3")) : 0L), "gossip-stack.lstep:94:3"))), "gossip-stack.lstep:94:3");
    }

    /**
     * The exchange for the runtime, at node {@code self}: its view, weights and rate (per round), and f1/f2/f3 over ITF messages. (spec: gossip-stack.lstep:94:3)
     */
    public static ExchangeSpec<NodeState> spec(GossipStackConstants constants, NodeId self) {
        return new ExchangeSpec<>("Stack_Count_Label", "gossip-stack.lstep:94:3", false, s -> SpecValues.elements(view(constants, self, s)), (s, peer) -> weight(constants, self, s, peer), s -> 1.0, (s, peer) -> initiates(constants, self, s, peer), (s, peer) -> f1(constants, self, s, peer), (s, msg1) -> answer(f2(constants, self, s, Stack_Count_LabelRequest.fromItf(msg1))), (s, peer, msg2) -> f3(constants, self, s, peer, Stack_Count_LabelReply.fromItf(msg2)));
    }

    /**
     * f2's answer for the runtime: no reply (null) when the receiver declines. (spec: gossip-stack.lstep:94:3)
     */
    private static ExchangeSpec.Answer<NodeState> answer(Answer a) {
        return new ExchangeSpec.Answer<>(a.state(), a.reply().orElse(null));
    }
}
