package dev.lockstep.lang.gossip;

import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.SplittableRandom;

/**
 * One initial state drawn at random: each {@code var x: T \in S} takes a uniformly chosen element of S. A simulation
 * of a hundred nodes cannot enumerate the initial states as the explorer does (there are |S|^100). Specs with
 * {@code init} predicates are not supported by the simulator (the draw would have to be rejected and redrawn).
 */
final class RandomInitialState {
    private RandomInitialState() {}

    static State of(Transitions transitions, SplittableRandom rng) {
        ModelInstance model = transitions.model();
        if (!model.spec().inits().isEmpty()) {
            throw new IllegalArgumentException("the gossip simulator does not draw initial states of specs with 'init'"
                    + " predicates");
        }
        // The network and crash slots as the explorer starts them.
        Value[] slots = transitions.emptySlots();
        for (CheckedSpec.Role r : model.spec().roles()) {
            for (int n = 0; n < model.nodes(r.index()).length; n++) {
                int base = model.nodeBase(r.index(), n);
                for (CheckedSpec.Var v : r.vars()) {
                    Env env = new Env(slots, v.frameSize()).atNode(base, model.nodes(r.index())[n]);
                    Value init = transitions.evaluator().eval(v.init(), env);
                    if (v.initFromSet()) {
                        SetV choices = (SetV) init;
                        init = choices.get(rng.nextInt(choices.size()));
                    }
                    slots[base + v.index()] = init;
                }
            }
        }
        return new State(slots);
    }
}
