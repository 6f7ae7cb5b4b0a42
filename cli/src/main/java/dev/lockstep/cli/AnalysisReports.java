package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.analysis.MonotonicityReport;
import dev.lockstep.lang.analysis.PartitionReport;
import dev.lockstep.lang.analysis.PlacementReport;
import dev.lockstep.lang.analysis.Point;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

/**
 * The reports of {@code lockstep analyze}, as text and as JSON: each is an {@link Analysis}, which says the heading
 * line and the JSON envelope once; an analysis adds its lines and its fields.
 */
final class AnalysisReports {
    private AnalysisReports() {}

    /** {@code file:line:col `text`: reason}, as both reports list a coordination point or a refusal. */
    private static String point(Point p) {
        return p.span().location() + " `" + p.text() + "`: " + p.reason();
    }

    private static ArrayNode points(List<Point> points) {
        ArrayNode out = Json.array();
        for (Point p : points) {
            out.addObject().put("file", p.span().file().name()).put("line", p.span().line())
                    .put("column", p.span().column()).put("text", p.text()).put("reason", p.reason());
        }
        return out;
    }

    /**
     * One report of {@code analyze}: as text a heading line, then the analysis's lines; as JSON {@code status},
     * {@code analysis} and {@code spec}, then the analysis's fields.
     */
    private record Analysis(String heading, String analysis, String spec, Consumer<PrintWriter> lines,
                            Consumer<ObjectNode> fields) implements Output.Report {
        @Override
        public void text(PrintWriter out, PrintWriter err) {
            out.println(heading);
            lines.accept(out);
        }

        @Override
        public JsonNode json() {
            ObjectNode json = Json.object().put("status", "ok").put("analysis", analysis).put("spec", spec);
            fields.accept(json);
            return json;
        }
    }

    static Output.Report monotone(String file, MonotonicityReport r) {
        return new Analysis("Monotonicity of " + file + " (" + r.method() + " test)", "monotonicity", r.spec(),
                out -> monotoneLines(r, out), json -> monotoneFields(r, json));
    }

    static Output.Report partitions(String file, PartitionReport r) {
        return new Analysis("Partitioning of " + file, "partition", r.spec(), out -> partitionLines(r, out),
                json -> partitionFields(r, json));
    }

    static Output.Report placements(String file, PlacementReport r) {
        return new Analysis("Placement of " + file + ", model " + r.model(), "placement", r.spec(),
                out -> placementLines(r, out), json -> placementFields(r, json));
    }

    private static void monotoneLines(MonotonicityReport r, PrintWriter out) {
        for (MonotonicityReport.RoleResult role : r.roles()) {
            out.printf("role %s: %s%n", role.name(), role.monotone() ? "monotone" : "not monotone");
            out.printf("  variables: %s%n", String.join(", ", role.vars().stream()
                    .map(v -> v.name() + " " + v.describe()).toList()));
            for (Point p : role.points()) out.println("  coordination point: " + point(p));
            for (MonotonicityReport.ActionResult a : role.actions()) {
                String verdict = a.monotone() ? "monotone" : "coordination point";
                out.printf("  %s.%s: %s%n", role.name(), a.name(), verdict);
                for (Point p : a.points()) out.println("    " + point(p));
            }
        }
        out.println(r.coordinationFree() ? "Coordination-free: every action is monotone."
                : "Not coordination-free: " + r.coordinationPoints() + " coordination point"
                        + (r.coordinationPoints() == 1 ? "" : "s") + ".");
    }

    private static void monotoneFields(MonotonicityReport r, ObjectNode json) {
        json.put("method", r.method()).put("coordinationFree", r.coordinationFree());
        ArrayNode roles = json.putArray("roles");
        for (MonotonicityReport.RoleResult role : r.roles()) {
            ObjectNode rj = roles.addObject().put("name", role.name()).put("monotone", role.monotone());
            ArrayNode vars = rj.putArray("variables");
            role.vars().forEach(v -> vars.addObject().put("name", v.name()).put("order", v.describe()));
            rj.set("coordinationPoints", points(role.points()));
            ArrayNode actions = rj.putArray("actions");
            for (MonotonicityReport.ActionResult a : role.actions()) {
                actions.addObject().put("name", a.name()).put("monotone", a.monotone())
                        .set("coordinationPoints", points(a.points()));
            }
        }
    }

    private static void partitionLines(PartitionReport r, PrintWriter out) {
        for (PartitionReport.RoleResult role : r.roles()) {
            if (role.partitionable()) {
                String key = role.key() == null ? "any key (no state)" : role.key();
                out.printf("role %s: partitionable by %s%n", role.name(), key);
                for (PartitionReport.Route route : role.routes()) {
                    out.printf("  %s.%s: %s%n", role.name(), route.action(), route.key() == null
                            ? "touches no state (any shard)" : "the shard of " + route.key());
                }
            } else {
                out.printf("role %s: not partitionable%n", role.name());
                for (Point p : role.refusals()) out.println("  " + point(p));
            }
        }
    }

    private static void partitionFields(PartitionReport r, ObjectNode json) {
        ArrayNode roles = json.putArray("roles");
        for (PartitionReport.RoleResult role : r.roles()) {
            ObjectNode rj = roles.addObject().put("name", role.name()).put("partitionable", role.partitionable())
                    .put("key", role.key());
            ArrayNode routes = rj.putArray("routes");
            for (PartitionReport.Route route : role.routes()) {
                routes.addObject().put("action", route.action()).put("message", route.message())
                        .put("key", route.key());
            }
            rj.set("refusals", points(role.refusals()));
        }
    }

    private static void placementLines(PlacementReport r, PrintWriter out) {
        for (PlacementReport.Combiner c : r.combiners()) {
            String fed = c.senders().isEmpty() ? "" : " from " + String.join(", ", c.senders());
            if (c.stablePerGroup()) {
                out.printf("%s: %d of %d nodes (one per group of %s): input %s%s is stable per group%n", c.name(),
                        c.feeders(), c.of(), c.groups(), c.message(), fed);
                out.printf("  groups: %s%n", String.join(" | ", c.groupNodes().stream()
                        .map(g -> String.join(", ", g)).toList()));
            } else {
                out.printf("%s: %d of %d nodes (all senders): input %s%s is not stable per group%n", c.name(),
                        c.feeders(), c.of(), c.message(), fed);
                for (Point p : c.reasons()) out.println("  " + point(p));
            }
        }
    }

    private static void placementFields(PlacementReport r, ObjectNode json) {
        json.put("model", r.model());
        ArrayNode combiners = json.putArray("combiners");
        for (PlacementReport.Combiner c : r.combiners()) {
            ObjectNode cj = combiners.addObject().put("name", c.name()).put("message", c.message())
                    .put("stablePerGroup", c.stablePerGroup()).put("feeders", c.feeders()).put("of", c.of())
                    .put("groups", c.groups());
            ArrayNode senders = cj.putArray("senders");
            c.senders().forEach(senders::add);
            ArrayNode groups = cj.putArray("groupNodes");
            for (List<String> g : c.groupNodes()) {
                ArrayNode ga = groups.addArray();
                g.forEach(ga::add);
            }
            cj.set("reasons", points(c.reasons()));
        }
    }
}
