package dev.lockstep.conformance;

import dev.lockstep.runtime.trace.TraceEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recorded run read whole for {@code lockstep replay}: per node, its trace file and its events in order. The
 * reader checks what a replay relies on (one node per file, an init event first, steps 0, 1, 2, ... without gaps);
 * anything else is a {@link ReplayInputException} naming the file and line.
 */
public record RecordedRun(Map<String, NodeTrace> nodes) {
    /** One event and the line it came from. */
    public record Recorded(TraceEvent event, String file, long line) {
        public String where() { return file + ":" + line; }
    }

    /** One node's trace: its file and its events in recorded order. */
    public record NodeTrace(String node, String role, Path file, List<Recorded> events) {}

    /** Reads every {@code *.ndjson} file of {@code dir}. */
    public static RecordedRun read(Path dir) {
        if (!Files.isDirectory(dir)) throw new ReplayInputException(dir + " is not a folder of trace files");
        List<Path> files;
        try {
            files = TraceChecker.traceFiles(List.of(dir));
        } catch (IOException e) {
            throw new ReplayInputException("cannot list " + dir + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ReplayInputException("no *.ndjson trace files in " + dir + (hasSeedFolders(dir)
                    ? " (it holds seed-N folders: give one of them, e.g. " + dir.resolve("seed-1") + ")" : ""));
        }
        Map<String, NodeTrace> nodes = new LinkedHashMap<>();
        for (Path f : files) {
            NodeTrace t = readFile(f);
            NodeTrace before = nodes.putIfAbsent(t.node(), t);
            if (before != null) {
                throw new ReplayInputException(f + ":1: node " + t.node() + " already has a trace, " + before.file());
            }
        }
        return new RecordedRun(nodes);
    }

    private static boolean hasSeedFolders(Path dir) {
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("seed-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static NodeTrace readFile(Path f) {
        List<Recorded> events = new ArrayList<>();
        String node = null, role = null;
        java.util.Set<String> roles = new java.util.LinkedHashSet<>();
        try (TraceFileReader reader = new TraceFileReader(f)) {
            for (TraceFileReader.Located l = reader.next(); l != null; l = reader.next()) {
                TraceEvent e = l.event();
                Recorded r = new Recorded(e, f.toString(), l.line());
                boolean leadingInit = e.kind() == TraceEvent.Kind.INIT && e.step() == 0 && events.size() == roles.size();
                if (node == null) {
                    if (e.kind() != TraceEvent.Kind.INIT || e.step() != 0) {
                        throw new ReplayInputException(r.where() + ": a trace starts with the node's init event (step 0)");
                    }
                    node = e.node();
                    role = e.role();
                    roles.add(role);
                } else if (!e.node().equals(node)) {
                    throw new ReplayInputException(r.where() + ": event of " + e.role() + " " + e.node()
                            + " in the trace of " + role + " " + node + " (one node per file)");
                } else if (leadingInit && roles.add(e.role())) {
                    // A node of several roles starts with one init event per role (docs/runtime.md, "Roles on one node").
                    role = role + "+" + e.role();
                } else if (e.step() != events.size() - (roles.size() - 1)) {
                    throw new ReplayInputException(r.where() + ": step " + e.step() + " where step "
                            + (events.size() - (roles.size() - 1)) + " comes next");
                }
                events.add(r);
            }
        } catch (MalformedTraceException e) {
            throw new ReplayInputException(e.origin().location() + ": " + e.getMessage());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ReplayInputException("cannot read " + f + ": " + e.getMessage());
        }
        if (node == null) throw new ReplayInputException(f + ": no events");
        return new NodeTrace(node, role, f, List.copyOf(events));
    }

    /** The number of events over all nodes. */
    public int events() {
        return nodes.values().stream().mapToInt(t -> t.events().size()).sum();
    }
}
