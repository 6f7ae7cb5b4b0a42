package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The crash steps of a model (docs/language.md, "Crash and recovery"). A crash of node n, enabled while fewer than
 * the model's {@code crashes N} crash steps happened, resets n's volatile variables to their initial values in every
 * crashing role n plays, keeps its durable ones, and counts one crash. The crash and the recovery are one step: a
 * crashed node is at once back in its initial volatile state. The network is untouched: messages to n stay in
 * flight and may be delivered after the recovery, as on a real network. Then, in the same step, the {@code on
 * restart} action of each crashing role n plays runs over the reset state ({@link #restarts}; Transitions runs
 * their effects, as it does every action's).
 */
final class Crashes {
    private final ModelInstance model;
    private final Evaluator evaluator;
    private final int bound;
    private final int slot;
    /** Every node of a crashing role, once each, in role then node order. */
    private final List<NodeV> nodes;

    Crashes(ModelInstance model, Evaluator evaluator) {
        this.model = model;
        this.evaluator = evaluator;
        this.bound = model.model().crashes();
        this.slot = model.crashSlot();
        Set<NodeV> all = new LinkedHashSet<>();
        for (CheckedSpec.Role role : model.spec().roles()) {
            if (role.crashes()) all.addAll(List.of(model.nodes(role.index())));
        }
        this.nodes = new ArrayList<>(all);
    }

    /** The initial crash count, in {@code slots} (when some role crashes). */
    void init(Value[] slots) {
        if (slot >= 0) slots[slot] = IntV.of(0);
    }

    /** The nodes that may crash in {@code state}, in node order (none once the model's bound is reached). */
    List<NodeV> crashable(State state) {
        if (slot < 0 || ((IntV) state.slot(slot)).value() >= bound) return List.of();
        return nodes;
    }

    /** An {@code on restart} action to run for a node of its role: where the node's variables start, the node. */
    record Restart(CheckedSpec.Action action, int base, NodeV node) {}

    /** The {@code on restart} actions {@code node} runs as it recovers, in role order. */
    List<Restart> restarts(Value node) {
        List<Restart> out = new ArrayList<>(1);
        for (CheckedSpec.Role role : model.spec().roles()) {
            if (!role.crashes() || role.restart() == null) continue;
            int n = model.nodeIndex(role.index(), node);
            if (n >= 0) out.add(new Restart(role.restart(), model.nodeBase(role.index(), n), model.nodes(role.index())[n]));
        }
        return out;
    }

    /**
     * The state after {@code node} crashes, its volatile variables reset (before any {@code on restart}); a
     * caller's bug when no crash of it is possible.
     */
    State crash(State state, Value node) {
        if (slot < 0 || ((IntV) state.slot(slot)).value() >= bound || !nodes.contains(node)) {
            throw new IllegalArgumentException("Crash(" + node.show() + "): not a step of this model here");
        }
        Value[] next = state.slots().clone();
        for (CheckedSpec.Role role : model.spec().roles()) {
            if (!role.crashes()) continue;
            int n = model.nodeIndex(role.index(), node);
            if (n < 0) continue;
            int base = model.nodeBase(role.index(), n);
            for (CheckedSpec.Var v : role.vars()) {
                if (v.durable()) continue;
                // The checker refuses a volatile variable of a crashing role initialized from a set (LS233).
                Env env = new Env(state.slots(), v.frameSize()).atNode(base, model.nodes(role.index())[n]);
                next[base + v.index()] = evaluator.eval(v.init(), env);
            }
        }
        next[slot] = IntV.of(((IntV) state.slot(slot)).value() + 1);
        return new State(next);
    }
}
