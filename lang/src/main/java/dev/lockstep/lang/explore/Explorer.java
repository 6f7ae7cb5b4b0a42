package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.EvalException;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Breadth-first explicit-state search over a model's global states, checking the model's invariants and
 * (optionally) deadlock. States are stored whole (no hash compaction), so a reported count is exact and a
 * counterexample is the shortest one. A state outside the model's constraint is generated but not kept, as in TLC.
 */
public final class Explorer {
    private final Transitions transitions;
    private final ModelInstance model;
    private final List<CheckedSpec.Invariant> invariants;
    private final Symmetry symmetry;

    public Explorer(ModelInstance model) {
        this.model = model;
        this.transitions = new Transitions(model);
        this.symmetry = Symmetry.of(model);
        CheckedSpec spec = model.spec();
        this.invariants = spec.invariants().stream()
                .filter(inv -> model.model().invariants().contains(inv.name())).toList();
    }

    public ExploreResult run(ExploreOptions options) {
        return new Search(options).run();
    }

    /** One run's mutable state. */
    private final class Search {
        private final ExploreOptions options;
        private final Map<State, Integer> seen = new HashMap<>();
        private final List<State> states = new ArrayList<>();
        private final List<Integer> parents = new ArrayList<>();
        private final List<Label> labels = new ArrayList<>();
        /** BFS level of each state; initial states are level 1. */
        private final List<Integer> levels = new ArrayList<>();
        private final long start = System.nanoTime();
        private long generated;
        private int depth;
        private long nextProgress;
        private int successorsOfCurrent;
        private int current;
        private ExploreResult outcome;

        Search(ExploreOptions options) {
            this.options = options;
            this.nextProgress = start + options.progressInterval().toNanos();
        }

        ExploreResult run() {
            try {
                for (State init : transitions.initialStates()) {
                    generated++;
                    add(init, -1, null);
                    if (outcome != null) return outcome;
                }
                for (current = 0; current < states.size(); current++) {
                    if (limitReached()) return finish(ExploreResult.Status.LIMIT_REACHED, null, List.of(), null);
                    State state = states.get(current);
                    successorsOfCurrent = 0;
                    try {
                        transitions.successors(state, this::onSuccessor);
                    } catch (StopSearch stop) {
                        return outcome;
                    }
                    if (successorsOfCurrent == 0 && options.checkDeadlock()) {
                        return finish(ExploreResult.Status.DEADLOCK, null, path(current), null);
                    }
                    progress();
                }
                return finish(ExploreResult.Status.HOLDS, null, List.of(), null);
            } catch (EvalException e) {
                List<Trace.Step> path = states.isEmpty() ? List.of() : path(current);
                return finish(ExploreResult.Status.EVALUATION_ERROR, null, path, e.toDiagnostic());
            }
        }

        private void onSuccessor(Label label, State next) {
            generated++;
            successorsOfCurrent++;
            add(next, current, label);
            if (outcome != null) throw new StopSearch();
        }

        /**
         * Adds a new state; true when it was new. Sets {@code outcome} on a violation. As in TLC, a state outside
         * the model's constraint is not kept, but it is still checked against the invariants.
         */
        private boolean add(State state, int parent, Label label) {
            CheckedSpec.Model m = model.model();
            boolean inModel = m.constraint() == null || transitions.satisfies(state, m.constraint(), m.frameSize());
            State key = inModel ? symmetry.canonical(state) : state; // the orbit's representative (Symmetry)
            if (inModel && seen.containsKey(key)) return false;
            for (CheckedSpec.Invariant inv : invariants) {
                if (!transitions.satisfies(state, inv.body(), inv.frameSize())) {
                    List<Trace.Step> trace = new ArrayList<>(parent < 0 ? List.of() : path(parent));
                    trace.add(new Trace.Step(label, state));
                    outcome = finish(ExploreResult.Status.INVARIANT_VIOLATED, inv.name(), trace, null);
                    return true;
                }
            }
            if (!inModel) return false;
            seen.put(key, states.size());
            states.add(state);
            parents.add(parent);
            labels.add(label);
            int level = parent < 0 ? 1 : levels.get(parent) + 1;
            levels.add(level);
            depth = Math.max(depth, level);
            return true;
        }

        private List<Trace.Step> path(int index) {
            List<Trace.Step> steps = new ArrayList<>();
            for (int i = index; i >= 0; i = parents.get(i)) steps.add(new Trace.Step(labels.get(i), states.get(i)));
            Collections.reverse(steps);
            return steps;
        }

        private boolean limitReached() {
            if (options.maxStates() > 0 && states.size() >= options.maxStates()) return true;
            return options.maxTime() != null && System.nanoTime() - start >= options.maxTime().toNanos();
        }

        private void progress() {
            if ((current & 1023) != 0) return;
            long now = System.nanoTime();
            if (now < nextProgress) return;
            nextProgress = now + options.progressInterval().toNanos();
            options.progress().onProgress(new ExploreOptions.Progress(states.size(), generated,
                    states.size() - current - 1, depth, Duration.ofNanos(now - start)));
        }

        private ExploreResult finish(ExploreResult.Status status, String violated, List<Trace.Step> trace,
                                     dev.lockstep.lang.diag.Diagnostic fault) {
            SearchFigures figures = new SearchFigures(states.size(), generated, depth,
                    Duration.ofNanos(System.nanoTime() - start));
            return new ExploreResult(status, figures, violated, trace, fault);
        }
    }

    /** Unwinds the successor enumeration once a violation is found. */
    private static final class StopSearch extends RuntimeException {
        StopSearch() { super(null, null, false, false); }
    }
}
