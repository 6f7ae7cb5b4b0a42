package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.runtime.node.InputResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * What {@code run} did: each input called and its result, and each node's state, steps and transport counters
 * at the end, by node name. The inputs are printed as they are called; the text report is the nodes.
 */
record RunReport(String protocol, String model, List<InputOutcome> inputs, Map<String, LocalRun.NodeReport> nodes)
        implements Output.Report {

    /** One {@code --input}: its result, and why a parameter value was refused ({@code problem}, else null). */
    record InputOutcome(InputCall call, InputResult result, String problem) {
        String text() { return "input " + call.text() + " -> " + result + (problem == null ? "" : " (" + problem + ")"); }
    }

    /** True when a parameter value was outside its domain: the user's input error. */
    boolean badValue() { return inputs.stream().anyMatch(i -> i.problem() != null); }

    @Override
    public JsonNode json() {
        ObjectNode json = Json.object().put("protocol", protocol).put("model", model);
        ArrayNode rows = json.putArray("inputs");
        for (InputOutcome i : inputs) {
            ObjectNode row = rows.addObject().put("node", i.call().node().name()).put("action", i.call().action());
            row.set("params", Json.tree(i.call().params()));
            row.put("result", i.result().name()).put("problem", i.problem());
        }
        ObjectNode states = json.putObject("nodes");
        nodes.forEach((n, r) -> {
            ObjectNode node = Json.object();
            node.set("state", Json.tree(r.state()));
            node.put("steps", r.steps()).put("transport", r.transport());
            states.set(n, node);
        });
        return json;
    }

    @Override
    public void text(PrintWriter out, PrintWriter err) {
        nodes.forEach((n, r) -> out.println(n + ": " + r.steps() + " steps, state " + Json.oneLine(r.state()) + "; "
                + r.transport()));
    }
}
