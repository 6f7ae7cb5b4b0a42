package dev.lockstep.modelcheck;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The node names a translation's models mention: all of them, and those the module must declare as constants. */
final class TlaModelNodes {
    private TlaModelNodes() {}

    /**
     * Every node name of every model, in Lockstep's canonical order (that of {@link NodeV}). The module declares
     * them all as constants and every .cfg binds them, first, to model values of the same name.
     */
    static List<String> all(Collection<ModelInstance> models) {
        Set<NodeV> out = new TreeSet<>(Value::compareTo);
        for (ModelInstance m : models) {
            for (Value v : m.consts()) collectNodes(v, out);
        }
        return out.stream().map(NodeV::name).toList();
    }

    /**
     * The node names the module itself must declare (as constants bound to model values): those inside constant
     * values the .cfg cannot spell, which the module defines per model. Node names in .cfg values are model values
     * by TLC's own rule (an undefined name on a .cfg right-hand side), so they need no declaration.
     */
    static Set<String> declared(Collection<ModelInstance> models) {
        Set<NodeV> out = new TreeSet<>(Value::compareTo);
        for (ModelInstance m : models) {
            for (Value v : m.consts()) if (!CfgValues.canSpell(v)) collectNodes(v, out);
        }
        Set<String> names = new HashSet<>();
        out.forEach(n -> names.add(n.name()));
        return names;
    }

    private static void collectNodes(Value v, Set<NodeV> out) {
        switch (v) {
            case NodeV n -> out.add(n);
            case SetV s -> s.elements().forEach(e -> collectNodes(e, out));
            case SeqV s -> s.elements().forEach(e -> collectNodes(e, out));
            case RecordV r -> {
                for (int i = 0; i < r.size(); i++) collectNodes(r.value(i), out);
            }
            case FnV f -> {
                for (int i = 0; i < f.size(); i++) {
                    collectNodes(f.key(i), out);
                    collectNodes(f.value(i), out);
                }
            }
            default -> {}
        }
    }
}
