package dev.lockstep.conformance.partial;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an implementation logs and how its log maps to the spec, read from a JSON file beside the spec (see
 * docs/conformance.md, "Partial traces"): which log field names the event and the node, how log values map to spec
 * values, and per logged event either a step (of some actions, with some parameters, variables after the step and
 * the messages it sent) or a state observation. Every name is resolved against the model when the file is read,
 * so a typo is an LS940 naming its line, never a silently unconstrained event.
 *
 * @param eventField the log field that names the event (default {@code event})
 * @param nodeField  the log field that names the node (default {@code node})
 * @param values     per log field, log value (as text) to spec value (as the ITF text of the spec value)
 * @param events     the logged events by their name in the log
 * @param ignored    log event names to skip (debug lines that say nothing about the protocol)
 * @param hidden     the actions that may run without a log line ("unlogged internal steps")
 * @param sendsLogged whether some event logs the messages a step sends: then a step that sends is never hidden
 * @param clockField the log field holding a Lamport clock or a vector clock, for per-node logs (null: none)
 * @param timeField  the log field holding a wall-clock timestamp, for per-node logs merged with a skew bound (null: none)
 */
public record PartialMapping(String file, String eventField, String nodeField, Map<String, Map<String, Object>> values,
                             Map<String, EventMapping> events, Set<String> ignored, Set<CheckedSpec.Action> hidden,
                             boolean sendsLogged, String clockField, String timeField) {

    /**
     * One kind of log line. A step event stands for one spec step of one of {@code actions} (empty: any action of
     * the node's role); an observation ({@code observe}) constrains the state between steps.
     *
     * @param params      spec parameter name to log field
     * @param vars        spec variable of the node's role to log field (after the step, or at the observation)
     * @param sentField   the log field holding the list of messages the step sent (null: sends not logged)
     * @param fieldRenames inside logged messages, log field name to spec field name
     */
    public record EventMapping(String name, boolean observe, Set<CheckedSpec.Action> actions,
                               Map<String, String> params, Map<String, String> vars, String sentField,
                               Map<String, String> fieldRenames, int line) {}

    private static final Set<String> TOP_KEYS = Set.of("event", "node", "values", "events", "ignore", "hidden",
            "clock", "time");
    private static final Set<String> EVENT_KEYS = Set.of("action", "observe", "params", "vars", "sent", "fields");

    /** Reads and resolves {@code path} against {@code model}; a problem is a {@link PartialInputException}. */
    public static PartialMapping load(Path path, ModelInstance model) {
        LocatedJson doc = LocatedJson.read(path);
        Map<String, Object> top = object(doc, doc.root, "");
        unknownKeys(doc, top, "", TOP_KEYS);
        String eventField = string(doc, top.getOrDefault("event", "event"), "/event");
        String nodeField = string(doc, top.getOrDefault("node", "node"), "/node");
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        Map<String, Object> vs = object(doc, top.getOrDefault("values", Map.of()), "/values");
        for (var e : vs.entrySet()) values.put(e.getKey(), object(doc, e.getValue(), "/values/" + e.getKey()));
        Set<String> ignored = new HashSet<>(strings(doc, top.getOrDefault("ignore", List.of()), "/ignore"));
        CheckedSpec spec = model.spec();
        Map<String, EventMapping> events = new LinkedHashMap<>();
        Map<String, Object> es = object(doc, top.get("events"), "/events");
        if (es.isEmpty()) throw doc.problem("/events", "the mapping declares no logged event");
        Set<CheckedSpec.Action> logged = new HashSet<>();
        boolean sendsLogged = false;
        for (var e : es.entrySet()) {
            EventMapping em = event(doc, spec, e.getKey(), e.getValue());
            if (!em.observe()) logged.addAll(em.actions());
            sendsLogged |= em.sentField() != null;
            events.put(e.getKey(), em);
        }
        Set<CheckedSpec.Action> hidden = new HashSet<>();
        if (top.containsKey("hidden")) {
            List<String> names = strings(doc, top.get("hidden"), "/hidden");
            for (int i = 0; i < names.size(); i++) hidden.add(action(doc, spec, names.get(i), "/hidden/" + i));
        } else {
            // By default every action no event names may run unlogged.
            for (CheckedSpec.Role r : spec.roles()) for (CheckedSpec.Action a : r.actions()) if (!logged.contains(a)) hidden.add(a);
        }
        String clock = top.containsKey("clock") ? string(doc, top.get("clock"), "/clock") : null;
        String time = top.containsKey("time") ? string(doc, top.get("time"), "/time") : null;
        return new PartialMapping(doc.file, eventField, nodeField, values, events, ignored, hidden, sendsLogged, clock,
                time);
    }

    private static EventMapping event(LocatedJson doc, CheckedSpec spec, String name, Object tree) {
        String at = "/events/" + name;
        Map<String, Object> ev = object(doc, tree, at);
        unknownKeys(doc, ev, at, EVENT_KEYS);
        boolean observe = Boolean.TRUE.equals(ev.get("observe"));
        if (ev.containsKey("observe") && !(ev.get("observe") instanceof Boolean)) {
            throw doc.problem(at + "/observe", "expected true or false");
        }
        Set<CheckedSpec.Action> actions = new HashSet<>();
        Object a = ev.get("action");
        if (a != null) {
            if (observe) throw doc.problem(at + "/action", "an observation (\"observe\": true) names no action");
            List<String> names = a instanceof String s ? List.of(s) : strings(doc, a, at + "/action");
            for (int i = 0; i < names.size(); i++) {
                actions.add(action(doc, spec, names.get(i), at + "/action" + (a instanceof String ? "" : "/" + i)));
            }
        }
        Map<String, String> params = stringMap(doc, ev.getOrDefault("params", Map.of()), at + "/params");
        if (!params.isEmpty()) {
            if (actions.isEmpty()) throw doc.problem(at + "/params", "parameters need the event's action");
            for (CheckedSpec.Action act : actions) {
                for (String p : params.keySet()) {
                    if (act.params().stream().noneMatch(q -> q.local().name().equals(p))) {
                        throw doc.problem(at + "/params/" + p, act.qualifiedName() + " has no parameter " + p);
                    }
                }
            }
        }
        Map<String, String> vars = stringMap(doc, ev.getOrDefault("vars", Map.of()), at + "/vars");
        for (String v : vars.keySet()) {
            List<CheckedSpec.Role> roles = actions.isEmpty() ? spec.roles()
                    : actions.stream().map(x -> spec.role(x.role()).orElseThrow()).toList();
            if (roles.stream().noneMatch(r -> r.vars().stream().anyMatch(x -> x.name().equals(v) && !x.ghost()))) {
                throw doc.problem(at + "/vars/" + v, "no role " + (actions.isEmpty() ? "" : "of the event's actions ")
                        + "has a (non-ghost) variable " + v);
            }
        }
        String sent = ev.containsKey("sent") ? string(doc, ev.get("sent"), at + "/sent") : null;
        if (sent != null && observe) throw doc.problem(at + "/sent", "an observation sends no messages");
        Map<String, String> renames = stringMap(doc, ev.getOrDefault("fields", Map.of()), at + "/fields");
        return new EventMapping(name, observe, Set.copyOf(actions), params, vars, sent, renames, doc.line(at));
    }

    /** {@code Role.Action}, resolved. */
    private static CheckedSpec.Action action(LocatedJson doc, CheckedSpec spec, String name, String at) {
        int dot = name.indexOf('.');
        if (dot < 0) throw doc.problem(at, "name the action as Role.Action, not '" + name + "'");
        CheckedSpec.Role role = spec.role(name.substring(0, dot))
                .orElseThrow(() -> doc.problem(at, "spec " + spec.name() + " has no role " + name.substring(0, dot)));
        return role.actions().stream().filter(x -> x.name().equals(name.substring(dot + 1))).findFirst()
                .orElseThrow(() -> doc.problem(at, "role " + role.name() + " has no action " + name.substring(dot + 1)
                        + " (its actions are " + role.actions().stream().map(CheckedSpec.Action::name).toList() + ")"));
    }

    private static void unknownKeys(LocatedJson doc, Map<String, Object> map, String at, Set<String> known) {
        for (String k : map.keySet()) {
            if (!known.contains(k)) throw doc.problem(at + "/" + k, "unknown key '" + k + "' (known: " + known.stream().sorted().toList() + ")");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(LocatedJson doc, Object tree, String at) {
        if (tree instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw doc.problem(at, tree == null ? "missing object" : "expected an object");
    }

    private static String string(LocatedJson doc, Object tree, String at) {
        if (tree instanceof String s && !s.isEmpty()) return s;
        throw doc.problem(at, "expected a non-empty string");
    }

    private static List<String> strings(LocatedJson doc, Object tree, String at) {
        if (!(tree instanceof List<?> list)) throw doc.problem(at, "expected a list of strings");
        for (int i = 0; i < list.size(); i++) string(doc, list.get(i), at + "/" + i);
        return list.stream().map(String.class::cast).toList();
    }

    private static Map<String, String> stringMap(LocatedJson doc, Object tree, String at) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : object(doc, tree, at).entrySet()) out.put(e.getKey(), string(doc, e.getValue(), at + "/" + e.getKey()));
        return out;
    }
}
