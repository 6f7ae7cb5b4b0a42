package gen.leadertree;

import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import dev.lockstep.runtime.api.Layers;

/**
 * Exchange Tree.Grow as three messages' worth of pure functions (MiCA's f1/f2/f3): f3(s, peer, f2(peer, s2, f1(s, peer)).reply) and f2's state are the atomic update of the initiator and the receiver. (spec: leader-tree.lstep:31:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public final class TreeGrowProjection {

    /**
     * Static functions only. (spec: leader-tree.lstep:31:3)
     */
    private TreeGrowProjection() {
    }

    /**
     * What f2 returns: the receiver's new state, and the reply, empty when the receiver's part of the guard is false (then the state is unchanged and no exchange happened). (spec: leader-tree.lstep:31:8)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
    public static record Answer(TreeState state, Optional<GrowReply> reply) {
    }

    /**
     * Whether the initiator starts the exchange with {@code peer}: the guard's conjuncts that read no peer variable. (spec: leader-tree.lstep:31:27)
     */
    public static boolean initiates(LeaderTreeConstants constants, Layers layers, NodeId self, TreeState s, NodeId peer) {
        return !peer.equals(self);
    }

    /**
     * f1 at the initiator (call when initiates holds): msg1; the initiator's state is unchanged until f3. (spec: leader-tree.lstep:31:8)
     */
    public static GrowRequest f1(LeaderTreeConstants constants, Layers layers, NodeId self, TreeState s, NodeId peer) {
        return new GrowRequest(self);
    }

    /**
     * f2 at the receiver {@code peer} in state {@code s}: the rest of the guard, then its new state and msg2 (its old values the initiator reads). (spec: leader-tree.lstep:31:8)
     */
    public static Answer f2(LeaderTreeConstants constants, Layers layers, NodeId peer, TreeState s, GrowRequest msg1) {
        return new Answer(new TreeState(s.root(), s.dist()), Optional.of(new GrowReply(s.root(), s.dist())));
    }

    /**
     * f3 at the initiator: its new state from its state after f1 (its old state) and msg2. (spec: leader-tree.lstep:31:8)
     */
    public static TreeState f3(LeaderTreeConstants constants, Layers layers, NodeId self, TreeState s, NodeId peer, GrowReply msg2) {
        return new TreeState((SpecValues.apply(constants.Addr(), self, "leader-tree.lstep:32:19") == ((LeaderState) layers.state("Leader")).leader()) ? SpecValues.apply(constants.Addr(), self, "leader-tree.lstep:32:57") : (((msg2.root() == ((LeaderState) layers.state("Leader")).leader()) && (!(s.root() == ((LeaderState) layers.state("Leader")).leader()) || (Math.addExact(msg2.dist(), 1L) < s.dist()))) ? msg2.root() : s.root()), (SpecValues.apply(constants.Addr(), self, "leader-tree.lstep:35:19") == ((LeaderState) layers.state("Leader")).leader()) ? 0L : (((msg2.root() == ((LeaderState) layers.state("Leader")).leader()) && (!(s.root() == ((LeaderState) layers.state("Leader")).leader()) || (Math.addExact(msg2.dist(), 1L) < s.dist()))) ? SpecValues.min(SpecValues.setOf(Math.addExact(msg2.dist(), 1L), constants.Far()), "leader-tree.lstep:37:21") : s.dist()));
    }

    /**
     * The view's support: the peers the exchange may choose, in canonical order. (spec: leader-tree.lstep:31:36)
     */
    public static Set<NodeId> view(LeaderTreeConstants constants, Layers layers, NodeId self, TreeState s) {
        return SpecValues.apply(constants.Links(), self, "leader-tree.lstep:31:36");
    }

    /**
     * The exchange for the runtime, at node {@code self}: its view, weights and rate (per round), and f1/f2/f3 over ITF messages. (spec: leader-tree.lstep:31:3)
     */
    public static ExchangeSpec<TreeState> spec(LeaderTreeConstants constants, Layers layers, NodeId self) {
        return new ExchangeSpec<>("Grow", "leader-tree.lstep:31:3", false, s -> SpecValues.elements(view(constants, layers, self, s)), (s, peer) -> 1L, s -> 1.0, (s, peer) -> initiates(constants, layers, self, s, peer), (s, peer) -> f1(constants, layers, self, s, peer), (s, msg1) -> answer(f2(constants, layers, self, s, GrowRequest.fromItf(msg1))), (s, peer, msg2) -> f3(constants, layers, self, s, peer, GrowReply.fromItf(msg2)));
    }

    /**
     * f2's answer for the runtime: no reply (null) when the receiver declines. (spec: leader-tree.lstep:31:8)
     */
    private static ExchangeSpec.Answer<TreeState> answer(Answer a) {
        return new ExchangeSpec.Answer<>(a.state(), a.reply().orElse(null));
    }
}
