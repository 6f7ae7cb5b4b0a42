package dev.lockstep.conformance.history;

/**
 * One client operation of a recorded history: what the client asked ({@code input}), what it was told
 * ({@code output}, null when it never learnt the outcome, e.g. after a timeout), when it asked ({@code call}) and when
 * it was answered ({@code ret}, {@link #PENDING} when it never was). Times only need to be ordered consistently with
 * real time: {@link HistoryRecorder} uses one shared counter.
 */
public record Operation<I, O>(int id, int client, I input, O output, long call, long ret) {
    /** The return time of an operation whose outcome the client never learnt: it may take effect at any later time. */
    public static final long PENDING = Long.MAX_VALUE;

    public Operation {
        if (ret < call) throw new IllegalArgumentException("operation " + id + " returns before it is called");
        if (ret == PENDING && output != null) throw new IllegalArgumentException("a pending operation has no output");
    }

    public boolean pending() { return ret == PENDING; }

    @Override
    public String toString() {
        return "#" + id + " client " + client + " " + input + " -> " + (pending() ? "?" : output) + " ["
                + call + ", " + (pending() ? "..." : String.valueOf(ret)) + "]";
    }
}
