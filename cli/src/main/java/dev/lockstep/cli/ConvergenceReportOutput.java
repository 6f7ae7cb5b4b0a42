package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.gossip.ConvergenceReport;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code simulate --report convergence} as text or as one JSON document (docs/gossip.md, "JSON"): the rates per
 * protocol and layer, the layers carried per exchange, the mean share of changed nodes per round and layer (every
 * round, so a script can plot it), and when each layer settled after the start and after each disruption.
 *
 * @param title    the spec, model, seeds, rounds and schedule, as the text's first line says them
 * @param schedule the {@code --schedule} script, or null
 * @param plot     the SVG written, or null
 */
record ConvergenceReportOutput(String title, String spec, String model, long firstSeed, int seeds, String schedule,
                               Path plot, ConvergenceReport r) implements Output.Report {

    @Override
    public void text(PrintWriter out, PrintWriter err) {
        out.println("Gossip simulation of " + title);
        out.print(r.render());
        if (plot != null) out.println("plot written to " + plot);
    }

    @Override
    public JsonNode json() {
        ObjectNode json = Json.object().put("status", r.settledEveryTime() ? "settled" : "not-settled")
                .put("spec", spec).put("model", model).put("firstSeed", firstSeed).put("seeds", seeds)
                .put("rounds", r.rounds());
        json.put("schedule", schedule);
        ArrayNode disruptions = json.putArray("disruptions");
        r.disruptions().forEach(disruptions::add);
        ArrayNode protocols = json.putArray("protocols");
        for (int i = 0; i < r.protocols().size(); i++) {
            protocols.addObject().put("name", r.protocols().get(i)).put("actualRate", r.actualRate()[i]);
        }
        int[][] settled = r.settledAt();
        ArrayNode layers = json.putArray("layers");
        for (int l = 0; l < r.layers().size(); l++) {
            ObjectNode lj = layers.addObject().put("name", r.layers().get(l)).put("effectiveRate", r.effectiveRate()[l])
                    .put("effectiveMin", r.effectiveMin()[l]).put("effectiveMax", r.effectiveMax()[l]);
            ArrayNode periods = lj.putArray("settled");
            for (int k = 0; k < settled[l].length; k++) {
                ObjectNode p = periods.addObject();
                if (k == 0) p.putNull("after");
                else p.put("after", r.disruptions().get(k - 1));
                if (settled[l][k] < 0) p.putNull("round");
                else p.put("round", settled[l][k]);
            }
        }
        double exchanges = java.util.Arrays.stream(r.actualRate()).sum();
        double updates = java.util.Arrays.stream(r.effectiveRate()).sum();
        json.put("exchangesPerNodeRound", exchanges).put("updatesPerNodeRound", updates)
                .put("layersPerExchange", exchanges == 0 ? 0 : updates / exchanges);
        ArrayNode rounds = json.putArray("convergence");
        for (int round = 1; round <= r.rounds(); round++) {
            ObjectNode row = rounds.addObject().put("round", round);
            ArrayNode changed = row.putArray("changed");
            for (double c : r.changed()[round]) changed.add(c);
        }
        json.put("plot", plot == null ? null : plot.toString());
        return json;
    }
}
