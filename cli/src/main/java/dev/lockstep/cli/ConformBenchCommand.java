package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.conformance.ConformanceBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "bench-conform", description = "Trace checker throughput: generates conforming traces by random "
        + "walks over the model (not timed), then checks them from disk: long traces, and many short ones.")
final class ConformBenchCommand extends ModelCommand {
    @Mixin
    BenchTraces traces;

    @Mixin
    Repetitions repetitions;

    @Override
    public Integer call() throws IOException {
        LoadedModel loaded = load();
        output.emit(new Report(loaded, repetitions.runs, traces.measure(loaded.instance(), repetitions)));
        return ExitCodes.HOLDS;
    }

    /** One row per set of traces. */
    private record Report(LoadedModel loaded, int runs, List<ConformanceBench.Figures> figures)
            implements Output.Report {
        @Override
        public JsonNode json() {
            ObjectNode json = Json.object().put("spec", loaded.spec().name())
                    .put("model", loaded.instance().model().name()).put("runs", runs);
            ArrayNode rows = json.putArray("results");
            for (ConformanceBench.Figures f : figures) {
                rows.addObject().put("what", f.what()).put("events", f.events()).put("traces", f.traces())
                        .put("bytes", f.bytes()).put("medianSeconds", f.medianSeconds())
                        .put("eventsPerSecond", Math.round(f.eventsPerSecond()))
                        .put("medianCpuSeconds", f.medianCpuSeconds())
                        .put("eventsPerCpuSecond", Math.round(f.eventsPerCpuSecond()))
                        .put("parseOnlyEventsPerCpuSecond", Math.round(f.parseOnlyEventsPerCpuSecond()))
                        .put("peakHeapBytes", f.peakHeapBytes());
            }
            return json;
        }

        @Override
        public void text(PrintWriter out, PrintWriter err) {
            out.printf(Locale.ROOT, "%-36s %11s %9s %9s %11s %9s %12s %12s %10s%n", "traces", "events", "files MiB",
                    "median s", "events/s", "cpu s", "events/cpu-s", "parse-only/s", "peak heap");
            for (ConformanceBench.Figures f : figures) {
                out.printf(Locale.ROOT, "%-36s %,11d %9.1f %9.3f %,11.0f %9.3f %,12.0f %,12.0f %6d MiB%n", f.what(),
                        f.events(), f.bytes() / 1048576.0, f.medianSeconds(), f.eventsPerSecond(),
                        f.medianCpuSeconds(), f.eventsPerCpuSecond(), f.parseOnlyEventsPerCpuSecond(),
                        f.peakHeapBytes() >> 20);
            }
        }
    }
}
