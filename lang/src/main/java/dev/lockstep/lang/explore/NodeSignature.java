package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.EnumV;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What {@link Symmetry} sorts a symmetric set's nodes by: a node's own variables (in every role it runs), then every
 * slot that no symmetric node owns (the variables of other nodes, the network), each value with the node itself
 * replaced by a marker and every other node of a symmetric set by a placeholder for its set. Permuting a whole
 * state moves a node's variables to its image, leaves the other slots in place and renames the nodes inside all
 * values, which marker and placeholders erase; so the image has the same signature in the permuted state as the
 * node had in the original. That is all the reduction needs: signatures only narrow which permutations are tried,
 * never which states count as one.
 */
final class NodeSignature {
    /** Per symmetric set, per node (canonical order): the slots of the node's own variables. */
    private final int[][][] ownSlots;
    private final NodeV[][] nodes;
    /** The slots no node of a symmetric set owns: they stay in place under every permutation. */
    private final int[] fixedSlots;
    /** Each node of a symmetric set to its set's placeholder (not a node name: names are identifiers). */
    private final Map<NodeV, NodeV> placeholder = new HashMap<>();
    private static final NodeV MARKER = new NodeV("#self");

    NodeSignature(ModelInstance model, NodeV[][] sets) {
        this.nodes = sets;
        ownSlots = new int[sets.length][][];
        boolean[] owned = new boolean[model.slotCount()];
        for (int j = 0; j < sets.length; j++) {
            ownSlots[j] = new int[sets[j].length][];
            for (int i = 0; i < sets[j].length; i++) {
                placeholder.put(sets[j][i], new NodeV("#" + j));
                List<Integer> slots = new ArrayList<>();
                for (CheckedSpec.Role role : model.spec().roles()) {
                    int at = model.nodeIndex(role.index(), sets[j][i]);
                    if (at < 0) continue;
                    for (int v = 0; v < role.vars().size(); v++) slots.add(model.nodeBase(role.index(), at) + v);
                }
                ownSlots[j][i] = slots.stream().mapToInt(Integer::intValue).toArray();
                for (int slot : ownSlots[j][i]) owned[slot] = true;
            }
        }
        List<Integer> fixed = new ArrayList<>();
        for (int slot = 0; slot < owned.length; slot++) if (!owned[slot]) fixed.add(slot);
        fixedSlots = fixed.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The signature of every node of symmetric set {@code set} in the state {@code slots}. */
    Value[] of(int set, Value[] slots) {
        int[][] own = ownSlots[set];
        Value[] out = new Value[own.length];
        for (int i = 0; i < own.length; i++) {
            NodeV self = nodes[set][i];
            Value[] parts = new Value[own[i].length + fixedSlots.length];
            for (int t = 0; t < own[i].length; t++) parts[t] = blind(slots[own[i][t]], self);
            for (int t = 0; t < fixedSlots.length; t++) parts[own[i].length + t] = blind(slots[fixedSlots[t]], self);
            out[i] = new SeqV(parts);
        }
        return out;
    }

    /** {@code v} with {@code self} marked, other symmetric nodes as placeholders; a function as its set of pairs. */
    private Value blind(Value v, NodeV self) {
        return switch (v) {
            case NodeV n -> n.equals(self) ? MARKER : placeholder.getOrDefault(n, n);
            case BoolV b -> b;
            case IntV i -> i;
            case StrV s -> s;
            case EnumV e -> e;
            case SetV s -> SetV.fromArray(blindEach(s.size(), s::get, self));
            case SeqV s -> new SeqV(blindEach(s.size(), s::get, self));
            case RecordV r -> r.withValues(blindEach(r.size(), r::value, self));
            case FnV f -> {
                Value[] pairs = new Value[f.size()];
                for (int i = 0; i < pairs.length; i++) {
                    pairs[i] = SeqV.of(blind(f.key(i), self), blind(f.value(i), self));
                }
                yield SetV.fromArray(pairs);
            }
        };
    }

    private Value[] blindEach(int size, IntFunction<Value> element, NodeV self) {
        Value[] out = new Value[size];
        for (int i = 0; i < size; i++) out[i] = blind(element.apply(i), self);
        return out;
    }
}
