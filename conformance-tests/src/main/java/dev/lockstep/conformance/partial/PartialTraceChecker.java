package dev.lockstep.conformance.partial;

import dev.lockstep.conformance.TraceOrigin;
import dev.lockstep.conformance.partial.PartialResult.PartialFailure;
import dev.lockstep.conformance.partial.PartialResult.Status;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.eval.EvalException;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Successor;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Stmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a partial trace (some actions, some variables, some sends logged) against a model: a breadth-first search
 * over the spec's states for a behaviour consistent with the log. The candidates are the spec states the log so
 * far allows, deduplicated (a {@link State} hashes and compares by its slots); for each logged event the search
 * first takes up to {@code maxHiddenSteps} unlogged steps from every candidate (the mapping's hidden actions and
 * the network's and crashes' environment steps; a step that sends is never hidden when sends are logged), then keeps
 * the states the event allows: for a step event, the successors by a step of the logged node and action whose
 * parameters, variables after the step and sends agree with the log; for an observation, the states whose logged
 * variables agree. Every step is the spec's one successor function ({@link Transitions}). No candidate left: the
 * trace does not match, and the report names the event and shows the candidates just before it.
 */
public final class PartialTraceChecker {
    /** The default bound on unlogged steps before each event (docs/conformance.md says why 3). */
    public static final int DEFAULT_MAX_HIDDEN_STEPS = 3;
    /** The default bound on the states one event's search may hold (candidates and their unlogged successors). */
    public static final int DEFAULT_MAX_STATES = 1_000_000;
    /** How many candidate states a failure keeps for the report. */
    public static final int KEPT_CANDIDATES = 100;

    private final ModelInstance model;
    private final PartialMapping mapping;
    private final int maxHiddenSteps;
    private final int maxStates;
    private final Transitions transitions;
    private final StepMatcher matcher;
    /** Per action, whether it has a send statement at all. */
    private final Map<CheckedSpec.Action, Boolean> sends = new IdentityHashMap<>();

    public PartialTraceChecker(ModelInstance model, PartialMapping mapping, int maxHiddenSteps) {
        this(model, mapping, maxHiddenSteps, DEFAULT_MAX_STATES);
    }

    /**
     * A checker whose search for one event holds at most {@code maxStates} states: beyond, it stops with LS942
     * (bad input: the log says too little, or K is too large, for a search of that size) instead of running on.
     */
    public PartialTraceChecker(ModelInstance model, PartialMapping mapping, int maxHiddenSteps, int maxStates) {
        if (maxHiddenSteps < 0 || maxStates < 1) throw new IllegalArgumentException("maxHiddenSteps < 0 or maxStates < 1");
        this.maxStates = maxStates;
        this.model = model;
        this.mapping = mapping;
        this.maxHiddenSteps = maxHiddenSteps;
        this.transitions = new Transitions(model);
        this.matcher = new StepMatcher(model, transitions);
    }

