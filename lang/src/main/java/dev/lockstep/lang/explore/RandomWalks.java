package dev.lockstep.lang.explore;

import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.eval.EvalException;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Simulation mode, for state spaces too big to exhaust (TLC's {@code -simulate}): seeded random walks over the
 * spec's own transition relation ({@link Transitions}), checking the model's invariants. Nothing is stored across
 * walks, so memory stays flat however many walks run.
 *
 * <p>A walk starts in an initial state chosen uniformly, and at each step enumerates every successor of the current
 * state, checks each one against the invariants (as TLC's simulator does, so that a violating successor is found
 * even when the walk goes elsewhere), and moves to one chosen uniformly. It stops after {@code depth} steps; at a
 * state without successors (a deadlock, reported when deadlock checking is on); or, as in TLC's simulator, at a
 * state outside the model's constraint: that state is checked against the invariants, like a state outside the
 * constraint in the breadth-first search, but not walked from.
 *
 * <p>Walk {@code i} (from 0) uses seed {@code seed + i} (wrapping around at 2^64), and a walk depends on its seed,
 * the depth and deadlock checking only, so a walk reported with seed {@code W} replays exactly as walk 0 of a run
 * with seed {@code W}. The generator is this class's own SplitMix64, so a seed means the same walk on every JDK.
 */
public final class RandomWalks {
    private final Transitions transitions;
    private final ModelInstance model;

    /**
     * What to run: {@code walks} walks (at least 1) of at most {@code depth} steps (at least 1) from seed
     * {@code seed} on; {@code maxTime} stops the run between steps (null: no limit); {@code progress} is told
     * every {@code progressInterval}.
     */
    public record Options(long walks, int depth, long seed, boolean checkDeadlock, Duration maxTime,
                          Duration progressInterval, Consumer<Progress> progress) {
        public Options {
            if (walks < 1 || depth < 1) throw new IllegalArgumentException("walks and depth must be at least 1");
        }

        public static Options of(long walks, int depth, long seed) {
            return new Options(walks, depth, seed, true, null, Duration.ofSeconds(3), p -> { });
        }

        public Options withDeadlock(boolean check) {
            return new Options(walks, depth, seed, check, maxTime, progressInterval, progress);
        }

        public Options withMaxTime(Duration d) {
            return new Options(walks, depth, seed, checkDeadlock, d, progressInterval, progress);
        }

        public Options withProgress(Duration every, Consumer<Progress> listener) {
            return new Options(walks, depth, seed, checkDeadlock, maxTime, every, listener);
        }
    }

    /** A snapshot of a running simulation. */
    public record Progress(long walksDone, long walks, long steps, long generated, Duration elapsed) {
        /** States checked against the invariants per second (initial states and every successor computed). */
        public double generatedPerSecond() {
            double s = elapsed.toNanos() / 1e9;
            return s <= 0 ? 0 : generated / s;
        }
    }

    /**
     * The figures of a simulation. {@code walks} is the number of walks finished or stopped by a violation;
     * {@code steps} the steps taken over all walks; {@code generated} the initial states plus every successor
     * computed (each checked against the invariants), as in the search; {@code longestWalk} the most steps one walk
     * took; {@code deadEnds} the walks that stopped early at a state without successors (deadlock checking off)
     * and {@code leftConstraint} those that stopped at a state outside the model's constraint.
     */
    public record Figures(long walks, long steps, long generated, int longestWalk, long deadEnds, long leftConstraint,
                          Duration elapsed) {
        public double generatedPerSecond() {
            double s = elapsed.toNanos() / 1e9;
            return s <= 0 ? 0 : generated / s;
        }
    }

    /**
     * The outcome: a status as the search reports it ({@link ExploreResult.Status#HOLDS} meaning that no walk found
     * a violation, which proves nothing about the states no walk reached), the figures, and on a violation, a
     * deadlock or a fault its trace, from the initial state to the violating state (for a fault: to the state being
     * walked from). When a walk found it, {@code walkIndex} (from 0) and {@code walkSeed} (to replay it) say which;
     * a violation or fault in the initial states comes before any walk, and {@code walkIndex} is -1.
     */
    public record Result(ExploreResult.Status status, Figures figures, String violated, List<Trace.Step> trace,
                         Diagnostic fault, long walkIndex, long walkSeed) {
        /** True when a walk stopped the run; then walkIndex and walkSeed say which. */
        public boolean failedInWalk() { return walkIndex >= 0; }
    }

    public RandomWalks(ModelInstance model) {
        this.model = model;
        this.transitions = new Transitions(model);
    }

    public Result run(Options options) {
        return new Run(options).run();
    }

    /** One run's mutable state. */
    private final class Run {
        private final Options options;
        private final long start = System.nanoTime();
        private final List<Trace.Step> walk = new ArrayList<>();
        /** The current state's successors, in enumeration order (labels and states side by side). */
        private final List<Label> labels = new ArrayList<>();
        private final List<State> successors = new ArrayList<>();
        private long walksDone;
        private long steps;
        private long generated;
        private int longest;
        private long deadEnds;
        private long leftConstraint;
        private long nextProgress;
        private long walkIndex;
        /** False while the initial states are computed and checked, before any walk. */
        private boolean walking;
        private Result outcome;

        Run(Options options) {
            this.options = options;
            this.nextProgress = start + options.progressInterval().toNanos();
        }

        Result run() {
            try {
                // Every initial state is checked once, as in the search; a walk then starts in one of them.
                List<State> initial = transitions.initialStates();
                for (State init : initial) {
                    generated++;
                    String broken = violatedInvariant(init);
                    if (broken != null) {
                        return finish(ExploreResult.Status.INVARIANT_VIOLATED, broken,
                                List.of(new Trace.Step(null, init)), null);
                    }
                }
                for (walkIndex = 0; walkIndex < options.walks(); walkIndex++) {
                    if (timeUp()) return finish(ExploreResult.Status.LIMIT_REACHED, null, List.of(), null);
                    if (initial.isEmpty()) break;
                    walking = true;
                    walk(new SplitMix64(options.seed() + walkIndex), initial);
                    if (outcome != null) return outcome;
                    walksDone++;
                }
                return finish(ExploreResult.Status.HOLDS, null, List.of(), null);
            } catch (EvalException e) {
                if (walking) walksDone++;
                return finish(ExploreResult.Status.EVALUATION_ERROR, null, List.copyOf(walk), e.toDiagnostic());
            }
        }

        /** One walk; sets {@code outcome} when it finds a violation or a deadlock. */
        private void walk(SplitMix64 random, List<State> initial) {
            walk.clear();
            State current = initial.get(random.nextInt(initial.size()));
            walk.add(new Trace.Step(null, current));
            for (int step = 0; step < options.depth(); step++) {
                if (!transitions.inConstraint(current)) {
                    leftConstraint++;
                    break;
                }
                labels.clear();
                successors.clear();
                transitions.successors(current, (label, next) -> {
                    labels.add(label);
                    successors.add(next);
                });
                for (int i = 0; i < successors.size(); i++) {
                    generated++;
                    CheckedSpec.Property badStep = transitions.firstViolatedStep(current, successors.get(i));
                    if (badStep != null) {
                        walk.add(new Trace.Step(labels.get(i), successors.get(i)));
                        walksDone++;
                        outcome = finish(ExploreResult.Status.PROPERTY_VIOLATED, badStep.name(), List.copyOf(walk), null);
                        return;
                    }
                    String broken = violatedInvariant(successors.get(i));
                    if (broken != null) {
                        walk.add(new Trace.Step(labels.get(i), successors.get(i)));
                        walksDone++;
                        outcome = finish(ExploreResult.Status.INVARIANT_VIOLATED, broken, List.copyOf(walk), null);
                        return;
                    }
                }
                if (successors.isEmpty()) {
                    if (options.checkDeadlock()) {
                        walksDone++;
                        outcome = finish(ExploreResult.Status.DEADLOCK, null, List.copyOf(walk), null);
                        return;
                    }
                    deadEnds++;
                    break;
                }
                int chosen = random.nextInt(successors.size());
                current = successors.get(chosen);
                walk.add(new Trace.Step(labels.get(chosen), current));
                steps++;
                longest = Math.max(longest, walk.size() - 1);
                progress();
                if (timeUp()) break;
            }
        }

        private String violatedInvariant(State state) {
            CheckedSpec.Invariant broken = transitions.firstViolated(state);
            return broken == null ? null : broken.name();
        }

        private boolean timeUp() {
            return options.maxTime() != null && System.nanoTime() - start >= options.maxTime().toNanos();
        }

        private void progress() {
            long now = System.nanoTime();
            if (now < nextProgress) return;
            nextProgress = now + options.progressInterval().toNanos();
            options.progress().accept(new Progress(walksDone, options.walks(), steps, generated,
                    Duration.ofNanos(now - start)));
        }

        private Result finish(ExploreResult.Status status, String violated, List<Trace.Step> trace, Diagnostic fault) {
            Figures figures = new Figures(walksDone, steps, generated, longest, deadEnds, leftConstraint,
                    Duration.ofNanos(System.nanoTime() - start));
            boolean failedWalk = walking && (!trace.isEmpty() || fault != null);
            return new Result(status, figures, violated, trace, fault, failedWalk ? walkIndex : -1,
                    failedWalk ? options.seed() + walkIndex : 0);
        }
    }

    /**
     * SplitMix64 (Steele, Lea and Flood, 2014), written out here rather than taken from the JDK so that a seed
     * denotes the same walk on every JDK.
     */
    static final class SplitMix64 {
        private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
        private long state;

        SplitMix64(long seed) { this.state = mix(seed); }

        long nextLong() { return mix(state += GOLDEN_GAMMA); }

        /** Uniform in [0, bound), without modulo bias: draws of 31 bits past the last multiple are redrawn. */
        int nextInt(int bound) {
            while (true) {
                int bits = (int) (nextLong() >>> 33);
                int value = bits % bound;
                if (bits - value + (bound - 1) >= 0) return value;
            }
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }
    }
}
