package dev.lockstep.runtime.node;

import dev.lockstep.runtime.api.NodeId;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Resolves the nondeterminism the spec leaves to the implementation: which enabled action binding a node fires
 * when several are possible (action parameters, several {@code on receive} actions for one message, several initial
 * states). The application supplies it; the default is seeded random, so that simulations are reproducible.
 * Called only from the node's own thread.
 */
@FunctionalInterface
public interface Chooser {
    /**
     * @param options the enabled bindings, never empty, in spec order (actions) and canonical order (parameters)
     * @return the index of the option to fire
     */
    int choose(NodeId node, List<Binding> options);

    /**
     * The parameters this chooser would pick for timer action {@code action} when its timer expires, or null to be
     * asked with every enabled binding ({@link #choose}). A proposal is fired only if it lies in the parameters'
     * domains and the guard holds (otherwise the bindings are enumerated as usual), so it is always a binding the
     * spec allows; it spares enumerating a large domain (a Raft leader's {@code Replicate(p \in 0..Len(log))}).
     */
    default List<Object> proposeTimer(NodeId node, String action) {
        return null;
    }

    /** Always the first option: the least parameters in canonical order, the first action in spec order. */
    Chooser FIRST = (node, options) -> 0;

    /** Uniformly random, from a seed; deterministic given the seed and the sequence of calls. */
    static Chooser random(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return (node, options) -> options.size() == 1 ? 0 : random.nextInt(options.size());
    }
}
