package dev.lockstep.conformance;

import dev.lockstep.conformance.ConformanceResult.Status;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.lang.eval.ModelInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks recorded traces against a model: reads the per-node NDJSON files as streams, merges them in a
 * happens-before order ({@link HappensBeforeMerge}) and replays every event ({@link ConformanceMonitor}), stopping
 * at the first divergence. A trace that stops mid-protocol conforms, and so do messages never received; traces
 * without a single event are bad input (nothing would have been checked).
 */
public final class TraceChecker {
    private TraceChecker() {}

    /** The trace files among {@code inputs}: files as given, directories by their {@code *.ndjson} files, sorted. */
    public static List<Path> traceFiles(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".ndjson") && Files.isRegularFile(f)).sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Checks the traces in {@code inputs} (files, or directories of {@code *.ndjson} files). */
    public static ConformanceResult check(ModelInstance model, List<Path> inputs) {
        long start = System.nanoTime();
        List<String> names = new ArrayList<>();
        List<TraceFileReader> readers = new ArrayList<>();
        ConformanceMonitor monitor = new ConformanceMonitor(model);
        try {
            List<Path> files = traceFiles(inputs);
            if (files.isEmpty()) {
                return badInput(names, "no trace files in " + inputs, start, 0);
            }
            for (Path f : files) {
                names.add(f.toString());
                if (!Files.isReadable(f)) return badInput(names, f + " cannot be read", start, 0);
                readers.add(new TraceFileReader(f));
            }
            HappensBeforeMerge merge = new HappensBeforeMerge(readers);
            for (TraceFileReader.Located e = merge.next(); e != null; e = merge.next()) {
                Divergence d = monitor.accept(e.event(), e.brief());
                if (d != null) {
                    // The monitor saw the origin without its raw line; the report shows the line.
                    d = d.origin() != null && d.origin().raw() == null ? d.withOrigin(e.origin()) : d;
                    return result(statusOf(d), monitor.eventsChecked(), names, d, start);
                }
            }
            if (monitor.eventsChecked() == 0) {
                return badInput(names, "the trace files hold no events: nothing was checked", start, 0);
            }
            return result(Status.CONFORMS, monitor.eventsChecked(), names, null, start);
        } catch (MalformedTraceException e) {
            TraceOrigin o = e.origin();
            return result(Status.BAD_INPUT, monitor.eventsChecked(), names,
                    new Divergence(Reason.MALFORMED, o, null, -1, e.getMessage(), List.of(), null), start);
        } catch (DivergenceException e) {
            return result(statusOf(e.divergence()), monitor.eventsChecked(), names, e.divergence(), start);
        } catch (IOException | UncheckedIOException e) {
            return badInput(names, "cannot read the traces: " + e.getMessage(), start, monitor.eventsChecked());
        } finally {
            for (TraceFileReader r : readers) r.close();
        }
    }

    /**
     * A trace naming a node, role or action the model does not have was not recorded from this model (or logs
     * names of its own): bad input, like a malformed line. Every other departure is a divergence.
     */
    private static Status statusOf(Divergence d) {
        return d.reason() == Reason.MALFORMED || d.reason() == Reason.UNKNOWN_NAME ? Status.BAD_INPUT : Status.DIVERGES;
    }

    private static ConformanceResult badInput(List<String> names, String message, long start, long events) {
        return result(Status.BAD_INPUT, events, names,
                new Divergence(Reason.MALFORMED, null, null, -1, message, List.of(), null), start);
    }

    private static ConformanceResult result(Status status, long events, List<String> names, Divergence d,
                                            long start) {
        return new ConformanceResult(status, events, names, d, Duration.ofNanos(System.nanoTime() - start));
    }
}
