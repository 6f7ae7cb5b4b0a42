package dev.lockstep.conformance.partial;

import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the hand-written two-phase commit logs when it logs only its sends and its decisions, in a format of its own:
 * {@code {"ev":"send","node":"r1","msgs":[{"kind":"PREPARED","to":"tm","rm":"r1"}]}} for a step that sends, and
 * {@code {"ev":"decide","node":"tm","outcome":"COMMIT"}} when a node decides (an RM commits or aborts, the TM
 * commits or aborts). With {@code withActions} a send line names the handler that sent it ({@code "ev":"Commit"}).
 */
final class TwoPhaseCommitLogs implements ProjectedLog.Projection {
    private final boolean withActions;
    private final Map<String, String> lastState = new HashMap<>();

    TwoPhaseCommitLogs(boolean withActions) { this.withActions = withActions; }

    @Override
    public List<Map<String, Object>> lines(TraceEvent e) {
        List<Map<String, Object>> out = new ArrayList<>();
        String state = String.valueOf(((Map<?, ?>) itf(e.state())).get("state"));
        String before = lastState.put(e.node(), state);
        if (e.kind() != TraceEvent.Kind.STEP) return out;
        if (!e.sent().isEmpty()) {
            List<Object> msgs = new ArrayList<>();
            for (TraceEvent.SentMessage m : e.sent()) {
                Map<?, ?> msg = (Map<?, ?>) ProjectedLog.plain(itf(m.msg()));
                Map<String, Object> logged = new LinkedHashMap<>();
                logged.put("kind", String.valueOf(msg.get("type")).equals("Prepared") ? "PREPARED"
                        : String.valueOf(msg.get("type")).toUpperCase(java.util.Locale.ROOT));
                logged.put("to", msg.get("dst"));
                if (msg.containsKey("rm")) logged.put("rm", msg.get("rm"));
                msgs.add(logged);
            }
            out.add(line(withActions ? e.action() : "send", e.node(), "msgs", msgs));
        }
        if (!state.equals(before)) {
            String outcome = switch (state) {
                case "done" -> e.action().equals("Abort") ? "ABORT" : "COMMIT";
                case "committed" -> "COMMITTED";
                case "aborted" -> "ABORTED";
                default -> null;  // working -> prepared is no decision
            };
            if (outcome != null) out.add(line("decide", e.node(), "outcome", outcome));
        }
        return out;
    }

    private static Object itf(Object value) { return value instanceof ItfEncodable i ? i.toItf() : value; }

    private static Map<String, Object> line(String ev, String node, String field, Object value) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("ev", ev);
        l.put("node", node);
        l.put(field, value);
        return l;
    }
}
