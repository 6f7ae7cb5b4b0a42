package dev.lockstep.cli;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code run --input}: {@code NODE:ACTION} or {@code NODE:ACTION(p=v, q=w)}. Parsed and checked against the
 * protocol before any node starts (the node is run by this process, the action exists and is an {@code input}
 * action, the parameters are exactly the action's); each value is matched against the parameter's domain when the
 * input is called, since a domain may depend on the node's state. A value is written as the spec writes it: an
 * integer, TRUE or FALSE, a node name, an enum label, or a "string".
 */
record InputCall(String text, NodeId node, String action, Map<String, String> params) {
    private static final Pattern SHAPE = Pattern.compile("([^:()\\s]+):([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\((.*)\\))?");
    private static final Pattern PARAM = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(\\S(?:.*\\S)?)\\s*");

    /** Thrown with a one-line message naming the input and what is wrong with it. */
    static final class BadInputCall extends Exception {
        BadInputCall(String input, String problem) {
            super("--input " + input + ": " + problem, null, false, false);
        }
    }

    /** Parses {@code text}; checks node, action and parameter names against the protocol and the local nodes. */
    static InputCall parse(String text, ProtocolDescriptor protocol, List<NodeId> local) throws BadInputCall {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            throw new BadInputCall(text, "expected NODE:ACTION or NODE:ACTION(param=value, ...), e.g. r1:Prepare "
                    + "or r1:Propose(v=2)");
        }
        NodeId node = NodeId.of(m.group(1));
        if (!local.contains(node)) {
            throw new BadInputCall(text, "node " + node.name() + " is not a node this process runs (its nodes are "
                    + local.stream().map(NodeId::name).toList() + ")");
        }
        ActionSpec<?> action = action(protocol, node, m.group(2));
        if (action == null) {
            List<String> inputs = inputActions(protocol, node);
            throw new BadInputCall(text, "node " + node.name() + " has no action " + m.group(2) + " ("
                    + (inputs.isEmpty() ? "and no input actions" : "its input actions are " + inputs) + ")");
        }
        if (action.trigger() != Trigger.INPUT) {
            List<String> inputs = inputActions(protocol, node);
            throw new BadInputCall(text, action.name() + " is not an input action (it is triggered by "
                    + trigger(action) + "); " + (inputs.isEmpty() ? node.name() + " has no input actions"
                    : "the input actions of " + node.name() + " are " + inputs));
        }
        Map<String, String> params = params(text, m.group(3));
        List<String> expected = action.params().stream().map(ActionSpec.Param::name).toList();
        if (!params.isEmpty() && !Set.copyOf(expected).equals(params.keySet())) {
            throw new BadInputCall(text, "action " + action.name() + " takes the parameters " + expected
                    + ", given " + List.copyOf(params.keySet()) + " (give all of them, or none to let the node choose)");
        }
        return new InputCall(text, node, action.name(), params);
    }

    /**
     * The parameter values in the action's order, each the element of its domain that the text names; or, when no
     * parameters were given, null (the node chooses). Called on the node's thread with its current state.
     *
     * @throws BadInputCall when a value is not in its parameter's domain in that state
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Object> values(ActionSpec action, Object state) throws BadInputCall {
        if (params.isEmpty()) return null;
        List<Object> values = new ArrayList<>();
        for (Object p : action.params()) {
            ActionSpec.Param param = (ActionSpec.Param) p;
            String given = params.get(param.name());
            List<?> domain = param.domain().values(state, List.copyOf(values), null);
            Object match = domain.stream().filter(v -> names(v, given)).findFirst().orElse(null);
            if (match == null) {
                throw new BadInputCall(text, param.name() + " = " + given + " is not in its domain "
                        + domain.stream().map(InputCall::show).toList() + " in the node's current state");
            }
            values.add(match);
        }
        return values;
    }

    /** The action's spec, looked up on a fresh machine of the node (its action list does not depend on the state). */
    static ActionSpec<?> action(ProtocolDescriptor protocol, NodeId node, String name) {
        for (ActionSpec<?> a : actions(protocol, node)) if (a.name().equals(name)) return a;
        return null;
    }

    private static List<? extends ActionSpec<?>> actions(ProtocolDescriptor protocol, NodeId node) {
        for (ProtocolDescriptor.RoleDescriptor role : protocol.roles()) {
            if (role.nodes().contains(node)) return role.machine(node).actions();
        }
        return List.of();
    }

    private static List<String> inputActions(ProtocolDescriptor protocol, NodeId node) {
        return actions(protocol, node).stream().filter(a -> a.trigger() == Trigger.INPUT).map(ActionSpec::name).toList();
    }

    private static String trigger(ActionSpec<?> a) {
        return switch (a.trigger()) {
            case INPUT -> "the application";
            case AUTO -> "the node itself (auto)";
            case TIMER -> "a timer";
            case ON_RECEIVE -> "receiving a " + a.messageType() + " message";
            case ON_RECEIVE_ALL -> "receiving " + a.messageType() + " messages from a set of senders";
        };
    }

    private static Map<String, String> params(String text, String list) throws BadInputCall {
        Map<String, String> out = new LinkedHashMap<>();
        if (list == null || list.isBlank()) return out;
        for (String part : list.split(",", -1)) {
            Matcher p = PARAM.matcher(part);
            if (!p.matches()) {
                throw new BadInputCall(text, "'" + part.strip() + "' is not param=value (values are integers, TRUE, "
                        + "FALSE, node names, enum labels or \"strings\")");
            }
            if (out.put(p.group(1), p.group(2)) != null) {
                throw new BadInputCall(text, "parameter " + p.group(1) + " is given twice");
            }
        }
        return out;
    }

    /** True when {@code text} writes the value {@code v} as a spec would. */
    private static boolean names(Object v, String text) {
        return switch (v) {
            case Long l -> text.matches("-?\\d+") && text.equals(Long.toString(l));
            case Integer i -> text.matches("-?\\d+") && text.equals(Integer.toString(i));
            case Boolean b -> text.equals(b ? "TRUE" : "FALSE");
            case String s -> text.equals("\"" + s + "\"");
            case NodeId n -> text.equals(n.name());
            case Enum<?> e -> text.equals(e.name());
            default -> text.equals(show(v));
        };
    }

    private static String show(Object v) {
        return switch (v) {
            case Boolean b -> b ? "TRUE" : "FALSE";
            case String s -> "\"" + s + "\"";
            case NodeId n -> n.name();
            case Enum<?> e -> e.name();
            default -> String.valueOf(v);
        };
    }
}
