package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.SymmetricSets;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.NodePermutation;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Symmetry reduction (docs/language.md, section 13.1): the group of all permutations of the nodes of each symmetric
 * set of a model (their product, as TLC forms it from {@code SYMMETRY}), and a canonical representative of a
 * state's orbit under it, which the explorer uses as the key of its store. Two states get the same key exactly when
 * some permutation maps one onto the other, so the number of keys is the number of orbits, TLC's distinct count
 * with symmetry. The explorer still expands and reports the states it actually reached.
 *
 * <p>Permuting a state renames nodes inside every value and moves each role node's variables to the slots of its
 * image. Every group element is precomputed as a node renaming plus a slot map. TLC tries them all for every state
 * (|group| = the product of the sets' factorials); here only those that put each set's nodes in the order of a
 * {@link NodeSignature} are tried (all of them only where all signatures tie), and the key is the least of those
 * candidates, comparing slot arrays lexicographically in the values' canonical order. Because a signature does not
 * change when the whole state is permuted, the candidates of two states of one orbit are the same states, so the key
 * is still a function of the orbit.
 */
public final class Symmetry {
    private static final Symmetry NONE = new Symmetry(new NodeV[0][], new NodePermutation[0], new int[0][], null, null);

    /** The symmetric sets, each in canonical node order. */
    private final NodeV[][] sets;
    /** Per set: the factor of its permutation's rank in a group element's index (mixed radix). */
    private final int[] strides;
    /** Every group element, by its mixed-radix rank (see {@link #rank}); element 0 is the identity. */
    private final NodePermutation[] renamings;
    /** Per element: the slot of the original state whose (renamed) value lands at each slot. */
    private final int[][] sources;
    /** Per slot: whether its value can contain a node at all (else renaming leaves it alone). */
    private final boolean[] holdsNodes;
    private final NodeSignature signature;

    private Symmetry(NodeV[][] sets, NodePermutation[] renamings, int[][] sources, boolean[] holdsNodes,
                     NodeSignature signature) {
        this.sets = sets;
        this.strides = new int[sets.length];
        for (int j = 0, stride = 1; j < sets.length; stride *= factorial(sets[j].length), j++) strides[j] = stride;
        this.renamings = renamings;
        this.sources = sources;
        this.holdsNodes = holdsNodes;
        this.signature = signature;
    }

    /** The model's symmetry; the identity (no reduction) when it declares no symmetric set of two nodes or more. */
    public static Symmetry of(ModelInstance model) {
        NodeV[][] sets = SymmetricSets.of(model.model(), model.consts()).stream().filter(set -> set.length > 1)
                .toArray(NodeV[][]::new);
        if (sets.length == 0) return NONE;
        List<Map<NodeV, NodeV>> group = List.of(Map.of());
        for (NodeV[] set : sets) group = product(group, set);
        NodePermutation[] renamings = new NodePermutation[group.size()];
        int[][] sources = new int[group.size()][];
        for (int g = 0; g < renamings.length; g++) {
            renamings[g] = new NodePermutation(group.get(g));
            sources[g] = slotSources(model, renamings[g]);
        }
        return new Symmetry(sets, renamings, sources, slotsHoldingNodes(model), new NodeSignature(model, sets));
    }

    /** True when this reduces anything, i.e. the model declares a symmetric set of two nodes or more. */
    public boolean reduces() { return sets.length > 0; }

    /** The number of permutations in the group, the identity included. */
    public int groupSize() { return Math.max(1, renamings.length); }

    /** The canonical state of {@code state}'s orbit; {@code state} itself when that is it (or nothing reduces). */
    public State canonical(State state) {
        if (sets.length == 0) return state;
        Value[] original = state.slots();
        int[] candidates = {0};
        for (int j = 0; j < sets.length; j++) candidates = combine(candidates, allowedRanks(j, original), strides[j]);
        int n = original.length;
        Value[] least = null;
        int leastElement = -1;
        Value[] candidate = new Value[n];
        for (int g : candidates) {
            int cmp = least == null ? -1 : 0;
            for (int slot = 0; slot < n; slot++) {
                Value permuted = permutedSlot(g, original, slot);
                candidate[slot] = permuted;
                if (cmp == 0 && permuted != least[slot]) {
                    cmp = permuted.compareTo(least[slot]);
                    if (cmp > 0) break;
                }
            }
            if (cmp < 0) {
                Value[] previous = least;
                least = candidate;
                leastElement = g;
                candidate = previous == null ? new Value[n] : previous;
            }
        }
        return leastElement == 0 ? state : new State(least);
    }

    /**
     * The ranks of the permutations of set {@code j} that put its nodes in signature order: node {@code order[p]}
     * goes to position {@code p}, and nodes whose signatures tie take their positions in every possible way.
     */
    private int[] allowedRanks(int j, Value[] slots) {
        int k = sets[j].length;
        Value[] sig = signature.of(j, slots);
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> sig[a].compareTo(sig[b]));
        int[] classStart = new int[k];
        for (int p = 1; p < k; p++) {
            classStart[p] = sig[order[p]].equals(sig[order[p - 1]]) ? classStart[p - 1] : p;
        }
        // A tie class whose nodes the state itself cannot tell apart (every swap of neighbours leaves it unchanged)
        // gives the same candidates in any arrangement: one is enough.
        boolean[] interchangeable = new boolean[k];
        for (int p = 0; p < k; p++) {
            if (classStart[p] != p) continue;
            int end = p + 1;
            while (end < k && classStart[end] == p) end++;
            boolean all = end - p > 1;
            for (int q = p; all && q + 1 < end; q++) all = fixes(swapElement(j, order[q], order[q + 1]), slots);
            interchangeable[p] = all;
        }
        List<Integer> ranks = new ArrayList<>();
        assign(order, classStart, interchangeable, 0, new int[k], new boolean[k], ranks);
        return ranks.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The group element that swaps nodes {@code a} and {@code b} of set {@code j} (indices in the set). */
    private int swapElement(int j, int a, int b) {
        int[] image = new int[sets[j].length];
        for (int i = 0; i < image.length; i++) image[i] = i;
        image[a] = b;
        image[b] = a;
        return rank(image) * strides[j];
    }

    /** True when group element {@code g} maps the state onto itself. */
    private boolean fixes(int g, Value[] slots) {
        for (int slot = 0; slot < slots.length; slot++) {
            if (!permutedSlot(g, slots, slot).equals(slots[slot])) return false;
        }
        return true;
    }

    /** Slot {@code slot} of the state {@code slots} permuted by group element {@code g}. */
    private Value permutedSlot(int g, Value[] slots, int slot) {
        Value v = slots[sources[g][slot]];
        return g == 0 || !holdsNodes[slot] ? v : renamings[g].apply(v);
    }

    /** {@code state} permuted by group element {@code g} (0 &lt;= g &lt; {@link #groupSize()}); for tests. */
    State permuted(int g, State state) {
        Value[] out = new Value[state.slots().length];
        for (int slot = 0; slot < out.length; slot++) out[slot] = permutedSlot(g, state.slots(), slot);
        return new State(out);
    }

    /**
     * Places a node of position {@code p}'s tie class at {@code p}, for each choice (only the first unplaced one in
     * an interchangeable class); {@code image[i]}: node i's position.
     */
    private static void assign(Integer[] order, int[] classStart, boolean[] interchangeable, int p, int[] image,
                               boolean[] placed, List<Integer> out) {
        if (p == order.length) {
            out.add(rank(image));
            return;
        }
        for (int q = classStart[p]; q < order.length && classStart[q] == classStart[p]; q++) {
            int node = order[q];
            if (placed[node]) continue;
            placed[node] = true;
            image[node] = p;
            assign(order, classStart, interchangeable, p + 1, image, placed, out);
            placed[node] = false;
            if (interchangeable[classStart[p]]) break;
        }
    }

    /** Every sum of an element of {@code partial} and a rank of {@code ranks} times {@code stride}. */
    private static int[] combine(int[] partial, int[] ranks, int stride) {
        int[] out = new int[partial.length * ranks.length];
        int n = 0;
        for (int r : ranks) for (int g : partial) out[n++] = g + r * stride;
        return out;
    }

    /** The position of {@code image} in the lexicographic order of permutations (its Lehmer code). */
    private static int rank(int[] image) {
        int rank = 0;
        for (int i = 0; i < image.length; i++) {
            int smallerLater = 0;
            for (int j = i + 1; j < image.length; j++) if (image[j] < image[i]) smallerLater++;
            rank = rank * (image.length - i) + smallerLater;
        }
        return rank;
    }

    private static int factorial(int n) {
        int f = 1;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }

    /**
     * Every combination of an element of {@code group} with a permutation of {@code set} (moved nodes only), the
     * set's permutations in lexicographic order: the element of rank r (see {@link #rank}) combined with group
     * element g is at {@code r * |group| + g}.
     */
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
    /** All permutations of 0..n-1 in lexicographic order (the identity first). */
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