    /** The trace files among {@code inputs}: files as given, directories by their files, sorted; each one trace. */
    public static List<Path> traceFiles(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (var s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Checks one trace file: all nodes' events in one file, in the order they were logged. */
    public PartialResult check(Path file) {
        long start = System.nanoTime();
        Set<State> candidates = initialCandidates();
        long matched = 0;
        long visited = candidates.size();
        int maxCandidates = candidates.size();
        try (PartialLog log = new PartialLog(file, mapping, model)) {
            for (LoggedEvent e = log.next(); e != null; e = log.next()) {
                Set<State> closure = hiddenClosure(candidates);
                if (closure == null) {
                    return result(Status.BAD_INPUT, file, matched, searchLimit(matched, e, candidates), visited,
                            maxCandidates, start);
                }
                visited += closure.size();
                Set<State> next = match(closure, e);
                if (next.isEmpty()) {
                    return result(Status.NO_MATCH, file, matched, noMatch(matched, e, candidates, closure,
                            List.of()), visited, maxCandidates, start);
                }
                candidates = next;
                maxCandidates = Math.max(maxCandidates, candidates.size());
                matched++;
            }
        } catch (PartialInputException p) {
            return result(Status.BAD_INPUT, file, matched, stopped(matched, p.file(), p.line(), p.code(),
                    p.getMessage()), visited, maxCandidates, start);
        } catch (IOException e) {
            return result(Status.BAD_INPUT, file, matched, stopped(matched, file.toString(), 0, null,
                    "cannot read the trace: " + e.getMessage()), visited, maxCandidates, start);
        } catch (EvalException e) {
            return result(Status.NO_MATCH, file, matched, stopped(matched, file.toString(), 0, null,
                    "the spec failed to evaluate: " + e.getMessage()), visited, maxCandidates, start);
        }
        if (matched == 0) {
            return result(Status.BAD_INPUT, file, 0, stopped(0, file.toString(), 0, null,
                    "the trace holds no event: nothing was checked"), visited, maxCandidates, start);
        }
        return result(Status.MATCHES, file, matched, null, visited, maxCandidates, start);
    }

    /** A check that stops at event {@code matched + 1} with no candidates to show: bad input, or a spec error. */
    static PartialFailure stopped(long matched, String file, long line, Code code, String reason) {
        return new PartialFailure(matched + 1, new TraceOrigin(file, line, null), code == null ? null : code.id(),
                reason, List.of(), 0, List.of(), 0);
    }

    /** The spec's initial states: the candidates before the first event. */
    Set<State> initialCandidates() { return new LinkedHashSet<>(transitions.initialStates()); }

    int maxStates() { return maxStates; }

    /** The states of {@code closure} (candidates and their unlogged steps) that {@code e} leads to. */
    Set<State> match(Set<State> closure, LoggedEvent e) {
        Set<State> next = new LinkedHashSet<>();
        for (State s : closure) matcher.matches(s, e, next::add);
        return next;
    }

    /** The failure at event {@code matched + 1}, {@code e}, which no state of {@code closure} matches. */
    PartialFailure noMatch(long matched, LoggedEvent e, Set<State> candidates, Set<State> closure, List<String> more) {
        List<String> why = new ArrayList<>(matcher.explain(closure, e));
        why.addAll(more);
        return new PartialFailure(matched + 1, e.origin(), null, "no spec behaviour matches this event"
                + (maxHiddenSteps > 0 ? " (with up to " + maxHiddenSteps + " unlogged steps before it)" : ""), why,
                candidates.size(), candidates.stream().limit(KEPT_CANDIDATES).toList(), closure.size());
    }

    /** The LS942 stop before event {@code matched + 1}, {@code e}. */
    PartialFailure searchLimit(long matched, LoggedEvent e, Set<State> candidates) {
        return new PartialFailure(matched + 1, e.origin(), Code.PARTIAL_SEARCH_LIMIT.id(), "the search before this "
                + "event holds more than " + maxStates + " states (" + candidates.size() + " candidates and their "
                + "unlogged steps): log more variables, or lower --max-hidden-steps, or raise --max-states", List.of(),
                candidates.size(), candidates.stream().limit(KEPT_CANDIDATES).toList(), maxStates);
    }

    /** The candidates and every state up to {@code maxHiddenSteps} unlogged steps from them; null beyond maxStates. */
    Set<State> hiddenClosure(Set<State> candidates) {
        Set<State> reach = new LinkedHashSet<>(candidates);
        List<State> level = new ArrayList<>(candidates);
        for (int d = 0; d < maxHiddenSteps && !level.isEmpty(); d++) {
            List<State> nextLevel = new ArrayList<>();
            for (State s : level) {
                transitions.successors(s, (label, next) -> {
                    if (!reach.contains(next) && hidden(s, label)) {
                        reach.add(next);
                        nextLevel.add(next);
                    }
                });
            }
            level = nextLevel;
            if (reach.size() > maxStates) return null;
        }
        return reach;
    }

    /** Whether a step may happen without a log line. */
    private boolean hidden(State from, Label label) {
        if (label.action() != null && !mapping.hidden().contains(label.action())) return false;
        if (!mapping.sendsLogged() || label.action() == null && !label.isCrash()) return true;
        // With sends logged, a step that sends (an action, or a restart's on restart) always has its line; an
        // action without a send statement never sends, so only the others are run again to see their sends.
        if (label.action() != null && !sends.computeIfAbsent(label.action(), PartialTraceChecker::hasSend)) return true;
        return transitions.apply(from, label).sent().isEmpty();
    }

    private static boolean hasSend(CheckedSpec.Action a) {
        return a.effects().stream().anyMatch(s -> s instanceof Stmt.Send);
    }

    private PartialResult result(Status status, Path file, long matched, PartialFailure f, long visited,
                                 int maxCandidates, long start) {
        return new PartialResult(status, file.toString(), matched, f, visited, maxCandidates,
                Duration.ofNanos(System.nanoTime() - start));
    }
}
