package dev.lockstep.conformance.partial;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Successor;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Whether a spec step (or, for an observation, a spec state) agrees with one logged event, and, when no candidate
 * does, why: the closest misses, for the report. Steps come from {@link Transitions}, never built here.
 */
final class StepMatcher {
    private static final int SHOWN_MISSES = 3;
    private final ModelInstance model;
    private final Transitions transitions;

    StepMatcher(ModelInstance model, Transitions transitions) {
        this.model = model;
        this.transitions = transitions;
    }

    /** Gives {@code out} every state the event allows from {@code s}: its matching successors, or s itself. */
    void matches(State s, LoggedEvent e, Consumer<State> out) {
        if (e.mapping().observe()) {
            if (varMismatch(s, e) == null) out.accept(s);
            return;
        }
        transitions.successors(s, (label, next) -> {
            if (isEventStep(label, e) && stepMismatch(s, label, next, e) == null) out.accept(next);
        });
    }

    /** The node and action agree with the event (parameters, state and sends are checked by stepMismatch). */
    private static boolean isEventStep(Label label, LoggedEvent e) {
        return label.action() != null && label.node().equals(e.node())
                && (e.mapping().actions().isEmpty() || e.mapping().actions().contains(label.action()));
    }

    /** Null when the step agrees with the event; else what differs. */
    private String stepMismatch(State from, Label label, State next, LoggedEvent e) {
        List<String> names = label.paramNames();
        for (Map.Entry<String, Value> p : e.params().entrySet()) {
            int i = names.indexOf(p.getKey());
            if (i < 0) return label.action().qualifiedName() + " has no parameter " + p.getKey();
            if (!label.params().get(i).equals(p.getValue())) {
                return "parameter " + p.getKey() + " is " + label.params().get(i).show() + ", the log says "
                        + p.getValue().show();
            }
        }
        String vars = varMismatch(next, e);
        if (vars != null) return "after the step " + vars;
        if (e.sent() != null) {
            List<RecordV> sent = transitions.apply(from, label).sent();
            if (!sameMessages(sent, e.sent(), 0, new boolean[sent.size()])) {
                return "it sends " + sent.stream().map(RecordV::show).toList() + ", the log says "
                        + e.sent().stream().map(StepMatcher::showLogged).toList();
            }
        }
        return null;
    }

    /** Null when the node's logged variables have the logged values in {@code s}; else the first difference. */
    private String varMismatch(State s, LoggedEvent e) {
        CheckedSpec.Role role = e.role() < 0 ? null : model.spec().roles().get(e.role());
        for (Map.Entry<Integer, Value> v : e.vars().entrySet()) {
            Value actual = s.slot(e.base() + v.getKey());
            if (!actual.equals(v.getValue())) {
                return role.vars().get(v.getKey()).name() + " is " + actual.show() + ", the log says "
                        + v.getValue().show();
            }
        }
        return null;
    }

    /**
     * Every logged message (the fields it names) matches a distinct sent message, and none is left over: the log
     * lists all the step's sends. Backtracking over the few messages of one step.
     */
    private static boolean sameMessages(List<RecordV> sent, List<Map<String, Value>> logged, int i, boolean[] used) {
        if (i == logged.size()) {
            for (boolean u : used) if (!u) return false;
            return true;
        }
        for (int k = 0; k < sent.size(); k++) {
            if (used[k] || !fits(sent.get(k), logged.get(i))) continue;
            used[k] = true;
            if (sameMessages(sent, logged, i + 1, used)) return true;
            used[k] = false;
        }
        return false;
    }

    private static boolean fits(RecordV m, Map<String, Value> fields) {
        for (Map.Entry<String, Value> f : fields.entrySet()) if (!f.getValue().equals(m.get(f.getKey()))) return false;
        return true;
    }

    private static String showLogged(Map<String, Value> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add(k + " |-> " + v.show()));
        return "[" + String.join(", ", parts) + "]";
    }

    /**
     * Why no state of {@code closure} allows the event, closest misses first: the actions that could have logged it
     * (the event's, or those of the node's role that send the logged message types) with the step that came
     * nearest, or the guard conjunct that is false when such an action is enabled in no candidate.
     */
    List<String> explain(Set<State> closure, LoggedEvent e) {
        Set<String> out = new LinkedHashSet<>();
        if (e.mapping().observe()) {
            for (State s : closure) {
                if (out.size() == SHOWN_MISSES) break;
                out.add("a candidate's " + varMismatch(s, e));
            }
            return List.copyOf(out);
        }
        Set<CheckedSpec.Action> likely = likelyActions(e);
        Set<CheckedSpec.Action> enabled = new LinkedHashSet<>();
        List<String> otherMisses = new ArrayList<>();
        for (State s : closure) {
            transitions.successors(s, (label, next) -> {
                if (!isEventStep(label, e)) return;
                enabled.add(label.action());
                String miss = stepMismatch(s, label, next, e);
                if (miss == null) return;
                List<String> into = likely.contains(label.action()) ? null : otherMisses;
                if (into == null && out.size() < SHOWN_MISSES) out.add(label.show() + ": " + miss);
                if (into != null && into.size() < SHOWN_MISSES) into.add(label.show() + ": " + miss);
            });
        }
        for (CheckedSpec.Action a : likely) {
            if (enabled.contains(a)) continue;
            String guard = falseGuard(closure, a, e);
            out.add(a.qualifiedName() + " is enabled at " + e.node().show() + " in none of the " + closure.size()
                    + " states" + (guard == null ? "" : ": its guard is false at " + guard));
        }
        if (out.isEmpty()) out.addAll(otherMisses);
        if (out.isEmpty()) {
            out.add("no candidate state, nor any state a few unlogged steps after one, enables any action at "
                    + e.node().show());
        }
        return List.copyOf(out);
    }

    /** The event's actions, or those of the node's role that send every message type the event logs. */
    private Set<CheckedSpec.Action> likelyActions(LoggedEvent e) {
        if (!e.mapping().actions().isEmpty()) return e.mapping().actions();
        Set<CheckedSpec.Action> out = new LinkedHashSet<>();
        if (e.sent() == null || e.sent().isEmpty()) return out;
        for (CheckedSpec.Action a : model.spec().roles().get(e.role()).actions()) {
            Set<String> types = new LinkedHashSet<>();
            for (Stmt st : a.effects()) if (st instanceof Stmt.Send send) types.add(send.messageType());
            if (e.sent().stream().allMatch(m -> m.get("type") instanceof StrV t && types.contains(t.value()))) out.add(a);
        }
        return out;
    }

    /**
     * Where the guard of {@code a} is false in the first closure state, for an action the report can label without
     * guessing: no received message, and every parameter logged.
     */
    private String falseGuard(Set<State> closure, CheckedSpec.Action a, LoggedEvent e) {
        if (a.message() != null || a.trigger() instanceof CheckedSpec.Trigger.OnReceiveAll || closure.isEmpty()) {
            return null;
        }
        List<Value> params = new ArrayList<>();
        for (CheckedSpec.Param p : a.params()) {
            Value v = e.params().get(p.local().name());
            if (v == null) return null;
            params.add(v);
        }
        Successor step = transitions.apply(closure.iterator().next(), new Label(a, a.name(), e.node(), params, null));
        if (step.enabled() || step.guard().span() == null) return null;
        Span at = step.guard().span();
        return at.location() + " (" + at.text() + ")";
    }
}
