package dev.lockstep.invariants.prove;

import java.util.List;

/** Everything one `prove` run found. {@code bmc} is null when bounded model checking was not asked for. */
public record ProveReport(String spec, String model, List<String> invariants, List<QueryResult> queries,
                          BmcResult bmc, double seconds) {

    /**
     * True when every query was proved and bounded model checking (if asked for) completed without a violation.
     * An inconclusive BMC (a timeout) is not "proved": the user asked for that depth, and it was not reached.
     */
    public boolean allProved() {
        return queries.stream().allMatch(q -> q.verdict() == Verdict.PROVED)
                && (bmc == null || bmc.verdict() == Verdict.PROVED);
    }

    /** True when some query or bounded model checking found a counterexample. */
    public boolean foundCounterexample() {
        return queries.stream().anyMatch(q -> q.verdict() == Verdict.CTI || q.verdict() == Verdict.VIOLATED)
                || (bmc != null && bmc.verdict() == Verdict.VIOLATED);
    }
}
