package dev.lockstep.specs.gen;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Layers;
import dev.lockstep.runtime.api.NodeId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Checks a compiled f1/f2/f3 projection against the evaluator (seed Fig. 7): for a state and every ordered pair of
 * distinct nodes of a role with exchanges, running {@code initiates}, {@code f1}, {@code f2}, {@code f3} on the two
 * nodes' local states must give exactly the successor {@link Transitions} computes for that exchange (every outcome
 * of a failing one: "both" is (f3, f2), "initiator" is (f3, old), "receiver" is (old, f2)), and a declined exchange
 * must be one the evaluator has no step for. Peers are every other node: the view of every library exchange.
 */
final class ExchangeProjectionChecker {
    private final ModelInstance model;
    private final ClassLoader loader;
    private final String pkg;
    private final Transitions transitions;
    private final Object constants;
    /** How many pairs the receiver declined (f2's guard part false), and how many exchanges it accepted. */
    private long declinedByReceiver;
    private long accepted;

    ExchangeProjectionChecker(ModelInstance model, ClassLoader loader, String pkg) {
        this.model = model;
        this.loader = loader;
        this.pkg = pkg;
        this.transitions = new Transitions(model);
        CheckedSpec spec = model.spec();
        this.constants = invoke(method(spec.name() + "Constants", model.model().name()), null);
    }

    long declinedByReceiver() { return declinedByReceiver; }

    long accepted() { return accepted; }

    /** The exchange actions of the spec. */
    static List<CheckedSpec.Action> exchanges(CheckedSpec spec) {
        List<CheckedSpec.Action> out = new ArrayList<>();
        for (CheckedSpec.Role r : spec.roles()) {
            for (CheckedSpec.Action a : r.actions()) if (a.trigger() instanceof CheckedSpec.Trigger.Exchange) out.add(a);
        }
        return out;
    }

    /**
     * {@code base} with every int variable of every node replaced, with probability ½, by a random int in -2..4: node
     * states the model need not reach, in every combination a pair of nodes can meet in.
     */
    State randomize(State base, Random random) {
        Value[] slots = base.slots().clone();
        for (CheckedSpec.Role r : model.spec().roles()) {
            for (int n = 0; n < model.nodes(r.index()).length; n++) {
                int at = model.nodeBase(r.index(), n);
                for (CheckedSpec.Var v : r.vars()) {
                    if (v.type() instanceof Type.Int && random.nextBoolean()) slots[at + v.index()] = IntV.of(random.nextInt(7) - 2);
                }
            }
        }
        return new State(slots);
    }

    /** The differences between the projection and the atomic update in {@code state}; empty when they agree. */
    List<String> check(State state) {
        List<String> out = new ArrayList<>();
        Map<String, State> steps = new HashMap<>();
        transitions.successors(state, (label, next) -> {
            if (label.action() != null && label.action().trigger() instanceof CheckedSpec.Trigger.Exchange) {
                steps.put(key(label.action(), label.node(), label.params()), next);
            }
        });
        for (CheckedSpec.Action a : exchanges(model.spec())) {
            CheckedSpec.Role role = model.spec().roles().stream().filter(r -> r.name().equals(a.role())).findFirst().orElseThrow();
            NodeV[] nodes = model.nodes(role.index());
            for (int i = 0; i < nodes.length; i++) {
                for (int j = 0; j < nodes.length; j++) {
                    if (i != j && inView(state, role, a, i, j)) pair(state, role, a, i, j, steps, out);
                }
            }
        }
        if (!steps.isEmpty()) out.add("evaluator steps the projection has no pair for: " + steps.keySet());
        return out;
    }

    /** Whether node j is in node i's view: the runtime draws peers from the view, so only those pairs exchange. */
    private boolean inView(State state, CheckedSpec.Role role, CheckedSpec.Action a, int i, int j) {
        dev.lockstep.lang.eval.Env env = new dev.lockstep.lang.eval.Env(state.slots(), a.frameSize())
                .atNode(model.nodeBase(role.index(), i), model.nodes(role.index())[i]);
        dev.lockstep.lang.value.SetV view = (dev.lockstep.lang.value.SetV) transitions.evaluator()
                .eval(a.params().get(0).domain(), env);
        return view.contains(model.nodes(role.index())[j]);
    }

