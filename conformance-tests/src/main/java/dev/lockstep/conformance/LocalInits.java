package dev.lockstep.conformance;

import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The initial local states of one node: its variables filled in declaration order, branching on {@code \in}
 * initializers, exactly as {@code Transitions.initialStates} fills them for the whole model.
 */
final class LocalInits {
    private LocalInits() {}

    static List<Value[]> of(ModelInstance model, Evaluator evaluator, CheckedSpec.Role role, int node) {
        Value[] slots = new Value[model.slotCount()];
        List<Value[]> out = new ArrayList<>();
        fill(model, evaluator, role, node, 0, slots, out);
        return out;
    }

    private static void fill(ModelInstance model, Evaluator evaluator, CheckedSpec.Role role, int node, int var,
                             Value[] slots, List<Value[]> out) {
        int base = model.nodeBase(role.index(), node);
        if (var == role.vars().size()) {
            out.add(Arrays.copyOfRange(slots, base, base + var));
            return;
        }
        CheckedSpec.Var v = role.vars().get(var);
        Env env = new Env(slots, v.frameSize()).atNode(base, model.nodes(role.index())[node]);
        Value init = evaluator.eval(v.init(), env);
        if (v.initFromSet()) {
            SetV choices = (SetV) init;
            for (int i = 0; i < choices.size(); i++) {
                slots[base + var] = choices.get(i);
                fill(model, evaluator, role, node, var + 1, slots, out);
            }
        } else {
            slots[base + var] = init;
            fill(model, evaluator, role, node, var + 1, slots, out);
        }
    }
}
