package dev.lockstep.invariants.lower;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Who can send and receive each message type: the senders are the nodes of the roles with a {@code send} of it,
 * the receivers the union of its sends' targets when every target is a constant. Like the int domain these
 * are only used once TypeOK (which includes them) is proved inductive; they shrink message universes (a Paxos
 * 2b comes from an acceptor and goes to a learner) and so every quantifier over messages.
 */
public final class MessageBounds {
    /** {@code dst} null: some send's target depends on the state, so any node. */
    public record Ends(List<NodeV> src, List<NodeV> dst) {}

    private MessageBounds() {}

    public static Map<String, Ends> infer(ModelInstance model) {
        CheckedSpec spec = model.spec();
        ExprLowering exprs = new ExprLowering(model, new SpecSorts(model));
        Vocabulary none = Vocabulary.of(model, new SpecSorts(model), "");
        Map<String, TreeSet<NodeV>> src = new HashMap<>();
        Map<String, TreeSet<NodeV>> dst = new HashMap<>();
        Map<String, Boolean> anyDst = new HashMap<>();
        for (CheckedSpec.Role role : spec.roles()) {
            NodeV[] nodes = model.nodes(role.index());
            for (CheckedSpec.Action a : role.actions()) {
                for (Stmt stmt : a.effects()) {
                    if (!(stmt instanceof Stmt.Send send)) continue;
                    String t = send.messageType();
                    src.computeIfAbsent(t, k -> new TreeSet<>()).addAll(List.of(nodes));
                    for (int n = 0; n < nodes.length; n++) {
                        Value to = exprs.staticValue(send.to(), Scope.atNode(none, nodes[n], role.index(), n,
                                a.frameSize()));
                        if (to instanceof NodeV node) dst.computeIfAbsent(t, k -> new TreeSet<>()).add(node);
                        else if (to instanceof SetV set) {
                            for (Value v : set.elements()) dst.computeIfAbsent(t, k -> new TreeSet<>()).add((NodeV) v);
                        } else anyDst.put(t, true);
                    }
                }
            }
        }
        Map<String, Ends> out = new HashMap<>();
        for (CheckedSpec.MessageDecl m : spec.messages()) {
            String t = m.name();
            List<NodeV> s = List.copyOf(src.getOrDefault(t, new TreeSet<>()));
            List<NodeV> d = anyDst.containsKey(t) ? null : List.copyOf(dst.getOrDefault(t, new TreeSet<>()));
            out.put(t, new Ends(s, d));
        }
        return out;
    }
}
