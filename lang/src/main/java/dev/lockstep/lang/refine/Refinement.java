package dev.lockstep.lang.refine;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that every behaviour of a new spec, projected by a {@link RefinementMap} onto the old spec's role
 * variables, is a behaviour of the old spec up to stuttering, with the old spec's network hidden (safety only: no
 * fairness is compared). The search runs over pairs of a new state and the <em>set</em> of old states that agree
 * with the projection of some path to it (a subset construction), so that an old choice that looked right but leads
 * nowhere is never blamed: the check fails exactly when a path of the new spec has no matching old behaviour.
 * Old steps that keep the projection (they change only the old network) are taken silently on the old side.
 */
public final class Refinement {
    /** The verdict; {@code counterexample} is the new spec's path whose last step the old spec cannot match. */
    public record Outcome(boolean holds, long newStates, long pairs, int depth, List<Trace.Step> counterexample,
                          String reason, boolean complete) {}

    private record Pair(State state, Set<State> olds) {}

    private final Transitions newer;
    private final Transitions older;
    private final RefinementMap map;
    private final int width;
    private final Map<State, List<State>> oldSuccessors = new HashMap<>();

    private Refinement(ModelInstance newer, ModelInstance older, RefinementMap map) {
        this.newer = new Transitions(newer);
        this.older = new Transitions(older);
        this.map = map;
        this.width = map.width();
    }

    /** Runs the check; stops (incomplete, holding so far) after {@code maxPairs} pairs. */
    public static Outcome check(ModelInstance newer, ModelInstance older, RefinementMap map, long maxPairs) {
        return new Refinement(newer, older, map).run(maxPairs);
    }

    private Outcome run(long maxPairs) {
        List<State> oldInits = older.initialStates();
        Map<Pair, Pair> parent = new HashMap<>();
        Map<Pair, Label> via = new HashMap<>();
        Map<Pair, Integer> depthOf = new HashMap<>();
        ArrayDeque<Pair> queue = new ArrayDeque<>();
        Set<State> newSeen = new java.util.HashSet<>();
        for (State n : newer.initialStates()) {
            Value[] p = map.project(n.slots());
            Set<State> olds = new LinkedHashSet<>();
            for (State o : oldInits) if (agrees(o, p)) olds.add(o);
            if (olds.isEmpty()) {
                return new Outcome(false, 1, 1, 1, List.of(new Trace.Step(null, n)), "this initial state projects "
                        + "to no initial state of the old spec", true);
            }
            Pair start = new Pair(n, closure(olds, p));
            if (parent.putIfAbsent(start, start) == null) {
                queue.add(start);
                depthOf.put(start, 1);
                newSeen.add(n);
            }
        }
        int depth = 1;
        while (!queue.isEmpty()) {
            if (parent.size() >= maxPairs) return new Outcome(true, newSeen.size(), parent.size(), depth, List.of(), null, false);
            Pair at = queue.poll();
            Value[] before = map.project(at.state().slots());
            List<Label> labels = new ArrayList<>();
            List<State> nexts = new ArrayList<>();
            newer.successors(at.state(), (label, next) -> {
                labels.add(label);
                nexts.add(next);
            });
            for (int i = 0; i < nexts.size(); i++) {
                State next = nexts.get(i);
                Value[] after = map.project(next.slots());
                Set<State> olds = new LinkedHashSet<>();
                if (Arrays.equals(before, after)) olds.addAll(at.olds());
                for (State o : at.olds()) for (State o2 : successorsOf(o)) if (agrees(o2, after)) olds.add(o2);
                if (olds.isEmpty()) {
                    List<Trace.Step> path = path(at, parent, via);
                    path.add(new Trace.Step(labels.get(i), next));
                    return new Outcome(false, newSeen.size(), parent.size(), path.size(), path, "no step of the old "
                            + "spec matches the last step's effect on the old spec's variables", true);
                }
                Pair succ = new Pair(next, closure(olds, after));
                if (parent.putIfAbsent(succ, at) == null) {
                    via.put(succ, labels.get(i));
                    int d = depthOf.get(at) + 1;
                    depthOf.put(succ, d);
                    depth = Math.max(depth, d);
                    newSeen.add(next);
                    queue.add(succ);
                }
            }
        }
        return new Outcome(true, newSeen.size(), parent.size(), depth, List.of(), null, true);
    }

    /** {@code olds} and every old state reached from them by steps that keep the projection {@code p}. */
    private Set<State> closure(Set<State> olds, Value[] p) {
        Set<State> out = new LinkedHashSet<>(olds);
        ArrayDeque<State> work = new ArrayDeque<>(olds);
        while (!work.isEmpty()) {
            for (State o2 : successorsOf(work.poll())) if (agrees(o2, p) && out.add(o2)) work.add(o2);
        }
        return Collections.unmodifiableSet(out);
    }

    private List<State> successorsOf(State old) {
        return oldSuccessors.computeIfAbsent(old, o -> {
            List<State> out = new ArrayList<>();
            older.successors(o, (label, next) -> out.add(next));
            return out;
        });
    }

    private boolean agrees(State old, Value[] projection) {
        return Arrays.equals(old.slots(), 0, width, projection, 0, width);
    }

    private static List<Trace.Step> path(Pair end, Map<Pair, Pair> parent, Map<Pair, Label> via) {
        List<Trace.Step> out = new ArrayList<>();
        for (Pair p = end; ; p = parent.get(p)) {
            out.add(new Trace.Step(via.get(p), p.state()));
            if (parent.get(p) == p) break;
        }
        Collections.reverse(out);
        return out;
    }
}
