package dev.lockstep.conformance;

import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.Itf;
import dev.lockstep.lang.value.ItfDecodeException;
import dev.lockstep.lang.value.ItfDecoder;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the ITF values of a trace event as spec values, by the spec's declared types: a node's logged state, an
 * action's parameters and a message. The decoders are built once per spec, because decoding runs on every event.
 * A value that does not fit its type raises {@link ItfDecodeException} with the path inside the event.
 */
final class TraceDecoding {
    private final CheckedSpec spec;
    private final List<RoleFormat> roles = new ArrayList<>();
    private final Map<String, ItfDecoder> messageDecoders = new HashMap<>();

    /** A role's actions by name, and its variables' names, decoders and paths in reports. */
    record RoleFormat(CheckedSpec.Role role, Map<String, ActionFormat> actions, Set<String> varNames,
                      ItfDecoder[] varDecoders, String[] statePaths) {

        /**
         * The logged state of a node of this role: an object with exactly the role's variables but the ghost ones,
         * which the generated node does not have (their slots are null: the spec's successor computes them).
         */
        Value[] state(Object tree) {
            List<CheckedSpec.Var> vars = role.vars();
            if (!(tree instanceof Map<?, ?> map)) throw new ItfDecodeException("state", "expected an object");
            if (map.size() != varNames.size() || !varNames.containsAll(map.keySet())) {
                for (Object key : map.keySet()) {
                    if (!varNames.contains(key)) {
                        throw new ItfDecodeException("state", "role " + role.name() + " has no variable '" + key
                                + "'");
                    }
                }
            }
            Value[] out = new Value[vars.size()];
            for (int v = 0; v < out.length; v++) {
                CheckedSpec.Var var = vars.get(v);
                if (var.ghost()) continue;
                Object value = map.get(var.name());
                if (value == null && !map.containsKey(var.name())) {
                    throw new ItfDecodeException(statePaths[v], "missing variable");
                }
                out[v] = varDecoders[v].decode(value, statePaths[v]);
            }
            return out;
        }
    }

    /** An action with its parameters' names and decoders. */
    record ActionFormat(CheckedSpec.Action action, Set<String> paramNames, ItfDecoder[] paramDecoders) {

        /** Parameter {@code i}'s logged value. */
        Value param(int i, Object tree) {
            String name = action.params().get(i).local().name();
            return paramDecoders[i].decode(tree, "params." + name);
        }
    }

    TraceDecoding(CheckedSpec spec) {
        this.spec = spec;
        for (CheckedSpec.Role role : spec.roles()) {
            Map<String, ActionFormat> actions = new HashMap<>();
            for (CheckedSpec.Action a : role.actions()) {
                actions.put(a.name(), new ActionFormat(a,
                        a.params().stream().map(p -> p.local().name()).collect(Collectors.toSet()),
                        a.params().stream().map(p -> Itf.decoder(p.local().type())).toArray(ItfDecoder[]::new)));
            }
            roles.add(new RoleFormat(role, actions,
                    role.vars().stream().filter(v -> !v.ghost()).map(CheckedSpec.Var::name).collect(Collectors.toSet()),
                    role.vars().stream().map(v -> Itf.decoder(v.type())).toArray(ItfDecoder[]::new),
                    role.vars().stream().map(v -> "state." + v.name()).toArray(String[]::new)));
        }
        for (CheckedSpec.MessageDecl m : spec.messages()) messageDecoders.put(m.name(), Itf.decoder(m.type()));
    }

    /** The format of role number {@code index} (as in {@link CheckedSpec.Role#index()}). */
    RoleFormat role(int index) { return roles.get(index); }

    /** A logged message, decoded by the type its {@code type} field names; {@code path} locates it in the event. */
    RecordV message(Object tree, String path) {
        if (!(tree instanceof Map<?, ?> map)) throw new ItfDecodeException(path, "expected a message object");
        Object type = map.get("type");
        ItfDecoder decoder = type instanceof String s ? messageDecoders.get(s) : null;
        if (decoder == null) {
            throw new ItfDecodeException(path + ".type", "spec " + spec.name() + " has no message type " + type);
        }
        return (RecordV) decoder.decode(tree, path);
    }
}
