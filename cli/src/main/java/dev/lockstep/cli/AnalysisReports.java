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

/** The reports of {@code lockstep analyze}, as text and as JSON. */
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

    record Monotone(String file, MonotonicityReport r) implements Output.Report {
        @Override
        public void text(PrintWriter out, PrintWriter err) {
            out.printf("Monotonicity of %s (%s test)%n", file, r.method());
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

        @Override
        public JsonNode json() {
            ObjectNode json = Json.object().put("status", "ok").put("analysis", "monotonicity").put("spec", r.spec())
                    .put("method", r.method()).put("coordinationFree", r.coordinationFree());
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
            return json;
        }
    }

    record Partitions(String file, PartitionReport r) implements Output.Report {
        @Override
        public void text(PrintWriter out, PrintWriter err) {
            out.printf("Partitioning of %s%n", file);
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

        @Override
        public JsonNode json() {
            ObjectNode json = Json.object().put("status", "ok").put("analysis", "partition").put("spec", r.spec());
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
            return json;
        }
    }

    record Placements(String file, PlacementReport r) implements Output.Report {
        @Override
        public void text(PrintWriter out, PrintWriter err) {
            out.printf("Placement of %s, model %s%n", file, r.model());
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

        @Override
        public JsonNode json() {
            ObjectNode json = Json.object().put("status", "ok").put("analysis", "placement").put("spec", r.spec())
                    .put("model", r.model());
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
            return json;
        }
    }
}
