package dev.lockstep.conformance.history;

import java.util.List;

/**
 * The verdict on a history. When it is not linearizable, {@code part} is the first independent part (see
 * {@link SequentialModel#partition}) that is not, {@code longestPrefix} the longest sequence of that part's operations
 * found to linearize (in linearization order), and {@code stuck} an operation that had to be placed next and could not
 * be: it returned before any order of the remaining operations could explain what the clients saw.
 */
public record Linearizability<I, O>(boolean linearizable, List<Operation<I, O>> part,
                                    List<Operation<I, O>> longestPrefix, Operation<I, O> stuck, long configurations) {

    static <I, O> Linearizability<I, O> holds(long configurations) {
        return new Linearizability<>(true, List.of(), List.of(), null, configurations);
    }

    /** A few lines for a test failure or a report. */
    public String explain() {
        if (linearizable) return "linearizable (" + configurations + " configurations searched)";
        StringBuilder b = new StringBuilder("not linearizable: no order of these " + part.size()
                + " operations explains what the clients saw\n  longest linearizable prefix:");
        if (longestPrefix.isEmpty()) b.append(" (none)");
        for (Operation<I, O> op : longestPrefix) b.append("\n    ").append(op);
        b.append("\n  then stuck at the return of ").append(stuck);
        return b.toString();
    }
}
