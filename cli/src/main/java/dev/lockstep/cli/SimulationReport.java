package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.SimulationResult;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code simulate} found over its seeds: the totals, the first failing run (null when none failed) with its
 * divergence from the spec (when the spec checked it) and the command line that replays it, and the run whose final
 * states are shown ({@code shown}: the failing run, or the only run; null otherwise).
 *
 * @param check "spec", the --check class, or "none"
 * @param runs  how many seeds ran
 */
record SimulationReport(ProtocolDescriptor protocol, String check, long firstSeed, long runs, Totals totals,
                        SimulationResult failed, SimulationResult shown, String divergence, String replay)
        implements Output.Report {

    /** The sums over the runs, and how often each action fired (its coverage); cluster members send theirs back. */
    static final class Totals implements java.io.Serializable {
        long steps;
        long delivered;
        long dropped;
        long duplicated;
        long crashes;
        final TreeMap<String, Long> fired = new TreeMap<>();

        void fired(String action) { fired.merge(action, 1L, Long::sum); }

        /** Adds another batch of runs' sums (a cluster member's). */
        void add(Totals t) {
            steps += t.steps;
            delivered += t.delivered;
            dropped += t.dropped;
            duplicated += t.duplicated;
            crashes += t.crashes;
            t.fired.forEach((action, n) -> fired.merge(action, n, Long::sum));
        }

        void add(SimulationResult r) {
            steps += r.steps();
            delivered += r.delivered();
            dropped += r.dropped();
            duplicated += r.duplicated();
            crashes += r.crashes();
        }
    }

    private boolean nothingChecked() { return check.equals("none"); }

    @Override
    public JsonNode json() {
        ObjectNode json = Json.object().put("protocol", protocol.protocol()).put("model", protocol.model())
                .put("status", failed != null ? "violation" : nothingChecked() ? "not-checked" : "holds")
                .put("check", check).put("firstSeed", firstSeed).put("runs", runs).put("steps", totals.steps)
                .put("delivered", totals.delivered).put("dropped", totals.dropped)
                .put("duplicated", totals.duplicated).put("crashes", totals.crashes);
        ObjectNode actions = json.putObject("actionsFired");
        totals.fired.forEach(actions::put);
        if (failed != null) {
            SimulationResult.Failure f = failed.failure().get();
            ObjectNode violation = json.putObject("violation").put("seed", f.seed()).put("step", f.step())
                    .put("node", f.node()).put("action", f.action()).put("reason", f.reason()).put("replay", replay);
            if (divergence != null) violation.put("divergence", divergence);
        }
        if (shown != null) json.set("finalStates", Json.tree(states(shown)));
        return json;
    }

    @Override
    public void text(PrintWriter out, PrintWriter err) {
        out.printf(Locale.ROOT, "Simulated %s (model %s): %d run(s) from seed %d, %,d steps, %,d deliveries, "
                        + "%,d dropped, %,d duplicated, %,d crashes%n", protocol.protocol(), protocol.model(), runs,
                firstSeed, totals.steps, totals.delivered, totals.dropped, totals.duplicated, totals.crashes);
        StringBuilder fired = new StringBuilder();
        totals.fired.forEach((action, n) -> fired.append(fired.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %,d", action, n)));
        out.println("Actions fired: " + (fired.isEmpty() ? "none" : fired));
        if (failed == null) {
            out.println("Result: " + (nothingChecked() ? "nothing checked (no --check given); no action failed"
                    : check.equals("spec") ? "holds (every step conforms to the spec, invariants hold)" : "holds"));
            return;
        }
        out.println("Result: violation at " + failed.failure().get());
        if (divergence != null) out.print(divergence);
        out.println("Replay: " + replay);
        out.println("Final states:");
        states(failed).forEach((n, st) -> out.println("  " + n + " = " + Json.oneLine(st)));
    }

    private static Map<String, Object> states(SimulationResult r) {
        Map<String, Object> out = new TreeMap<>();
        r.finalStates().forEach((n, s) -> out.put(n.name(), Itf.encode(s)));
        return out;
    }
}
