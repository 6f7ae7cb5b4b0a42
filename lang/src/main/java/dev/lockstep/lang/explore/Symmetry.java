package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.SymmetricSets;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.NodePermutation;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Symmetry reduction (docs/language.md, section 13): the group of all permutations of the nodes of each symmetric
 * set of a model (their product, as TLC forms it from {@code SYMMETRY}), and the canonical representative of a
 * state's orbit under it, which the explorer uses as the key of its store. The representative is the least
 * permuted state, comparing slot arrays lexicographically in the values' canonical order; so two states get the
 * same key exactly when some permutation maps one onto the other, and the number of keys is the number of orbits,
 * TLC's distinct count with symmetry. The explorer still expands and reports the states it actually reached.
 *
 * <p>Permuting a state renames nodes inside every value and moves each role node's variables to the slots of its
 * image. Each group element is precomputed as a node renaming plus a slot map; the search tries them all (|group|
 * = the product of the sets' factorials), stopping a candidate at the first slot where it is already larger.
 */
public final class Symmetry {
    private static final Symmetry NONE = new Symmetry(new NodePermutation[0], new int[0][], new boolean[0]);

    /** The group's elements other than the identity. */
    private final NodePermutation[] renamings;
    /** Per element: the slot of the original state whose (renamed) value lands at each slot. */
    private final int[][] sources;
    /** Per slot: whether its value can contain a node at all (else renaming leaves it alone). */
    private final boolean[] holdsNodes;

    private Symmetry(NodePermutation[] renamings, int[][] sources, boolean[] holdsNodes) {
        this.renamings = renamings;
        this.sources = sources;
        this.holdsNodes = holdsNodes;
    }

    /** The model's symmetry; the identity (no reduction) when it declares no symmetric set. */
    public static Symmetry of(ModelInstance model) {
        List<Map<NodeV, NodeV>> group = List.of(Map.of());
        for (NodeV[] set : SymmetricSets.of(model.model(), model.consts())) group = product(group, set);
        if (group.size() == 1) return NONE;
        boolean[] holdsNodes = slotsHoldingNodes(model);
        List<NodePermutation> renamings = new ArrayList<>();
        List<int[]> sources = new ArrayList<>();
        for (Map<NodeV, NodeV> element : group) {
            if (element.isEmpty()) continue; // the identity
            NodePermutation renaming = new NodePermutation(element);
            renamings.add(renaming);
            sources.add(slotSources(model, renaming));
        }
        return new Symmetry(renamings.toArray(NodePermutation[]::new), sources.toArray(int[][]::new), holdsNodes);
    }

    /** True when this reduces anything, i.e. the model declares a symmetric set of two nodes or more. */
    public boolean reduces() { return renamings.length > 0; }

    /** The number of permutations in the group, the identity included. */
    public int groupSize() { return renamings.length + 1; }

    /** The least state of {@code state}'s orbit; {@code state} itself when it is the least (or nothing reduces). */
    public State canonical(State state) {
        if (renamings.length == 0) return state;
        Value[] original = state.slots();
        int n = original.length;
        Value[] least = original;
        Value[] candidate = new Value[n];
        for (int p = 0; p < renamings.length; p++) {
            NodePermutation renaming = renamings[p];
            int[] source = sources[p];
            int cmp = 0;
            for (int slot = 0; slot < n; slot++) {
                Value v = original[source[slot]];
                Value permuted = holdsNodes[slot] ? renaming.apply(v) : v;
                candidate[slot] = permuted;
                if (cmp == 0 && permuted != least[slot]) {
                    cmp = permuted.compareTo(least[slot]);
                    if (cmp > 0) break;
                }
            }
            if (cmp < 0) {
                Value[] previous = least;
                least = candidate;
                candidate = previous == original ? new Value[n] : previous;
            }
        }
        return least == original ? state : new State(least);
    }

    /** Every combination of an element of {@code group} with a permutation of {@code set} (moved nodes only). */
    private static List<Map<NodeV, NodeV>> product(List<Map<NodeV, NodeV>> group, NodeV[] set) {
        List<Map<NodeV, NodeV>> out = new ArrayList<>();
        for (int[] perm : permutations(set.length)) {
            for (Map<NodeV, NodeV> g : group) {
                Map<NodeV, NodeV> element = new HashMap<>(g);
                for (int i = 0; i < set.length; i++) if (perm[i] != i) element.put(set[i], set[perm[i]]);
                out.add(element);
            }
        }
        return out;
    }

    /** All permutations of 0..n-1, the identity first. */
    private static List<int[]> permutations(int n) {
        List<int[]> out = new ArrayList<>();
        permute(new int[n], new boolean[n], 0, out);
        return out;
    }

    private static void permute(int[] prefix, boolean[] used, int at, List<int[]> out) {
        if (at == prefix.length) {
            out.add(prefix.clone());
            return;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (used[i]) continue;
            used[i] = true;
            prefix[at] = i;
            permute(prefix, used, at + 1, out);
            used[i] = false;
        }
    }

    /** Where each slot's value comes from under {@code renaming}: node n's variables move to the slots of its image. */
    private static int[] slotSources(ModelInstance model, NodePermutation renaming) {
        int[] source = new int[model.slotCount()];
        for (int slot = 0; slot < source.length; slot++) source[slot] = slot;
        for (CheckedSpec.Role role : model.spec().roles()) {
            NodeV[] nodes = model.nodes(role.index());
            int vars = role.vars().size();
            for (int i = 0; i < nodes.length; i++) {
                int k = model.nodeIndex(role.index(), renaming.apply(nodes[i]));
                if (k < 0) {
                    // SymmetricSets refuses constants that are not invariant, and role node sets are built from them.
                    throw new IllegalStateException("the nodes of role " + role.name() + " are not closed under "
                            + "the symmetry of model " + model.model().name());
                }
                for (int v = 0; v < vars; v++) {
                    source[model.nodeBase(role.index(), k) + v] = model.nodeBase(role.index(), i) + v;
                }
            }
        }
        return source;
    }

    private static boolean[] slotsHoldingNodes(ModelInstance model) {
        boolean[] holds = new boolean[model.slotCount()];
        for (CheckedSpec.Role role : model.spec().roles()) {
            for (int i = 0; i < model.nodes(role.index()).length; i++) {
                for (CheckedSpec.Var v : role.vars()) {
                    holds[model.nodeBase(role.index(), i) + v.index()] = Type.canHoldNode(v.type());
                }
            }
        }
        holds[model.networkSlot()] = true; // messages carry src and dst
        return holds;
    }
}
