package dev.lockstep.conformance.partial;

import dev.lockstep.conformance.partial.PartialResult.PartialFailure;
import dev.lockstep.conformance.partial.PartialResult.Status;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.eval.EvalException;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.State;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one run logged as one file per node: the files are merged while they are checked. Each file keeps its own
 * order; a line may come next when no other file's next line must come before it by the clocks (the mapping's
 * {@code clock}: Lamport or vector clocks, happens-before) or by the timestamps (its {@code time}, with a skew bound:
 * only lines further apart than the bound are ordered). The search runs the partial-trace search
 * ({@link PartialTraceChecker}) over every merged order at once: after n matched lines it keeps, per combination of
 * positions in the files, the spec states the lines so far allow, so two orders that reach the same positions share
 * their states. No order left: the run matches no behaviour, and the report names a line that could come next.
 */
public final class PerNodeChecker {
    private final PartialTraceChecker checker;
    private final PartialMapping mapping;
    private final ModelInstance model;
    private final Duration skew;

    /** One line of a node's log and its clock. */
    private record Entry(LoggedEvent event, LogClock clock) {}

    /** A combination of positions in the files (the next line of each). */
    private record Positions(int[] at) {
        @Override
        public boolean equals(Object o) { return o instanceof Positions p && Arrays.equals(at, p.at); }

        @Override
        public int hashCode() { return Arrays.hashCode(at); }
    }

    /**
     * {@code skew} null merges by the mapping's {@code clock} field; otherwise by its {@code time} field, with lines
     * of two nodes less than {@code skew} apart taken in either order. A mapping without the field is an LS940.
     */
    public PerNodeChecker(ModelInstance model, PartialMapping mapping, int maxHiddenSteps, int maxStates, Duration skew) {
        if (skew == null && mapping.clockField() == null) {
            throw new PartialInputException(Code.PARTIAL_MAPPING_INVALID, mapping.file(), 0, "per-node logs are merged "
                    + "by the field the mapping names as \"clock\" (a Lamport or vector clock), or with a skew bound "
                    + "(--skew) by the field it names as \"time\" (a timestamp); this mapping names no \"clock\""
                    + (mapping.timeField() != null ? ": give --skew to merge by \"" + mapping.timeField() + "\"" : ""));
        }
        if (skew != null && mapping.timeField() == null) {
            throw new PartialInputException(Code.PARTIAL_MAPPING_INVALID, mapping.file(), 0, "--skew merges per-node "
                    + "logs by wall-clock timestamps; name the log field that holds them as \"time\" in the mapping");
        }
        if (skew != null && skew.isNegative()) throw new IllegalArgumentException("negative skew " + skew);
        this.model = model;
        this.mapping = mapping;
        this.skew = skew;
        this.checker = new PartialTraceChecker(model, mapping, maxHiddenSteps, maxStates);
    }

    /** How the logs are merged, for reports. */
    public String mergedBy() {
        return skew == null ? "clocks in field '" + mapping.clockField() + "'"
                : "timestamps in field '" + mapping.timeField() + "', skew up to " + skew.toMillis() + " ms";
    }

    /** Checks the run whose per-node logs are the files of {@code dir}. */
    public PartialResult check(Path dir) {
        long start = System.nanoTime();
        long visited = 0;
        int maxCandidates = 0;
        long matched = 0;
        try {
            List<List<Entry>> logs = read(dir);
            long total = logs.stream().mapToLong(List::size).sum();
            if (total == 0) {
                return result(Status.BAD_INPUT, dir, 0, PartialTraceChecker.stopped(0, dir.toString(), 0, null,
                        "the logs hold no event: nothing was checked"), 0, 0, start);
            }
            Map<Positions, Set<State>> level = new LinkedHashMap<>();
            level.put(new Positions(new int[logs.size()]), checker.initialCandidates());
            for (; matched < total; matched++) {
                Map<Positions, Set<State>> next = new LinkedHashMap<>();
                PartialFailure miss = null;
                List<String> tried = new ArrayList<>();
                for (var at : level.entrySet()) {
                    int[] pos = at.getKey().at;
                    Set<State> closure = checker.hiddenClosure(at.getValue());
                    if (closure == null) {
                        int i = firstAllowed(logs, pos);
                        return result(Status.BAD_INPUT, dir, matched, checker.searchLimit(matched,
                                logs.get(i).get(pos[i]).event(), at.getValue()), visited, maxCandidates, start);
                    }
                    visited += closure.size();
                    for (int i = 0; i < logs.size(); i++) {
                        if (!allowed(logs, pos, i)) continue;
                        LoggedEvent e = logs.get(i).get(pos[i]).event();
                        Set<State> after = checker.match(closure, e);
                        if (after.isEmpty()) {
                            if (!tried.contains(e.origin().location())) tried.add(e.origin().location());
                            if (miss == null) miss = checker.noMatch(matched, e, at.getValue(), closure, List.of());
                            continue;
                        }
                        int[] moved = pos.clone();
                        moved[i]++;
                        next.computeIfAbsent(new Positions(moved), p -> new LinkedHashSet<>()).addAll(after);
                    }
                }
                if (next.isEmpty()) {
                    List<String> details = new ArrayList<>(miss.details());
                    details.add("merged by " + mergedBy() + ": " + level.size() + (level.size() == 1
                            ? " order of the logs reaches" : " orders of the logs reach") + " this point; the lines "
                            + "that may come next there: " + String.join(", ", tried) + ", and none matches");
                    return result(Status.NO_MATCH, dir, matched, new PartialFailure(miss.index(), miss.origin(), null,
                            miss.reason(), details, miss.candidateCount(), miss.candidates(), miss.hiddenClosure()),
                            visited, maxCandidates, start);
                }
                int held = next.values().stream().mapToInt(Set::size).sum();
                if (held > checker.maxStates() && matched + 1 < total) {
                    // Some line is left, and the earliest of the next lines may always come next.
                    var first = next.entrySet().iterator().next();
                    int[] pos = first.getKey().at;
                    int i = firstAllowed(logs, pos);
                    return result(Status.BAD_INPUT, dir, matched + 1, checker.searchLimit(matched + 1,
                            logs.get(i).get(pos[i]).event(), first.getValue()), visited, maxCandidates, start);
                }
                maxCandidates = Math.max(maxCandidates, held);
                level = next;
            }
        } catch (PartialInputException p) {
            return result(Status.BAD_INPUT, dir, matched, PartialTraceChecker.stopped(matched, p.file(), p.line(),
                    p.code(), p.getMessage()), visited, maxCandidates, start);
        } catch (IOException e) {
            return result(Status.BAD_INPUT, dir, matched, PartialTraceChecker.stopped(matched, dir.toString(), 0, null,
                    "cannot read the logs: " + e.getMessage()), visited, maxCandidates, start);
        } catch (EvalException e) {
            return result(Status.NO_MATCH, dir, matched, PartialTraceChecker.stopped(matched, dir.toString(), 0, null,
                    "the spec failed to evaluate: " + e.getMessage()), visited, maxCandidates, start);
        }
        return result(Status.MATCHES, dir, matched, null, visited, maxCandidates, start);
    }

