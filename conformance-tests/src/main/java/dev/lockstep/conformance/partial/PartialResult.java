package dev.lockstep.conformance.partial;

import dev.lockstep.conformance.TraceOrigin;
import dev.lockstep.lang.explore.State;
import java.time.Duration;
import java.util.List;

/**
 * The verdict on one partial trace. {@code matched} events were matched (the longest matched prefix); when the
 * trace does not match, {@code failure} says which event could not be, why, and which spec states were still
 * possible just before it.
 *
 * @param statesVisited the spec states the search touched (candidates and hidden-step closures, summed per event)
 * @param maxCandidates the largest candidate set after any event
 */
public record PartialResult(Status status, String file, long matched, PartialFailure failure, long statesVisited,
                            int maxCandidates, Duration elapsed) {

    public enum Status {
        MATCHES, NO_MATCH, BAD_INPUT;

        public String id() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    /**
     * The event that could not be matched ({@code origin}: its file, line and raw text; {@code index}: 1-based among
     * the trace's events), the reason, and the candidate states before it (all of them, up to the checker's limit;
     * {@code candidateCount} is the full count). For bad input, {@code origin} is the place of the problem and
     * {@code code} the diagnostic id.
     */
    public record PartialFailure(long index, TraceOrigin origin, String code, String reason, List<String> details,
                                 int candidateCount, List<State> candidates, int hiddenClosure) {}

    public boolean matches() { return status == Status.MATCHES; }
}
