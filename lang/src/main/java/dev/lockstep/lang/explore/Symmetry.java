package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.SymmetricSets;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.NodePermutation;
import dev.lockstep.lang.value.NodeV;
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
 * image. TLC tries every element of the group on every state (|group| = the product of the sets' factorials); here
 * only those that put each set's nodes in the order of a {@link NodeSignature} are tried, all arrangements of nodes
 * whose signatures tie except where the state cannot tell them apart, and the key is the least of those candidates,
 * comparing slot arrays lexicographically in the values' canonical order. Because a signature does not change when
 * the whole state is permuted, two states of one orbit have the same candidates, so the key is a function of the
 * orbit. Nothing is precomputed per group element, so the group's size costs nothing until a state needs it; the
 * class keeps no mutable state, so parallel workers can share it.
 */
public final class Symmetry {
    private static final Symmetry NONE = new Symmetry(null, new NodeV[0][], null, null);

    private final ModelInstance model;
    /** The symmetric sets of two nodes or more, each in canonical node order. */
    private final NodeV[][] sets;
    /** Per slot: whether its value can contain a node at all (else renaming leaves it alone). */
    private final boolean[] holdsNodes;
    private final NodeSignature signature;
    /** {@code swaps[j][a][b]}: the element that swaps nodes a &lt; b of set j (the tie checks use them on every state). */
    private final Element[][][] swaps;

    /** One permutation of the group: the node renaming, and the slot of the original state each slot takes. */
    private record Element(NodePermutation renaming, int[] source) {}

    private Symmetry(ModelInstance model, NodeV[][] sets, boolean[] holdsNodes, NodeSignature signature) {
        this.model = model;
        this.sets = sets;
        this.holdsNodes = holdsNodes;
        this.signature = signature;
        this.swaps = new Element[sets.length][][];
        for (int j = 0; j < sets.length; j++) {
            swaps[j] = new Element[sets[j].length][sets[j].length];
            for (int a = 0; a < sets[j].length; a++) {
                for (int b = a + 1; b < sets[j].length; b++) swaps[j][a][b] = swap(j, a, b);
            }
        }
    }

    /** The model's symmetry; the identity (no reduction) when it declares no symmetric set of two nodes or more. */
    public static Symmetry of(ModelInstance model) {
        NodeV[][] sets = SymmetricSets.of(model.model(), model.consts()).stream().filter(set -> set.length > 1)
                .toArray(NodeV[][]::new);
        if (sets.length == 0) return NONE;
        return new Symmetry(model, sets, slotsHoldingNodes(model), new NodeSignature(model, sets));
    }

    /** True when this reduces anything, i.e. the model declares a symmetric set of two nodes or more. */
    public boolean reduces() { return sets.length > 0; }

    /** The canonical state of {@code state}'s orbit; {@code state} itself when that is it (or nothing reduces). */
    public State canonical(State state) {
        if (sets.length == 0) return state;
        Value[] original = state.slots();
        List<int[][]> candidates = new ArrayList<>();
        candidates.add(new int[sets.length][]);
        for (int j = 0; j < sets.length; j++) candidates = combine(candidates, j, allowedImages(j, original));
        int n = original.length;
        Value[] least = null;
        Value[] candidate = new Value[n];
        for (int[][] images : candidates) {
            Element element = element(images);
            int cmp = least == null ? -1 : 0;
            for (int slot = 0; slot < n; slot++) {
                Value permuted = permutedSlot(element, original, slot);
                candidate[slot] = permuted;
                if (cmp == 0 && permuted != least[slot]) {
                    cmp = permuted.compareTo(least[slot]);
                    if (cmp > 0) break;
                }
            }
            if (cmp < 0) {
                Value[] previous = least;
                least = candidate;
                candidate = previous == null ? new Value[n] : previous;
            }
        }
        return Arrays.equals(least, original) ? state : new State(least);
    }

    /**
     * The permutations of set {@code j} that put its nodes in signature order (as images: {@code image[i]} is the
     * position node i moves to): node {@code order[p]} goes to position {@code p}, and nodes whose signatures tie
     * take their positions in every possible way, or in one when the state cannot tell them apart.
     */
    private List<int[]> allowedImages(int j, Value[] slots) {
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
            for (int q = p; all && q + 1 < end; q++) {
                int a = Math.min(order[q], order[q + 1]);
                int b = Math.max(order[q], order[q + 1]);
                all = fixes(swaps[j][a][b], slots);
            }
            interchangeable[p] = all;
        }
        List<int[]> out = new ArrayList<>();
        assign(order, classStart, interchangeable, 0, new int[k], new boolean[k], out);
        return out;
    }

    /**
     * Places a node of position {@code p}'s tie class at {@code p}, for each choice (only the first unplaced one in
     * an interchangeable class); {@code image[i]}: node i's position.
     */
    private static void assign(Integer[] order, int[] classStart, boolean[] interchangeable, int p, int[] image,
                               boolean[] placed, List<int[]> out) {
        if (p == order.length) {
            out.add(image.clone());
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

    /** Every candidate of {@code partial} completed with each image of set {@code j}. */
    private static List<int[][]> combine(List<int[][]> partial, int j, List<int[]> images) {
        List<int[][]> out = new ArrayList<>(partial.size() * images.size());
        for (int[] image : images) {
            for (int[][] p : partial) {
                int[][] c = p.clone();
                c[j] = image;
                out.add(c);
            }
        }
        return out;
    }

    /** The element that swaps nodes {@code a} and {@code b} of set {@code j} (indices in the set), others fixed. */
    private Element swap(int j, int a, int b) {
        int[][] images = new int[sets.length][];
        for (int s = 0; s < sets.length; s++) {
            images[s] = new int[sets[s].length];
            for (int i = 0; i < images[s].length; i++) images[s][i] = i;
        }
        images[j][a] = b;
        images[j][b] = a;
        return element(images);
    }

    /** The group element that moves node i of set j to position {@code images[j][i]}. */
    private Element element(int[][] images) {
        Map<NodeV, NodeV> moved = new HashMap<>();
        for (int j = 0; j < sets.length; j++) {
            for (int i = 0; i < sets[j].length; i++) {
                if (images[j][i] != i) moved.put(sets[j][i], sets[j][images[j][i]]);
            }
        }
        NodePermutation renaming = new NodePermutation(moved);
        return new Element(renaming, slotSources(model, renaming));
    }

    /** True when {@code element} maps the state onto itself. */
    private boolean fixes(Element element, Value[] slots) {
        for (int slot = 0; slot < slots.length; slot++) {
            if (!permutedSlot(element, slots, slot).equals(slots[slot])) return false;
        }
        return true;
    }

    /** Slot {@code slot} of the state {@code slots} permuted by {@code element}. */
    private Value permutedSlot(Element element, Value[] slots, int slot) {
        Value v = slots[element.source()[slot]];
        return holdsNodes[slot] ? element.renaming().apply(v) : v;
    }

    /** Every permutation of {@code state} by the whole group (the identity first); for tests. */
    List<State> orbit(State state) {
        List<int[][]> all = new ArrayList<>();
        all.add(new int[sets.length][]);
        for (int j = 0; j < sets.length; j++) all = combine(all, j, permutations(sets[j].length));
        List<State> out = new ArrayList<>();
        for (int[][] images : all) {
            Element element = element(images);
            Value[] slots = new Value[state.slots().length];
            for (int slot = 0; slot < slots.length; slot++) slots[slot] = permutedSlot(element, state.slots(), slot);
            out.add(new State(slots));
        }
        return out;
    }

    /** All permutations of 0..n-1 (the identity first). */
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
