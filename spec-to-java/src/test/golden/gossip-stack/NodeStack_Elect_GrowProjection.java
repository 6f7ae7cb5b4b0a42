package gen.gossipstack;

import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Exchange Node.Stack_Elect_Grow as three messages' worth of pure functions (MiCA's f1/f2/f3): f3(s, peer, f2(peer, s2, f1(s, peer)).reply) and f2's state are the atomic update of the initiator and the receiver. (spec: gossip-stack.lstep:94:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "gossip-stack.lstep")
public final class NodeStack_Elect_GrowProjection {

    /**
     * Static functions only. (spec: gossip-stack.lstep:94:3)
     */
    private NodeStack_Elect_GrowProjection() {
    }

    /**
     * What f2 returns: the receiver's new state, and the reply, empty when the receiver's part of the guard is false (then the state is unchanged and no exchange happened). (spec: gossip-stack.lstep:94:3)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "gossip-stack.lstep")
    public static record Answer(NodeState state, Optional<Stack_Elect_GrowReply> reply) {
    }

    /**
     * Whether the initiator starts the exchange with {@code peer}: the guard's conjuncts that read no peer variable. (spec: gossip-stack.lstep:58:28)
     */
    public static boolean initiates(GossipStackConstants constants, NodeId self, NodeState s, NodeId peer) {
        return !peer.equals(self) && (SpecValues.max(SpecValues.setOf(0L, Math.subtractExact(SpecValues.min(SpecValues.setOf(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:58:37").contains(peer) ? Math.multiplyExact(3L, SpecValues.max(SpecValues.setOf((long) SpecValues.filter(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:76:44"), q -> q.equals(s.parent()) || s.kids().contains(q)).size(), 1L), "gossip-stack.lstep:94:3")) : 0L), "gossip-stack.lstep:94:3"), SpecValues.max(SpecValues.setOf(SpecValues.filter(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:76:44"), q2 -> q2.equals(s.parent()) || s.kids().contains(q2)).contains(peer) ? Math.multiplyExact(3L, SpecValues.max(SpecValues.setOf((long) SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:58:37").size(), 1L), "gossip-stack.lstep:94:3")) : 0L), "gossip-stack.lstep:94:3"))), "gossip-stack.lstep:94:3") > 0L);
    }

    /**
     * f1 at the initiator (call when initiates holds): msg1; the initiator's state is unchanged until f3. (spec: gossip-stack.lstep:94:3)
     */
    public static Stack_Elect_GrowRequest f1(GossipStackConstants constants, NodeId self, NodeState s, NodeId peer) {
        return new Stack_Elect_GrowRequest(self, s.leader(), s.parent(), s.root(), s.hops());
    }

    /**
     * f2 at the receiver {@code peer} in state {@code s}: the rest of the guard, then its new state and msg2 (its old values the initiator reads). (spec: gossip-stack.lstep:94:3)
     */
    public static Answer f2(GossipStackConstants constants, NodeId peer, NodeState s, Stack_Elect_GrowRequest msg1) {
        return new Answer(new NodeState(SpecValues.min(SpecValues.setOf(msg1.leader(), s.leader()), "gossip-stack.lstep:60:23"), constants.NewParent(peer, s.leader(), s.parent(), s.root(), s.hops(), msg1.initiator(), msg1.leader(), msg1.parent(), msg1.root(), msg1.hops()), constants.NewRoot(peer, s.leader(), s.parent(), s.root(), s.hops(), msg1.initiator(), msg1.leader(), msg1.parent(), msg1.root(), msg1.hops()), constants.NewHops(peer, s.leader(), s.parent(), s.root(), s.hops(), msg1.initiator(), msg1.leader(), msg1.parent(), msg1.root(), msg1.hops()), constants.NewParent(msg1.initiator(), msg1.leader(), msg1.parent(), msg1.root(), msg1.hops(), peer, s.leader(), s.parent(), s.root(), s.hops()).equals(peer) ? SpecValues.union(s.kids(), SpecValues.setOf(msg1.initiator())) : SpecValues.minus(s.kids(), SpecValues.setOf(msg1.initiator())), s.sub(), s.count(), s.label_()), Optional.of(new Stack_Elect_GrowReply(s.leader(), s.parent(), s.root(), s.hops())));
    }

    /**
     * f3 at the initiator: its new state from its state after f1 (its old state) and msg2. (spec: gossip-stack.lstep:94:3)
     */
    public static NodeState f3(GossipStackConstants constants, NodeId self, NodeState s, NodeId peer, Stack_Elect_GrowReply msg2) {
        return new NodeState(SpecValues.min(SpecValues.setOf(s.leader(), msg2.leader()), "gossip-stack.lstep:59:18"), constants.NewParent(self, s.leader(), s.parent(), s.root(), s.hops(), peer, msg2.leader(), msg2.parent(), msg2.root(), msg2.hops()), constants.NewRoot(self, s.leader(), s.parent(), s.root(), s.hops(), peer, msg2.leader(), msg2.parent(), msg2.root(), msg2.hops()), constants.NewHops(self, s.leader(), s.parent(), s.root(), s.hops(), peer, msg2.leader(), msg2.parent(), msg2.root(), msg2.hops()), constants.NewParent(peer, msg2.leader(), msg2.parent(), msg2.root(), msg2.hops(), self, s.leader(), s.parent(), s.root(), s.hops()).equals(self) ? SpecValues.union(s.kids(), SpecValues.setOf(peer)) : SpecValues.minus(s.kids(), SpecValues.setOf(peer)), s.sub(), s.count(), s.label_());
    }

    /**
     * The view's support: the peers the exchange may choose, in canonical order. (spec: gossip-stack.lstep:58:37)
     */
    public static Set<NodeId> view(GossipStackConstants constants, NodeId self, NodeState s) {
        return SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:58:37");
    }

    /**
     * The peer's weight in the view: the simulator and the runtime draw peers in proportion to it. (spec: gossip-stack.lstep:94:3)
     */
    public static long weight(GossipStackConstants constants, NodeId self, NodeState s, NodeId peer) {
        return SpecValues.max(SpecValues.setOf(0L, Math.subtractExact(SpecValues.min(SpecValues.setOf(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:58:37").contains(peer) ? Math.multiplyExact(3L, SpecValues.max(SpecValues.setOf((long) SpecValues.filter(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:76:44"), q -> q.equals(s.parent()) || s.kids().contains(q)).size(), 1L), "gossip-stack.lstep:94:3")) : 0L), "gossip-stack.lstep:94:3"), SpecValues.max(SpecValues.setOf(SpecValues.filter(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:76:44"), q2 -> q2.equals(s.parent()) || s.kids().contains(q2)).contains(peer) ? Math.multiplyExact(3L, SpecValues.max(SpecValues.setOf((long) SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:58:37").size(), 1L), "gossip-stack.lstep:94:3")) : 0L), "gossip-stack.lstep:94:3"))), "gossip-stack.lstep:94:3");
    }

    /**
     * The exchange for the runtime, at node {@code self}: its view, weights and rate (per round), and f1/f2/f3 over ITF messages. (spec: gossip-stack.lstep:94:3)
     */
    public static ExchangeSpec<NodeState> spec(GossipStackConstants constants, NodeId self) {
        return new ExchangeSpec<>("Stack_Elect_Grow", "gossip-stack.lstep:94:3", false, s -> SpecValues.elements(view(constants, self, s)), (s, peer) -> weight(constants, self, s, peer), s -> 1.0, (s, peer) -> initiates(constants, self, s, peer), (s, peer) -> f1(constants, self, s, peer), (s, msg1) -> answer(f2(constants, self, s, Stack_Elect_GrowRequest.fromItf(msg1))), (s, peer, msg2) -> f3(constants, self, s, peer, Stack_Elect_GrowReply.fromItf(msg2)));
    }

    /**
     * f2's answer for the runtime: no reply (null) when the receiver declines. (spec: gossip-stack.lstep:94:3)
     */
    private static ExchangeSpec.Answer<NodeState> answer(Answer a) {
        return new ExchangeSpec.Answer<>(a.state(), a.reply().orElse(null));
    }
}