    /** Whether file i's next line may come next: it has one, and no other file's next line must come before it. */
    private boolean allowed(List<List<Entry>> logs, int[] pos, int i) {
        if (pos[i] >= logs.get(i).size()) return false;
        LogClock clock = logs.get(i).get(pos[i]).clock();
        for (int j = 0; j < logs.size(); j++) {
            if (j != i && pos[j] < logs.get(j).size() && logs.get(j).get(pos[j]).clock().mustPrecede(clock, skew)) {
                return false;
            }
        }
        return true;
    }

    private int firstAllowed(List<List<Entry>> logs, int[] pos) {
        for (int i = 0; i < logs.size(); i++) if (allowed(logs, pos, i)) return i;
        return -1;
    }

    /** Every file of {@code dir} (sorted), each one node's log, its lines with their clocks (checked as they are read). */
    private List<List<Entry>> read(Path dir) throws IOException {
        List<List<Entry>> logs = new ArrayList<>();
        String field = skew == null ? mapping.clockField() : mapping.timeField();
        Entry firstClock = null;
        for (Path file : PartialTraceChecker.traceFiles(List.of(dir))) {
            List<Entry> entries = new ArrayList<>();
            try (PartialLog log = new PartialLog(file, mapping, model)) {
                for (LoggedEvent e = log.next(); e != null; e = log.next()) {
                    Object raw = log.lastLine().get(field);
                    LogClock clock = skew == null ? LogClock.clock(raw) : LogClock.time(raw);
                    if (clock == null) {
                        throw bad(e, raw == null ? "no field '" + field + "' (the mapping's \"" + (skew == null
                                ? "clock" : "time") + "\"): every line of a per-node log needs it" : "field '" + field
                                + "': " + raw + " is not " + (skew == null ? "a Lamport clock (an integer) or a vector"
                                + " clock (an object of node to integer)" : "a timestamp (milliseconds, or an "
                                + "ISO-8601 instant such as 2026-11-29T08:00:00.005Z)"));
                    }
                    if (firstClock == null) firstClock = new Entry(e, clock);
                    if (clock.getClass() != firstClock.clock().getClass()) {
                        throw bad(e, "field '" + field + "' holds " + clock.kind() + ", but "
                                + firstClock.clock().kind() + " at " + firstClock.event().origin().location());
                    }
                    Entry previous = entries.isEmpty() ? null : entries.get(entries.size() - 1);
                    if (previous != null && !clock.advancesFrom(previous.clock())) {
                        throw bad(e, "field '" + field + "': " + raw + " goes back from "
                                + previous.clock() + " at " + previous.event().origin().location() + ": a node's log "
                                + "is in the order of its clock");
                    }
                    entries.add(new Entry(e, clock));
                }
            }
            logs.add(entries);
        }
        return logs;
    }

    private static PartialInputException bad(LoggedEvent e, String message) {
        return new PartialInputException(Code.PARTIAL_CLOCK_INVALID, e.origin().file(), e.origin().line(), message);
    }

    private static PartialResult result(Status status, Path dir, long matched, PartialFailure f, long visited,
                                        int maxCandidates, long start) {
        return new PartialResult(status, dir.toString(), matched, f, visited, maxCandidates,
                Duration.ofNanos(System.nanoTime() - start));
    }
}