    private void pair(State state, CheckedSpec.Role role, CheckedSpec.Action a, int i, int j, Map<String, State> steps,
                      List<String> out) {
        NodeV n1 = model.nodes(role.index())[i];
        NodeV n2 = model.nodes(role.index())[j];
        String projection = Character.toUpperCase(role.name().charAt(0)) + role.name().substring(1)
                + Character.toUpperCase(a.name().charAt(0)) + a.name().substring(1) + "Projection";
        Object s1 = local(state, role, i);
        Object s2 = local(state, role, j);
        NodeId id1 = NodeId.of(n1.name());
        NodeId id2 = NodeId.of(n2.name());
        String at = a.qualifiedName() + " " + n1.name() + " with " + n2.name() + " in "
                + java.util.Arrays.stream(state.slots()).map(Value::show).toList();
        Object reply = null;
        Object s2next = s2;
        // A layered role's projection also takes the node's lower layers (reads L): each side reads its own node's.
        boolean layered = method(projection, "f1").getParameterCount() == 5;
        Object[] with1 = layered ? new Object[] {constants, layers(state, n1)} : new Object[] {constants};
        Object[] with2 = layered ? new Object[] {constants, layers(state, n2)} : new Object[] {constants};
        if ((Boolean) invoke(method(projection, "initiates"), null, args(with1, id1, s1, id2))) {
            Object request = invoke(method(projection, "f1"), null, args(with1, id1, s1, id2));
            Object answer = invoke(method(projection, "f2"), null, args(with2, id2, s2, request));
            s2next = invoke(method(answer.getClass(), "state"), answer);
            reply = ((Optional<?>) invoke(method(answer.getClass(), "reply"), answer)).orElse(null);
            if (reply == null && !s2next.equals(s2)) out.add(at + ": a declining f2 changed the receiver to " + s2next);
            if (reply == null) declinedByReceiver++;
        }
        boolean mayFail = ((CheckedSpec.Trigger.Exchange) a.trigger()).mayFail();
        List<String> outcomes = mayFail ? CheckedSpec.Trigger.Exchange.OUTCOMES : java.util.Collections.singletonList(null);
        if (reply == null) {
            for (String o : outcomes) {
                if (steps.remove(key(a, n1, n2, o)) != null) out.add(at + ": the projection declines, the evaluator steps (" + o + ")");
            }
            return;
        }
        accepted++;
        Object s1next = invoke(method(projection, "f3"), null, args(with1, id1, s1, id2, reply));
        for (String o : outcomes) {
            boolean initiatorCommits = o == null || !o.equals("receiver");
            boolean receiverCommits = o == null || !o.equals("initiator");
            Object want1 = itf(initiatorCommits ? s1next : s1);
            Object want2 = itf(receiverCommits ? s2next : s2);
            State next = steps.remove(key(a, n1, n2, o));
            if (next == null) {
                if (!want1.equals(itf(s1)) || !want2.equals(itf(s2))) out.add(at + " (" + o + "): the evaluator has no step");
                continue;
            }
            Object got1 = DifferentialChecker.localItf(model, role, next.slots(), i);
            Object got2 = DifferentialChecker.localItf(model, role, next.slots(), j);
            if (!got1.equals(want1)) out.add(at + " (" + o + "): initiator " + want1 + ", evaluator " + got1);
            if (!got2.equals(want2)) out.add(at + " (" + o + "): receiver " + want2 + ", evaluator " + got2);
        }
    }

    /** The generated functions' leading arguments followed by {@code rest}. */
    private static Object[] args(Object[] leading, Object... rest) {
        Object[] out = java.util.Arrays.copyOf(leading, leading.length + rest.length);
        System.arraycopy(rest, 0, out, leading.length, rest.length);
        return out;
    }

    /** Node {@code node}'s lower layers in {@code state}: each role's local state at that node, as generated Java. */
    private Layers layers(State state, NodeV node) {
        return roleName -> {
            CheckedSpec.Role lower = model.spec().roles().stream().filter(r -> r.name().equals(roleName)).findFirst()
                    .orElseThrow(() -> new AssertionError("no role " + roleName));
            NodeV[] nodes = model.nodes(lower.index());
            for (int k = 0; k < nodes.length; k++) {
                if (nodes[k].equals(node)) return (ItfEncodable) local(state, lower, k);
            }
            throw new AssertionError("role " + roleName + " does not run at " + node.show());
        };
    }

    private static String key(CheckedSpec.Action a, Value node, List<Value> params) {
        String outcome = params.size() > 1 ? ((StrV) params.get(1)).value() : null;
        return key(a, node, params.get(0), outcome);
    }

    private static String key(CheckedSpec.Action a, Value node, Value peer, String outcome) {
        return a.qualifiedName() + "/" + node.show() + "/" + peer.show() + "/" + outcome;
    }

    private Object local(State state, CheckedSpec.Role role, int n) {
        String stateClass = Character.toUpperCase(role.name().charAt(0)) + role.name().substring(1) + "State";
        return invoke(method(stateClass, "fromItf"), null, DifferentialChecker.localItf(model, role, state.slots(), n));
    }

    private static Object itf(Object generatedState) { return ((ItfEncodable) generatedState).toItf(); }

    private Method method(String className, String name) {
        try {
            return method(Class.forName(pkg + "." + className, true, loader), name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated class " + className, e);
        }
    }

    private static Method method(Class<?> c, String name) {
        for (Method m : c.getMethods()) if (m.getName().equals(name)) return m;
        throw new AssertionError(c.getName() + " has no method " + name);
    }

    private static Object invoke(Method m, Object target, Object... args) {
        try {
            return m.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        } catch (InvocationTargetException e) {
            throw new AssertionError(m.getName() + " threw " + e.getCause(), e.getCause());
        }
    }
}
